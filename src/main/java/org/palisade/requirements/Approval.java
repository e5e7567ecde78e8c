package org.palisade.requirements;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One party's approval of a submitted list version: which organisation, which person, when. */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record Approval(
        @JsonProperty("party") Party party,
        @JsonProperty("organisationId") UUID organisationId,
        @JsonProperty("approvedBy") String approvedBy,
        @JsonProperty("approvedAt") Instant approvedAt) {

    public Approval {
        Objects.requireNonNull(party, "party is required");
        Objects.requireNonNull(organisationId, "organisation is required");
        Objects.requireNonNull(approvedBy, "approvedBy is required");
        Objects.requireNonNull(approvedAt, "approvedAt is required");
    }
}
