package org.palisade.platform;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a creating request safe to repeat. The key is claimed with an INSERT in the same transaction as the
 * change: a second request with the same key waits on that row until the first commits, then replays its
 * response (or, if the first failed and rolled back, runs itself). The same key with another body is refused.
 * A key is remembered for {@link IdempotencyProperties#lifetime} (24 h by default): sent again later, it is a
 * new request ({@link IdempotencyCleanup} deletes forgotten keys).
 */
@Component
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final GenericPlans plans;
    private final LastWrites lastWrites;

    Idempotency(JdbcClient jdbc, TransactionTemplate tx, JsonMapper json, IdempotencyProperties properties,
            ObjectProvider<Clock> clock, GenericPlans plans, LastWrites lastWrites) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.plans = plans;
        this.lastWrites = lastWrites;
    }

    /**
     * Runs {@code create} once per (scope, key). Without a key the request simply runs.
     *
     * @param scopeOfRequest what is being created, e.g. "POST /api/v1/contributions"; the caller is added to it
     * @param request the parsed request body, hashed to recognise a different body under the same key
     */
    public ResponseEntity<String> once(String scopeOfRequest, String key, Object request,
            Supplier<ResponseEntity<?>> create) {
        return once(scopeOfRequest, key, request, List.of(), create);
    }

    /**
     * As {@link #once}, for a hot write whose statements look rows up by key: its transaction uses generic plans
     * ({@link GenericPlans}) and makes the given calls first (a lock the write needs, say). The key's claim
     * carries the setting and the calls, which then cost no round trip of their own.
     */
    public ResponseEntity<String> onceAsHotWrite(String scopeOfRequest, String key, Object request,
            List<Preamble> first, Supplier<ResponseEntity<?>> create) {
        List<Preamble> all = new ArrayList<>(first.size() + 1);
        all.add(GenericPlans.SETTING);
        all.addAll(first);
        return once(scopeOfRequest, key, request, List.copyOf(all), create);
    }

    private ResponseEntity<String> once(String scopeOfRequest, String key, Object request, List<Preamble> first,
            Supplier<ResponseEntity<?>> create) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new InvalidRequest(HEADER, "Idempotency-Key must be 1 to 200 characters");
        }
        String hash = sha256(json.writeValueAsString(request));
        String scope = scopeOfCaller(scopeOfRequest);
        // only a hot write makes calls first (onceAsHotWrite), the generic-plan setting among them
        boolean hotWrite = !first.isEmpty();
        return tx.execute(status -> {
            if (key != null) {
                // a key older than its lifetime is forgotten (whether or not the cleanup has deleted it yet):
                // the request is new and takes the key over
                Instant now = clock.instant();
                int claimed = jdbc.sql(claims.computeIfAbsent(first, Idempotency::claimCarrying))
                        .param("scope", scope).param("key", key).param("hash", hash)
                        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .param("forgottenBefore", OffsetDateTime.ofInstant(now.minus(properties.lifetime()), ZoneOffset.UTC))
                        .update();
                first.forEach(Preamble::made);
                if (claimed == 0) {
                    return replay(scope, key, hash);
                }
                if (hotWrite) {
                    // its answer and audit entries go to the database together, as it commits
                    lastWrites.holdForThisTransaction();
                }
            } else if (hotWrite) {
                // the other calls are made by their owners, who find them not made yet
                plans.forThisTransaction();
            }
            ResponseEntity<?> response = create.get();
            String body = json.writeValueAsString(response.getBody());
            URI location = response.getHeaders().getLocation();
            if (key != null) {
                Map<String, Object> answer = new HashMap<>();
                answer.put("status", response.getStatusCode().value());
                answer.put("body", body);
                answer.put("location", location == null ? null : location.toString());
                answer.put("scope", scope);
                answer.put("key", key);
                lastWrites.write(ANSWER, answer);
            }
            return respond(response.getStatusCode().value(), body, location == null ? null : location.toString(), false);
        });
    }

    /**
     * Claims a key; {@code %s} is where the row comes from: nothing for the usual claim, or the calls a hot write
     * makes first. Each statement is built once per list of calls, not per request.
     */
    private static final String CLAIM_OF = """
            INSERT INTO idempotency_key AS k (scope, key, request_hash, created_at)
            SELECT :scope, :key, :hash, :now %s
            ON CONFLICT (scope, key) DO UPDATE
               SET request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
                   response_status = NULL, response_body = NULL, location = NULL
               WHERE k.created_at < :forgottenBefore""";
    private final Map<List<Preamble>, String> claims = new ConcurrentHashMap<>();

    private static final String ANSWER = """
            UPDATE idempotency_key SET response_status = :status, response_body = :body, location = :location
            WHERE scope = :scope AND key = :key""";

    private static String claimCarrying(List<Preamble> first) {
        return CLAIM_OF.formatted(first.isEmpty() ? ""
                : "FROM (SELECT " + first.stream().map(Preamble::call).collect(Collectors.joining(", ")) + ") preamble");
    }

    /** What a page form led to: the address to send the reader to, and whether the form had been sent before. */
    public record FormOutcome(String target, boolean repeated) {
    }

    /**
     * Runs {@code create} once per rendered form: the page puts a fresh key in each form it renders, so a
     * double click or a resent form replays the first outcome (the same redirect) instead of recording twice.
     * Without a key (an old page, a hand-made request) the form simply runs.
     *
     * @param create does the change and returns the address to redirect to
     */
    public FormOutcome onceForForm(String scopeOfForm, String formKey, Object form, Supplier<String> create) {
        String key = formKey == null || formKey.isBlank() ? null : formKey;
        ResponseEntity<String> outcome = once(scopeOfForm, key, form, () -> ResponseEntity.ok(create.get()));
        return new FormOutcome(json.readValue(outcome.getBody(), String.class),
                outcome.getHeaders().containsHeader("Idempotent-Replayed"));
    }

    /**
     * Keys belong to the caller who sent them: another user sending the same key runs their own request
     * instead of receiving the first caller's response, which may hold records they may not see.
     */
    private static String scopeOfCaller(String scope) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String name = caller == null || !caller.isAuthenticated() ? "" : caller.getName();
        return scope + " by " + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    private ResponseEntity<String> replay(String scope, String key, String hash) {
        var stored = jdbc.sql("""
                SELECT request_hash, response_status, response_body, location FROM idempotency_key
                WHERE scope = :scope AND key = :key""")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .single();
        if (!stored.hash().equals(hash)) {
            throw new InvalidRequest(HEADER, "this Idempotency-Key was already used with a different request body");
        }
        return respond(stored.status(), stored.body(), stored.location(), true);
    }

    private static ResponseEntity<String> respond(int status, String body, String location, boolean replayed) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (location != null) {
            headers.setLocation(URI.create(location));
        }
        if (replayed) {
            headers.set("Idempotent-Replayed", "true");
        }
        return ResponseEntity.status(status).headers(headers).body(body);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String hash, int status, String body, String location) {
    }
}
