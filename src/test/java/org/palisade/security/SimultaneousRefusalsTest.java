package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palisade.testing.TestUsers.CONTRIBUTOR_DEU;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.RecordedRefusals;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A refused write is refused inside its transaction, which holds a connection of the pool, and its attempt is
 * recorded apart from that transaction. More refusals at once than the pool has connections must each be answered
 * 403 and recorded, never left waiting for a second connection that the others hold.
 */
@PalisadeTest
class SimultaneousRefusalsTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordedRefusals refusals;

    @BeforeEach
    void users() {
        new TestUsers(jdbc).seed();
    }

    @Test
    void moreRefusedPledgesAtOnceThanThePoolHasConnectionsAreEachAnswered403AndRecorded() throws Exception {
        int attempts = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() + 4;
        Api.Response created = new Api(port).as(CONTRIBUTOR_DEU)
                .post("/api/v1/tokens", Map.of("name", "refusals at once", "expiresInDays", 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.json().path("token").asText();
        Api germany = new Api(port).withBearer(token);
        // Germany's contributor pledging in the Netherlands' name alone: refused inside the pledge's transaction
        Map<String, Object> pledge = Map.of("contributors", List.of("NLD"),
                "amount", Map.of("amount", "10", "currency", "EUR"), "disclosure", "PUBLIC",
                "announcedOn", "2025-08-05");
        int heardBefore = refusals.count();
        long recordedBefore = recordedRefusalsOf(CONTRIBUTOR_DEU);

        ExecutorService senders = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                answers.add(senders.submit(() -> {
                    start.await();
                    return germany.post("/api/v1/contributions", pledge,
                            Map.of("Idempotency-Key", "refused-" + UUID.randomUUID()));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES).status());
            }

            assertThat(statuses).hasSize(attempts).containsOnly(403);
            assertThat(refusals.since(heardBefore, CONTRIBUTOR_DEU)).hasSize(attempts);
            assertThat(recordedRefusalsOf(CONTRIBUTOR_DEU) - recordedBefore).isEqualTo(attempts);
        } finally {
            senders.shutdownNow();
        }
    }

    private long recordedRefusalsOf(String username) {
        return jdbc.sql("select count(*) from audit_entry where action = :action and actor = :actor")
                .param("action", AccessPolicy.REFUSED).param("actor", username).query(Long.class).single();
    }
}
