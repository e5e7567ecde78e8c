package org.palisade.requirements;

import org.palisade.organisations.OrganisationKind;

/** The three parties whose approvals together put a requirement list version in force. */
public enum Party {
    RECIPIENT(OrganisationKind.RECIPIENT),
    COORDINATOR(OrganisationKind.COORDINATOR),
    SUPPLIER(OrganisationKind.SUPPLIER);

    private final OrganisationKind kind;

    Party(OrganisationKind kind) {
        this.kind = kind;
    }

    /** The kind an organisation must have to approve as this party. */
    public OrganisationKind kind() {
        return kind;
    }
}
