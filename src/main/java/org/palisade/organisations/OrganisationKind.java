package org.palisade.organisations;

/** The parts an organisation plays in the mechanism; one organisation may play several. */
public enum OrganisationKind {
    RECIPIENT, COORDINATOR, SUPPLIER, CONTRIBUTOR
}
