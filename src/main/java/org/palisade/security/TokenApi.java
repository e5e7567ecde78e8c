package org.palisade.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens: create one (its secret is answered once), list them, revoke one. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Access tokens", description = "Personal access tokens for the API: Authorization: Bearer pal_...")
class TokenApi {

    private final AccessTokens tokens;
    private final Clock clock;

    TokenApi(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * @param expiresInDays 1 to 366, default 30
     * @param scope         READ_WRITE (default) or READ_ONLY
     */
    record NewTokenJson(String name, Integer expiresInDays, TokenScope scope) {
    }

    /** A token as listed: never its secret. */
    record TokenJson(UUID id, String name, String user, String hint, TokenScope scope, AccessToken.Status status,
            Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {
    }

    /** A token just created: {@code token} is the secret, answered this once and stored nowhere. */
    record CreatedTokenJson(UUID id, String name, String user, TokenScope scope, Instant createdAt, Instant expiresAt,
            String token) {
    }

    @GetMapping
    @Operation(summary = "Your access tokens, or (administrators) those of ?user=",
            description = "Newest first, revoked and expired ones included; never the secret")
    List<TokenJson> list(@RequestParam(required = false) String user) {
        List<AccessToken> found = user == null ? tokens.mine() : tokens.of(user);
        Instant now = clock.instant();
        return found.stream().map(t -> json(t, now)).toList();
    }

    @PostMapping
    @Operation(summary = "Create an access token for yourself; the answer holds its secret, shown only this once")
    ResponseEntity<CreatedTokenJson> create(@RequestBody NewTokenJson body) {
        AccessTokens.Created created = tokens.create(new AccessTokens.NewToken(body.name(), body.expiresInDays(),
                body.scope()));
        AccessToken t = created.token();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + t.id()))
                .header("Cache-Control", "no-store")
                .body(new CreatedTokenJson(t.id(), t.name(), t.username(), t.scope(), t.createdAt(), t.expiresAt(),
                        created.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token (its owner or an administrator); it stops working at once")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    private static TokenJson json(AccessToken t, Instant now) {
        return new TokenJson(t.id(), t.name(), t.username(), t.hint(), t.scope(), t.status(now), t.createdAt(),
                t.expiresAt(), t.lastUsedAt(), t.revokedAt(), t.revokedBy());
    }
}
