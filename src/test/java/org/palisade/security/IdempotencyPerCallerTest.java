package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An Idempotency-Key belongs to the user who sent it: nobody gets another user's replayed response. */
@PalisadeTest
class IdempotencyPerCallerTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    private static Map<String, Object> confidentialPledge(String contributor) {
        return Map.of("contributors", List.of(contributor), "amount", Map.of("amount", "42", "currency", "EUR"),
                "disclosure", "CONFIDENTIAL", "announcedOn", "2025-08-05");
    }

    @Test
    void theSameKeyFromAnotherNationRecordsItsOwnPledgeInsteadOfReplayingTheFirst() {
        fixtures.contributor("NLD");
        fixtures.contributor("DEU");
        new TestUsers(jdbc).seed();
        Map<String, String> key = Map.of("Idempotency-Key", "shared-" + UUID.randomUUID());

        Api.Response dutch = new Api(port).as(TestUsers.CONTRIBUTOR_NLD)
                .post("/api/v1/contributions", confidentialPledge("NLD"), key);
        Api.Response german = new Api(port).as(TestUsers.CONTRIBUTOR_DEU)
                .post("/api/v1/contributions", confidentialPledge("DEU"), key);

        assertThat(dutch.status()).isEqualTo(201);
        assertThat(german.status()).as(german.body()).isEqualTo(201);
        assertThat(german.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(german.json().path("id").asText()).isNotEqualTo(dutch.json().path("id").asText());
        assertThat(german.json().path("contributors").toString()).isEqualTo("[\"DEU\"]");
    }
}
