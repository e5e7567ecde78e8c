package org.palisade.sources;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Claims about one record that disagree on one field: open until someone resolves it with a decision and its
 * reason.
 *
 * @param claims      the claims that disagree
 * @param keptClaimId the claim used after the resolution, when the decision chose one
 */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record ClaimConflict(
        @JsonProperty("id") UUID id,
        @JsonProperty("number") int number,
        @JsonProperty("contributionId") UUID contributionId,
        @JsonProperty("packageId") UUID packageId,
        @JsonProperty("field") ConflictField field,
        @JsonProperty("claims") List<UUID> claims,
        @JsonProperty("detectedAt") Instant detectedAt,
        @JsonProperty("decision") ConflictDecision decision,
        @JsonProperty("keptClaimId") UUID keptClaimId,
        @JsonProperty("reason") String reason,
        @JsonProperty("resolvedAt") Instant resolvedAt,
        @JsonProperty("resolvedBy") String resolvedBy,
        @JsonProperty("version") long version) {

    public ClaimConflict {
        claims = List.copyOf(claims);
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public UUID recordId() {
        return contributionId != null ? contributionId : packageId;
    }
}
