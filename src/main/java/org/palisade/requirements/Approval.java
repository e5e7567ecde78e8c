package org.palisade.requirements;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One party's approval of a submitted list version: which organisation, which person, when. */
public record Approval(Party party, UUID organisationId, String approvedBy, Instant approvedAt) {

    public Approval {
        Objects.requireNonNull(party, "party is required");
        Objects.requireNonNull(organisationId, "organisation is required");
        Objects.requireNonNull(approvedBy, "approvedBy is required");
        Objects.requireNonNull(approvedAt, "approvedAt is required");
    }
}
