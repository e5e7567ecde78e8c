package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An Idempotency-Key is remembered for its lifetime (24 h by default), then forgotten and deleted. */
@PalisadeTest
class IdempotencyExpiryIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    IdempotencyCleanup cleanup;
    @Autowired
    IdempotencyProperties properties;
    Api api;

    @BeforeEach
    void setUp() {
        fixtures.contributor("NLD");
        api = new Api(port).as(TestUsers.CONTRIBUTOR_NLD);
        new TestUsers(jdbc).seed();
    }

    private Api.Response pledge(String key, String amount) {
        return api.post("/api/v1/contributions", Map.of("contributors", List.of("NLD"),
                "amount", Map.of("amount", amount, "currency", "EUR"), "disclosure", "PUBLIC",
                "announcedOn", "2025-08-05"), Map.of("Idempotency-Key", key));
    }

    /** Makes a key look as if it had been sent that long ago. */
    private void age(String key, Duration ago) {
        jdbc.sql("UPDATE idempotency_key SET created_at = :at WHERE key = :key")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC).minus(ago)).param("key", key).update();
    }

    private long keys(String key) {
        return jdbc.sql("SELECT count(*) FROM idempotency_key WHERE key = :key").param("key", key)
                .query(Long.class).single();
    }

    @Test
    void aKeyIsRememberedForItsLifetimeAndARetryAfterItIsANewPledge() {
        assertThat(properties.lifetime()).isEqualTo(Duration.ofHours(24));
        String key = UUID.randomUUID().toString();
        var first = pledge(key, "11.11");
        assertThat(first.status()).isEqualTo(201);

        age(key, Duration.ofHours(23));
        var withinLifetime = pledge(key, "11.11");
        assertThat(withinLifetime.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(withinLifetime.raw().headers().firstValue("Idempotent-Replayed")).contains("true");

        // expired but not deleted yet: forgotten all the same, and even another body is a new request
        age(key, Duration.ofHours(25));
        var afterLifetime = pledge(key, "22.22");
        assertThat(afterLifetime.status()).isEqualTo(201);
        assertThat(afterLifetime.json().path("id").asText()).isNotEqualTo(first.json().path("id").asText());
        assertThat(afterLifetime.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        // and the key now answers with the new pledge
        assertThat(pledge(key, "22.22").json().path("id").asText()).isEqualTo(afterLifetime.json().path("id").asText());
    }

    @Test
    void theCleanupDeletesExpiredKeysInBatchesAndKeepsLiveOnes() {
        String live = UUID.randomUUID().toString();
        assertThat(pledge(live, "3.00").status()).isEqualTo(201);
        String prefix = "expired-" + UUID.randomUUID() + "-";
        int expired = properties.cleanupBatch() * 2 + 7;
        jdbc.sql("""
                INSERT INTO idempotency_key (scope, key, request_hash, response_status, created_at)
                SELECT 'test', :prefix || n, repeat('0', 64), 201, now() - interval '2 days'
                FROM generate_series(1, :n) n""")
                .param("prefix", prefix).param("n", expired).update();

        assertThat(cleanup.deleteExpired()).isGreaterThanOrEqualTo(expired);

        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE key LIKE :p").param("p", prefix + "%")
                .query(Long.class).single()).isZero();
        assertThat(keys(live)).isEqualTo(1);
    }
}
