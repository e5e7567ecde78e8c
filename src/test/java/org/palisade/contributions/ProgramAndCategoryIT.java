package org.palisade.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** A contribution goes through PURL or another program; money for the general pool may carry its category. */
@PalisadeTest
class ProgramAndCategoryIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> pledge(String code, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("contributors", List.of(code));
        body.put("amount", Map.of("amount", amount, "currency", "EUR"));
        body.put("disclosure", "PUBLIC");
        body.put("announcedOn", "2025-08-05");
        return body;
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void aPledgeIsPurlUnlessItSaysOtherAndPoolMoneyCarriesItsCategory() {
        fixtures.contributor("ISL");
        fixtures.usdRates();
        Api api = new Api(port).as(new TestUsers(jdbc).contributorOf("ISL"));

        var plain = api.post("/api/v1/contributions", pledge("ISL", "10.00"), key());
        assertThat(plain.status()).as(plain.body()).isEqualTo(201);
        assertThat(plain.json().path("program").asText()).isEqualTo("PURL");
        assertThat(plain.json().path("category").isNull() || plain.json().path("category").isMissingNode()).isTrue();

        Map<String, Object> other = pledge("ISL", "7.00");
        other.put("program", "OTHER");
        other.put("category", "SPARE_PARTS_AND_SUSTAINMENT");
        var pool = api.post("/api/v1/contributions", other, key());
        assertThat(pool.status()).as(pool.body()).isEqualTo(201);
        assertThat(pool.json().path("program").asText()).isEqualTo("OTHER");
        assertThat(pool.json().path("category").asText()).isEqualTo("SPARE_PARTS_AND_SUSTAINMENT");
        JsonNode read = api.get("/api/v1/contributions/" + pool.json().path("id").asText()).json();
        assertThat(read.path("program").asText()).isEqualTo("OTHER");
        assertThat(read.path("category").asText()).isEqualTo("SPARE_PARTS_AND_SUSTAINMENT");

        // figures by program and by category read the summary rows, which now carry both
        Integer summaryRows = jdbc.sql("SELECT count(*) FROM contribution_total WHERE program = 'OTHER'"
                + " AND category = 'SPARE_PARTS_AND_SUSTAINMENT' AND contributions > 0").query(Integer.class).single();
        assertThat(summaryRows).isPositive();
        JsonNode byProgram = api.get("/api/v1/figures/by-program?stage=PLEDGED&currency=EUR").json();
        assertThat(bucket(byProgram, "OTHER")).isNotNull();
        assertThat(bucket(byProgram, "PURL")).isNotNull();
        JsonNode byCategory = api.get("/api/v1/figures/by-category?stage=PLEDGED&currency=EUR").json();
        assertThat(bucket(byCategory, "SPARE_PARTS_AND_SUSTAINMENT")).isNotNull();
        // the same in a currency that is not kept converted (every contribution is read)
        assertThat(bucket(api.get("/api/v1/figures/by-program?stage=PLEDGED&currency=USD").json(), "OTHER")).isNotNull();
    }

    @Test
    void aPackageContributionIsPurlAndTakesItsCategoryFromItsPackage() {
        fixtures.contributor("ISL");
        Api api = new Api(port).as(new TestUsers(jdbc).contributorOf("ISL"));
        Map<String, Object> body = pledge("ISL", "5.00");
        body.put("packageId", UUID.randomUUID().toString());
        body.put("program", "OTHER");
        body.put("category", "DRONES_AND_COUNTER_DRONE");
        var refused = api.post("/api/v1/contributions", body, key());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).contains("program", "category");

        Map<String, Object> unknownProgram = pledge("ISL", "5.00");
        unknownProgram.put("program", "MARSHALL");
        assertThat(api.post("/api/v1/contributions", unknownProgram, key()).status()).isIn(400, 422);
    }

    private static JsonNode bucket(JsonNode breakdown, String key) {
        for (JsonNode b : breakdown.path("buckets")) {
            if (b.path("key").asText().equals(key)) {
                return b;
            }
        }
        return null;
    }
}
