package org.palisade.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import tools.jackson.databind.JsonNode;

@PalisadeTest
class FigureApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void totalsAndBreakdownsConvertEachContributionAtItsStageDate() {
        fixtures.contributor("NZL");
        // a New Zealand contributor records New Zealand's pledge and reads the figures
        Api api = new Api(port).as(new TestUsers(jdbc).contributorOf("NZL"));
        fixtures.usdRates();
        BigDecimal usdBefore = api.get("/api/v1/figures/totals").json().path("PLEDGED").path("USD").path("total")
                .path("amount").decimalValue();
        var pledged = api.post("/api/v1/contributions", Map.of("contributors", List.of("NZL"),
                "amount", Map.of("amount", "100.00", "currency", "EUR"), "disclosure", "PUBLIC",
                "announcedOn", "2025-08-04", "earmark", "DRONES_AND_COUNTER_DRONE"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(pledged.status()).as(pledged.body()).isEqualTo(201);

        JsonNode totals = api.get("/api/v1/figures/totals").json();
        assertThat(totals.path("PLEDGED").path("USD").path("total").path("amount").decimalValue().subtract(usdBefore))
                .isEqualByComparingTo("115.60");

        JsonNode byContributor = api.get("/api/v1/figures/by-contributor?stage=PLEDGED&currency=USD").json();
        JsonNode nzl = null;
        for (JsonNode bucket : byContributor.path("buckets")) {
            if (bucket.path("key").asText().equals("NZL")) {
                nzl = bucket;
            }
        }
        assertThat(nzl).isNotNull();
        assertThat(nzl.path("amount").path("amount").decimalValue()).isEqualByComparingTo("115.60");
        assertThat(api.get("/api/v1/figures/by-category?currency=EUR").json().toString()).contains("DRONES_AND_COUNTER_DRONE");
        assertThat(api.get("/api/v1/figures/by-year?currency=XXQ").status()).isEqualTo(422);
    }
}
