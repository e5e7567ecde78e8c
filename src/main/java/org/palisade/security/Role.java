package org.palisade.security;

/** What a user does in the mechanism. */
public enum Role {
    RECIPIENT_PLANNER, COORDINATOR, SUPPLIER, CONTRIBUTOR, AUDITOR, ADMINISTRATOR
}
