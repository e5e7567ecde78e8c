package org.palisade.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal access token as its owner and administrators see it: never its secret.
 *
 * @param hint the first characters of the secret, e.g. "pal_x3Fq"
 */
public record AccessToken(UUID id, String username, UUID organisationId, String name, String hint, TokenScope scope,
        Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }
}
