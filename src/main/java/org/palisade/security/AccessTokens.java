package org.palisade.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens of local users: created by their owner, listed and revoked by the owner or an
 * administrator, checked on every API call that carries one. Creation and revocation go to the audit trail.
 */
@Component
public class AccessTokens {

    public static final String RECORD_TYPE = "access-token";
    public static final int MAX_DAYS = 366;
    public static final int MAX_NAME = 100;
    /** How stale "last used" may get: finer would write a row on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final AccessTokenRepository repository;
    private final AccessPolicy access;
    private final CurrentViewer currentViewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessTokens(AccessTokenRepository repository, AccessPolicy access, CurrentViewer currentViewer,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.currentViewer = currentViewer;
        this.events = events;
        this.clock = clock;
    }

    /** What a user asks for: a name to recognise the token by, its lifetime in days and its scope. */
    public record NewToken(String name, Integer expiresInDays, TokenScope scope) {
    }

    /** A token just created, with the secret shown this once. */
    public record Created(AccessToken token, String secret) {
    }

    @Transactional
    public Created create(NewToken request) {
        AccessPolicy.Target target = AccessPolicy.Target.newRecord(RECORD_TYPE, currentViewer.organisationId());
        access.requireSignedIn("create an access token", target);
        String owner = localUsername().orElseThrow(() -> access.refused("create an access token", target,
                "only users who sign in with a Palisade password may create access tokens; "
                        + "users of the identity provider use its tokens"));
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidRequest("name", "name must be 1 to " + MAX_NAME + " characters", "tokens.name.size",
                    MAX_NAME);
        }
        int days = request.expiresInDays() == null ? 30 : request.expiresInDays();
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRequest("expiresInDays", "expiresInDays must be 1 to " + MAX_DAYS + " (was " + days + ")",
                    "tokens.expiry.range", MAX_DAYS);
        }
        TokenScope scope = request.scope() == null ? TokenScope.READ_WRITE : request.scope();
        UUID userId = repository.userId(owner).orElseThrow(() -> new NotFound("user", owner));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TokenSecret secret = TokenSecret.generate();
        UUID id = UUID.randomUUID();
        repository.insert(id, userId, name, secret, scope, now, now.plus(Duration.ofDays(days)));
        AccessToken token = repository.find(id).orElseThrow();
        events.publishEvent(new RecordChanged(RECORD_TYPE, id, token.organisationId(), "created", null,
                state(token), null));
        return new Created(token, secret.value());
    }

    /** Whether the current sign-in may create tokens: one with a local account (a password or a token). */
    public boolean mayCreate() {
        return localUsername().isPresent();
    }

    /** The signed-in user's own tokens (none for a user of the identity provider). */
    @Transactional(readOnly = true)
    public List<AccessToken> mine() {
        access.requireSignedIn("list access tokens", AccessPolicy.Target.newRecord(RECORD_TYPE, null));
        return localUsername().map(repository::ofUser).orElse(List.of());
    }

    /** A user's tokens, for that user or an administrator. */
    @Transactional(readOnly = true)
    public List<AccessToken> of(String username) {
        String user = LocalUsers.normalise(username);
        access.requireSelfOr("list access tokens of " + user, AccessPolicy.Target.newRecord(RECORD_TYPE, null),
                localUsername().orElse(null), user, Role.ADMINISTRATOR);
        if (repository.userId(user).isEmpty()) {
            throw new NotFound("user", user);
        }
        return repository.ofUser(user);
    }

    /** Revokes a token at once; revoking a revoked token changes nothing. */
    @Transactional
    public AccessToken revoke(UUID id) {
        AccessToken before = repository.find(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        access.requireSelfOr("revoke an access token", new AccessPolicy.Target(RECORD_TYPE, id, before.organisationId()),
                localUsername().orElse(null), before.username(), Role.ADMINISTRATOR);
        if (repository.revoke(id, currentViewer.username(), clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            AccessToken after = repository.find(id).orElseThrow();
            events.publishEvent(new RecordChanged(RECORD_TYPE, id, after.organisationId(), "revoked", state(before),
                    state(after), null));
            return after;
        }
        return before;
    }

    /**
     * The sign-in a bearer secret stands for, if it names a live token of a user who may sign in. Costs one
     * indexed query, plus an update at most once a minute per token.
     */
    Optional<TokenAuthentication> authenticate(String bearer) {
        TokenSecret secret = new TokenSecret(bearer);
        if (!secret.wellFormed()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return repository.findLive(secret.hash(), now).map(holder -> {
            if (holder.lastUsedAt() == null || holder.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
                repository.markUsed(holder.tokenId(), now.truncatedTo(ChronoUnit.MICROS), LAST_USED_RESOLUTION);
            }
            return new TokenAuthentication(holder.tokenId(), holder.scope(), holder.user());
        });
    }

    /**
     * The local account behind the current sign-in (a password or one of its tokens). A user of the identity
     * provider has none, even when their name happens to equal a local username.
     */
    private static Optional<String> localUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof TokenAuthentication token) {
            return Optional.of(token.signedInUser().username());
        }
        if (authentication != null && authentication.getPrincipal() instanceof LocalUser user) {
            return Optional.of(user.signedInUser().username());
        }
        return Optional.empty();
    }

    /** A token's state in the audit trail: never its secret or hash. */
    private static Map<String, Object> state(AccessToken token) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", token.name());
        state.put("user", token.username());
        state.put("scope", token.scope());
        state.put("hint", token.hint());
        state.put("createdAt", token.createdAt());
        state.put("expiresAt", token.expiresAt());
        if (token.revokedAt() != null) {
            state.put("revokedAt", token.revokedAt());
            state.put("revokedBy", token.revokedBy());
        }
        return state;
    }
}
