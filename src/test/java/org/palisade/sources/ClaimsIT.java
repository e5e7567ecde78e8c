package org.palisade.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.security.Disclosure;
import org.palisade.testing.Api;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Sources, claims, the used claim and conflicts, through the API and the module's Java API, on the real database. */
@PalisadeTest
class ClaimsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Contributions contributions;
    @Autowired
    org.palisade.testing.Fixtures fixtures;
    @Autowired
    Sources sources;
    @Autowired
    Claims claims;
    @Autowired
    TransactionTemplate tx;
    Api coordinator;

    @BeforeEach
    void setUp() {
        new TestUsers(jdbc).seed();
        coordinator = new Api(port).as(TestUsers.COORDINATOR);
    }

    private Contribution pledge(String code, Disclosure disclosure) {
        UUID org = fixtures.contributor(code);
        return contributions.pledge(new Contributions.Pledge(List.of(org), Money.of("500000000", "USD"), null, null,
                disclosure, LocalDate.of(2025, 8, 5), null));
    }

    private String source(Api who, String outlet) {
        var r = who.post("/api/v1/sources", Map.of("kind", "NEWS_ARTICLE", "outlet", outlet, "title",
                "Allies fund a package " + UUID.randomUUID(), "publishedOn", "2025-08-23", "language", "en"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static Map<String, Object> claim(String source, List<String> contributors, String amount, String currency,
            String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceId", source);
        body.put("contributors", contributors);
        if (amount != null) {
            body.put("amount", Map.of("amount", amount, "currency", currency));
        }
        if (date != null) {
            body.put("date", date);
        }
        body.put("evidence", "The sentence it rests on.");
        return body;
    }

    private Api.Response claimAbout(Contribution c, Map<String, Object> body) {
        var r = coordinator.post("/api/v1/contributions/" + c.id() + "/claims", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    private JsonNode claimsOf(Contribution c) {
        var r = coordinator.get("/api/v1/contributions/" + c.id() + "/claims");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private List<String> openFields(Contribution c) {
        return claimsOf(c).path("conflicts").valueStream().filter(k -> k.path("open").asBoolean())
                .map(k -> k.path("field").asText()).sorted().toList();
    }

    @Test
    void theFirstClaimAboutARecordIsTheOneItUsesAndChoosingAnotherIsAuditedWithItsReason() {
        Contribution c = pledge("NLD", Disclosure.PUBLIC);
        String s = source(coordinator, "Reuters");
        String first = claimAbout(c, claim(s, List.of("NLD"), "500000000", "USD", "2025-08-04")).json().path("id").asText();
        String second = claimAbout(c, claim(s, List.of("NLD"), "501000000", "USD", "2025-08-04")).json().path("id").asText();

        JsonNode list = claimsOf(c).path("claims");
        assertThat(list.get(0).path("used").asBoolean()).isTrue();
        assertThat(list.get(0).path("chosenReason").isMissingNode() || list.get(0).path("chosenReason").isNull()).isTrue();
        assertThat(list.get(0).path("chosenBy").asText()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(list.get(1).path("used").asBoolean()).isFalse();

        var noReason = coordinator.post("/api/v1/claims/" + second + "/use", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("reason");

        var used = coordinator.post("/api/v1/claims/" + second + "/use", Map.of("reason", "the ministry's own figure"));
        assertThat(used.status()).as(used.body()).isEqualTo(200);
        assertThat(used.json().path("chosenBy").asText()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(used.json().path("chosenAt").isNull()).isFalse();
        assertThat(coordinator.get("/api/v1/claims/" + first).json().path("used").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from claim where contribution_id = :c and used").param("c", c.id())
                .query(Long.class).single()).isEqualTo(1);
        List<String> actions = jdbc.sql("""
                select action || ':' || coalesce(reason, '') from audit_entry where record_type = 'claim'
                and record_id in (:a, :b) order by occurred_at, action""")
                .param("a", UUID.fromString(first)).param("b", UUID.fromString(second)).query(String.class).list();
        assertThat(actions).contains("used:the ministry's own figure", "unused:the ministry's own figure");

        var again = coordinator.post("/api/v1/claims/" + second + "/use", Map.of("reason", "again"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void amountsWithinTheToleranceAgreeAndBeyondItMakeAnOpenConflict() {
        Contribution c = pledge("DEU", Disclosure.PUBLIC);
        String s = source(coordinator, "Ukraine MoD");
        claimAbout(c, claim(s, List.of(), "495000000", "USD", null));
        claimAbout(c, claim(s, List.of(), "504000000", "USD", null));
        assertThat(openFields(c)).isEmpty();

        claimAbout(c, claim(s, List.of(), "585000000", "USD", null));
        assertThat(openFields(c)).containsExactly("AMOUNT");
        assertThat(claimsOf(c).path("conflicts").get(0).path("claims").size()).isEqualTo(3);
    }

    @Test
    void anAtLeastClaimAgreesWithALargerFigureButNotWithASmallerOne() {
        Contribution c = pledge("DEU", Disclosure.PUBLIC);
        String s = source(coordinator, "Press");
        Map<String, Object> atLeast = claim(s, List.of(), "500000000", "USD", null);
        atLeast.put("bound", "AT_LEAST");
        claimAbout(c, atLeast);
        claimAbout(c, claim(s, List.of(), "585000000", "USD", null));
        assertThat(openFields(c)).isEmpty();
        claimAbout(c, claim(s, List.of(), "400000000", "USD", null));
        assertThat(openFields(c)).containsExactly("AMOUNT");
    }

    @Test
    void differentContributorsCurrenciesAndDatesEachMakeAConflictOfTheirOwn() {
        Contribution c = pledge("DNK", Disclosure.PUBLIC);
        String s = source(coordinator, "Interfax-Ukraine");
        claimAbout(c, claim(s, List.of("DNK", "FIN", "SWE"), "500000000", "EUR", "2025-08-05"));
        Map<String, Object> month = claim(s, List.of("SWE", "FIN", "DNK"), null, null, "2025-08-01");
        month.put("datePrecision", "MONTH");
        claimAbout(c, month);
        // the same set in another order, and a day inside the month, agree
        assertThat(openFields(c)).isEmpty();

        claimAbout(c, claim(s, List.of("DNK", "NOR", "SWE"), "495000000", "USD", "2025-08-06"));
        assertThat(openFields(c)).containsExactly("CONTRIBUTORS", "CURRENCY", "DATE");
    }

    @Test
    void resolvingAConflictRecordsTheDecisionWhoWhenAndWhyAndItLeavesTheOpenList() {
        Contribution c = pledge("DNK", Disclosure.PUBLIC);
        String s = source(coordinator, "Ukraine MoD");
        claimAbout(c, claim(s, List.of(), "495000000", "USD", null));
        String other = claimAbout(c, claim(s, List.of(), "585000000", "USD", null)).json().path("id").asText();
        JsonNode conflict = claimsOf(c).path("conflicts").get(0);
        String id = conflict.path("id").asText();
        assertThat(coordinator.get("/api/v1/claims/conflicts?size=200").json().path("items").valueStream()
                .map(k -> k.path("id").asText())).contains(id);

        var missing = coordinator.post("/api/v1/claims/conflicts/" + id + "/resolve",
                Map.of("decision", "USE_OTHER", "claimId", UUID.randomUUID().toString()));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("reason", "claimId");

        var resolved = coordinator.post("/api/v1/claims/conflicts/" + id + "/resolve",
                Map.of("decision", "USE_OTHER", "claimId", other, "reason", "the later report includes ammunition"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().path("open").asBoolean()).isFalse();
        assertThat(resolved.json().path("resolvedBy").asText()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(resolved.json().path("keptClaimId").asText()).isEqualTo(other);
        assertThat(coordinator.get("/api/v1/claims/" + other).json().path("used").asBoolean()).isTrue();
        assertThat(coordinator.get("/api/v1/claims/conflicts?size=200").json().path("items").valueStream()
                .map(k -> k.path("id").asText())).doesNotContain(id);
        assertThat(jdbc.sql("select reason from audit_entry where record_type = 'claim-conflict' and record_id = :id"
                        + " and action = 'resolved'").param("id", UUID.fromString(id)).query(String.class).single())
                .isEqualTo("the later report includes ammunition");

        var twice = coordinator.post("/api/v1/claims/conflicts/" + id + "/resolve",
                Map.of("decision", "KEEP_USED", "reason", "again"));
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void theClaimsOfAConfidentialContributionAreSeenOnlyByThoseWhoSeeTheContribution() {
        Contribution c = pledge("DEU", Disclosure.CONFIDENTIAL);
        String s = source(coordinator, "Internal note");
        String id = claimAbout(c, claim(s, List.of("DEU"), "500000000", "USD", null)).json().path("id").asText();
        Api nld = new Api(port).as(TestUsers.CONTRIBUTOR_NLD);
        Api deu = new Api(port).as(TestUsers.CONTRIBUTOR_DEU);

        assertThat(nld.get("/api/v1/contributions/" + c.id() + "/claims").status()).isEqualTo(404);
        assertThat(nld.get("/api/v1/claims/" + id).status()).isEqualTo(404);
        assertThat(new Api(port).get("/api/v1/claims/" + id).status()).isEqualTo(404);
        assertThat(nld.get("/api/v1/sources/" + s).json().path("claims").size()).isZero();
        assertThat(deu.get("/api/v1/claims/" + id).status()).isEqualTo(200);
        assertThat(deu.get("/api/v1/sources/" + s).json().path("claims").size()).isEqualTo(1);
    }

    @Test
    void aClaimSentTwiceWithTheSameKeyIsRecordedOnce() {
        Contribution c = pledge("NLD", Disclosure.PUBLIC);
        String s = source(coordinator, "Reuters");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        var first = coordinator.post("/api/v1/contributions/" + c.id() + "/claims",
                claim(s, List.of("NLD"), "500000000", "EUR", null), key);
        var second = coordinator.post("/api/v1/contributions/" + c.id() + "/claims",
                claim(s, List.of("NLD"), "500000000", "EUR", null), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("select count(*) from claim where contribution_id = :c").param("c", c.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherModuleRecordsASourceAndAClaimInsideItsOwnTransaction() {
        Contribution c = pledge("NLD", Disclosure.PUBLIC);
        UUID claim = tx.execute(status -> {
            UUID source = sources.record(new SourceDraft(SourceKind.OFFICIAL_STATEMENT, "Dutch MoD",
                    "The Netherlands funds a PURL package", null, LocalDate.of(2025, 8, 4), "en", null, null));
            return claims.recordFor(c.id(), new ClaimDraft(source, List.of("NLD"), Money.of("500000000", "EUR"),
                    ClaimBound.EXACT, LocalDate.of(2025, 8, 4), null, ClaimProgram.PURL, "Patriot missiles", null));
        });
        Map<String, Object> counted = jdbc.sql("""
                select claims, sources, used_claim_id, open_conflicts from contribution_claim_count
                where contribution_id = :c""").param("c", c.id()).query().singleRow();
        assertThat(counted.get("claims")).isEqualTo(1L);
        assertThat(counted.get("sources")).isEqualTo(1L);
        assertThat(counted.get("used_claim_id")).isEqualTo(claim);
        assertThat(jdbc.sql("select count(*) from audit_entry where record_id = :id and action = 'recorded'")
                .param("id", claim).query(Long.class).single()).isEqualTo(1);

        Contribution bare = pledge("NLD", Disclosure.PUBLIC);
        assertThat(jdbc.sql("select claims from contribution_claim_count where contribution_id = :c")
                .param("c", bare.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aSourceAndAClaimNameEveryFieldAtFault() {
        var source = coordinator.post("/api/v1/sources", Map.of("outlet", " ", "url", "ftp:/x", "publishedOn",
                "2999-01-01"));
        assertThat(source.status()).isEqualTo(422);
        assertThat(source.errorFields()).containsExactlyInAnyOrder("kind", "outlet", "title", "url", "publishedOn");
        Contribution c = pledge("NLD", Disclosure.PUBLIC);
        var claim = coordinator.post("/api/v1/contributions/" + c.id() + "/claims",
                Map.of("sourceId", UUID.randomUUID().toString(), "contributors", List.of("Netherlands")));
        assertThat(claim.status()).isEqualTo(422);
        assertThat(claim.errorFields()).containsExactlyInAnyOrder("sourceId", "contributors[0]");
        assertThat(claim.contentType()).contains("application/problem+json");
    }
}
