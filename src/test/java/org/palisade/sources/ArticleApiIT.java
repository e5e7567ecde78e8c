package org.palisade.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PalisadeTest
class ArticleApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void signIn() {
        new TestUsers(jdbc).seed();
        api = new Api(port).as(TestUsers.SUPPLIER);
    }

    @Test
    void aSignedInUserGetsTheCandidateClaimsOfAnArticleAndNothingIsStored() {
        int auditEntries = jdbc.sql("SELECT count(*) FROM audit_entry").query(Integer.class).single();
        Map<String, Object> article = new HashMap<>();
        article.put("text", "<p>The Netherlands said on Monday it would pay EUR 500 million ($578 million) for Patriot "
                + "missiles under PURL.</p><p>Ireland gave &euro;20 million in humanitarian aid.</p>");
        article.put("published", "2025-08-06");
        article.put("outlet", "Reuters");
        article.put("language", "en");

        var response = api.post("/api/v1/articles/extract", article);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode candidates = response.json().path("candidates");
        assertThat(candidates).hasSize(1);
        JsonNode claim = candidates.get(0);
        assertThat(claim.path("amount").asText()).isEqualTo("500000000");
        assertThat(claim.path("currency").asText()).isEqualTo("EUR");
        assertThat(claim.path("approximate").asBoolean()).isFalse();
        assertThat(claim.path("rangeLow").isNull()).isTrue();
        assertThat(claim.path("rangeHigh").isNull()).isTrue();
        assertThat(claim.path("contributors").toString()).isEqualTo("[\"NLD\"]");
        assertThat(claim.path("date").asText()).isEqualTo("2025-08-04");
        assertThat(claim.path("program").asText()).isEqualTo("PURL");
        assertThat(claim.path("kind").asText()).isEqualTo("pledge");
        assertThat(claim.path("evidence").asText()).startsWith("The Netherlands said on Monday");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Integer.class).single()).isEqualTo(auditEntries);
    }

    @Test
    void badFieldsAreNamedInTheProblem() {
        var response = api.post("/api/v1/articles/extract", Map.of("text", " ", "published", "6 August 2025",
                "language", "fr"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder("text", "published", "language");
    }

    @Test
    void aVisitorMustSignInToHaveAnArticleRead() {
        var response = new Api(port).post("/api/v1/articles/extract", Map.of("text", "Norway gave NOK 1 billion."));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() {
        assertThat(new Api(port).get("/v3/api-docs").body()).contains("/api/v1/articles/extract");
    }
}
