package org.palisade.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.security.Disclosure;
import org.palisade.security.Role;
import org.palisade.testing.Api;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The review of articles on the real database: import once, accept all or nothing and once, reject with a reason. */
@PalisadeTest
class ArticleReviewIT {

    static final String SECOND_COORDINATOR = "coordinator-nato-two";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Contributions contributions;
    Api coordinator;

    @BeforeEach
    void setUp() {
        new TestUsers(jdbc).seed().create(SECOND_COORDINATOR, "NATO", Role.COORDINATOR);
        fixtures.contributor("NLD");
        fixtures.contributor("DNK");
        fixtures.usdRates();
        coordinator = new Api(port).as(TestUsers.COORDINATOR);
    }

    /** An article of its own (a distinct amount, so its text and digest are new) with two candidate claims. */
    record Written(String text, long millions) {
    }

    // distinct within a run (the database outlives each test): a random start, then one million more each time
    private static final AtomicLong NEXT_MILLIONS = new AtomicLong(ThreadLocalRandom.current().nextLong(100, 800));

    static Written article() {
        long millions = NEXT_MILLIONS.getAndIncrement();
        return new Written("<h1>Allies pay for air defence</h1>"
                + "<p>The Netherlands said on Monday it would pay EUR " + millions + " million for Patriot missiles "
                + "under PURL.</p><p>Denmark will contribute DKK 1.5 billion to the package, its defence ministry "
                + "said on Tuesday.</p>", millions);
    }

    private static Map<String, Object> body(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("outlet", "Reuters");
        body.put("published", "2025-08-06");
        body.put("language", "en");
        return body;
    }

    private JsonNode imported(Written w) {
        var r = coordinator.post("/api/v1/articles", body(w.text()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static JsonNode candidate(JsonNode article, String currency) {
        return article.path("candidates").valueStream().filter(c -> currency.equals(c.path("currency").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + currency + " candidate in " + article));
    }

    private long contributionsResting(String candidateId) {
        return jdbc.sql("""
                select count(*) from contribution c join claim cl on cl.contribution_id = c.id
                join candidate_claim k on k.claim_id = cl.id where k.id = :id""")
                .param("id", UUID.fromString(candidateId)).query(Long.class).single();
    }

    @Test
    void theSameTextImportedTwiceIsOneArticleAndLeadsToTheFirst() {
        Written w = article();
        JsonNode first = imported(w);
        assertThat(first.path("candidates").size()).isEqualTo(2);
        assertThat(first.path("candidates").valueStream().map(c -> c.path("status").asText()))
                .containsOnly("WAITING");
        JsonNode nld = candidate(first, "EUR");
        assertThat(nld.path("amount").asText()).isEqualTo(w.millions() + "000000");
        assertThat(nld.path("contributors").toString()).isEqualTo("[\"NLD\"]");
        assertThat(nld.path("date").asText()).isEqualTo("2025-08-04");
        assertThat(nld.path("evidence").asText()).startsWith("The Netherlands said on Monday");
        assertThat(first.path("source").path("kind").asText()).isEqualTo("NEWS_ARTICLE");
        assertThat(first.path("source").path("disclosure").asText()).isEqualTo("PUBLIC");
        assertThat(first.path("source").path("title").asText()).isEqualTo("Allies pay for air defence");

        // the same words pasted as plain text: the same readable text, the same digest
        String plain = "Allies pay for air defence\n\nThe Netherlands said on Monday it would pay EUR " + w.millions()
                + " million for Patriot missiles under PURL.\n\nDenmark will contribute DKK 1.5 billion to the package,"
                + " its defence ministry said on Tuesday.";
        var again = new Api(port).as(SECOND_COORDINATOR).post("/api/v1/articles", body(plain));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(again.json().path("alreadyImported").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from source where id = :id")
                .param("id", UUID.fromString(first.path("source").path("id").asText())).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from candidate_claim where article_id = :id")
                .param("id", UUID.fromString(first.path("id").asText())).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'article' and record_id = :id")
                .param("id", UUID.fromString(first.path("id").asText())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void acceptingAsANewContributionRecordsThePublicPledgeAndItsClaimTogether() {
        JsonNode article = imported(article());
        JsonNode dnk = candidate(article, "DKK");
        Map<String, Object> accept = new HashMap<>();
        accept.put("as", "NEW_CONTRIBUTION");
        accept.put("date", "2025-08-05");
        accept.put("amount", Map.of("amount", "1600000000", "currency", "DKK"));

        var r = coordinator.post("/api/v1/candidates/" + dnk.path("id").asText() + "/accept", accept);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(r.json().path("decidedBy").asText()).isEqualTo(TestUsers.COORDINATOR);
        Contribution c = contributions.get(UUID.fromString(r.json().path("contributionId").asText()));
        assertThat(c.disclosure()).isEqualTo(Disclosure.PUBLIC);
        assertThat(c.pledged()).isEqualTo(Money.of("1600000000", "DKK"));
        assertThat(c.pledgedOn()).hasToString("2025-08-05");
        assertThat(c.packageId()).isNull();
        Map<String, Object> claim = jdbc.sql("""
                select cl.source_id, cl.amount, cl.currency, cl.evidence, cl.used, cl.contribution_id from claim cl
                where cl.id = :id""").param("id", UUID.fromString(r.json().path("claimId").asText())).query().singleRow();
        assertThat(claim.get("source_id").toString()).isEqualTo(article.path("source").path("id").asText());
        assertThat(claim.get("contribution_id")).isEqualTo(c.id());
        assertThat(claim.get("evidence").toString()).startsWith("Denmark will contribute");
        assertThat(claim.get("used")).isEqualTo(true);
        List<String> audited = jdbc.sql("""
                select record_type || ':' || action from audit_entry where record_id in (:contribution, :candidate)
                order by record_type""")
                .param("contribution", c.id()).param("candidate", UUID.fromString(dnk.path("id").asText()))
                .query(String.class).list();
        assertThat(audited).containsExactly("candidate-claim:accepted", "contribution:pledged");
    }

    @Test
    void anAcceptanceThatIsRefusedRecordsNothing() {
        JsonNode article = imported(article());
        JsonNode nld = candidate(article, "EUR");
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc).withoutAudit();

        var future = coordinator.post("/api/v1/candidates/" + nld.path("id").asText() + "/accept",
                Map.of("as", "NEW_CONTRIBUTION", "date", "2999-01-01", "contributors", List.of("NLD", "XXX")));

        assertThat(future.status()).as(future.body()).isEqualTo(422);
        assertThat(future.errorFields()).contains("date", "contributors[1]");
        assertThat(DatabaseSnapshot.take(jdbc).withoutAudit()).isEqualTo(before);
    }

    @Test
    void acceptingOntoAnExistingContributionAddsAClaimAboutIt() {
        Contribution existing = contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("NLD")),
                Money.of("345000000", "EUR"), null, null, Disclosure.PUBLIC, java.time.LocalDate.of(2025, 8, 4), null));
        JsonNode nld = candidate(imported(article()), "EUR");

        var r = coordinator.post("/api/v1/candidates/" + nld.path("id").asText() + "/accept",
                Map.of("as", "CONTRIBUTION", "recordId", existing.id().toString()));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("contributionId").isMissingNode() || r.json().path("contributionId").isNull()).isTrue();
        var claims = coordinator.get("/api/v1/contributions/" + existing.id() + "/claims").json().path("claims");
        assertThat(claims.valueStream().map(c -> c.path("id").asText())).contains(r.json().path("claimId").asText());
    }

    @Test
    void rejectingNeedsAReasonAndTheRejectedCandidateKeepsItWithWhoAndWhen() {
        JsonNode nld = candidate(imported(article()), "EUR");
        String path = "/api/v1/candidates/" + nld.path("id").asText();

        var noReason = coordinator.post(path + "/reject", Map.of("reason", "  "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(coordinator.get(path).json().path("status").asText()).isEqualTo("WAITING");

        var rejected = coordinator.post(path + "/reject", Map.of("reason", "a price, not a pledge"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        JsonNode shown = coordinator.get(path).json();
        assertThat(shown.path("status").asText()).isEqualTo("REJECTED");
        assertThat(shown.path("reason").asText()).isEqualTo("a price, not a pledge");
        assertThat(shown.path("decidedBy").asText()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(shown.path("decidedAt").isNull()).isFalse();

        var late = new Api(port).as(SECOND_COORDINATOR).post(path + "/accept", Map.of("as", "NEW_CONTRIBUTION",
                "date", "2025-08-04"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("detail").asText()).isEqualTo("candidate " + nld.path("number").asInt()
                + " was already rejected by " + TestUsers.COORDINATOR);
    }

    @Test
    void twoReviewersAcceptingOneCandidateAtOnceRecordExactlyOneContribution() throws Exception {
        JsonNode nld = candidate(imported(article()), "EUR");
        String path = "/api/v1/candidates/" + nld.path("id").asText() + "/accept";
        int reviewers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < reviewers; i++) {
            Api who = new Api(port).as(i % 2 == 0 ? TestUsers.COORDINATOR : SECOND_COORDINATOR);
            answers.add(pool.submit(() -> {
                start.await();
                return who.post(path, Map.of("as", "NEW_CONTRIBUTION"));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> a : answers) {
            Api.Response r = a.get();
            statuses.add(r.status());
            if (r.status() == 409) {
                assertThat(r.json().path("detail").asText()).startsWith("candidate " + nld.path("number").asInt()
                        + " was already accepted by coordinator-nato");
            }
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(contributionsResting(nld.path("id").asText())).isEqualTo(1);
    }

    @Test
    void onlyReviewersImportAndDecideAndOnlyCoordinatorsAcceptAsANewContribution() {
        JsonNode article = imported(article());
        JsonNode nld = candidate(article, "EUR");
        String path = "/api/v1/candidates/" + nld.path("id").asText();
        Api contributor = new Api(port).as(TestUsers.CONTRIBUTOR_NLD);
        Api admin = new Api(port).as(TestUsers.ADMIN);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc).withoutAudit();

        assertThat(contributor.post("/api/v1/articles", body(article().text())).status()).isEqualTo(403);
        assertThat(contributor.post(path + "/accept", Map.of("as", "NEW_CONTRIBUTION")).status()).isEqualTo(403);
        assertThat(contributor.post(path + "/reject", Map.of("reason", "mine")).status()).isEqualTo(403);
        assertThat(contributor.get("/api/v1/articles").status()).isEqualTo(403);
        assertThat(new Api(port).get("/api/v1/articles/" + article.path("id").asText()).status()).isEqualTo(401);
        assertThat(admin.post(path + "/accept", Map.of("as", "NEW_CONTRIBUTION")).status()).isEqualTo(403);
        assertThat(DatabaseSnapshot.take(jdbc).withoutAudit()).isEqualTo(before);

        assertThat(admin.post(path + "/reject", Map.of("reason", "counted elsewhere")).status()).isEqualTo(200);
        assertThat(new Api(port).as(TestUsers.AUDITOR).get("/api/v1/articles?waiting=false").status()).isEqualTo(200);
    }

    /** Uploads the bytes as multipart field {@code file} beside the article's other fields. */
    private Api.Response upload(String fileName, byte[] content) throws Exception {
        String boundary = "----article" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (var field : Map.of("outlet", "ABC News", "published", "2025-08-06", "language", "en").entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/html\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/articles"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (TestUsers.COORDINATOR + ":" + TestUsers.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Response(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""), response);
    }

    @Test
    void anArticleUploadedAsAFileIsReadAsUtf8AndAnotherEncodingIsRefused() throws Exception {
        Written w = article();
        var uploaded = upload("article.html", ("\uFEFF" + w.text()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().path("source").path("outlet").asText()).isEqualTo("ABC News");
        assertThat(candidate(uploaded.json(), "EUR").path("amount").asText()).isEqualTo(w.millions() + "000000");

        var latin1 = upload("article.txt", "Le Danemark paiera 5 millions d'\u00e9uros.".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(latin1.status()).isEqualTo(422);
        assertThat(latin1.errorFields()).containsExactly("file");
        assertThat(latin1.json().path("errors").get(0).path("message").asText()).contains("UTF-8");
    }

    @Test
    void theReviewIsInTheOpenApiDocument() {
        String docs = new Api(port).get("/v3/api-docs").body();
        assertThat(docs).contains("\"/api/v1/articles\"", "/api/v1/articles/{id}", "/api/v1/candidates/{id}/accept",
                "/api/v1/candidates/{id}/reject");
    }

    @Test
    void theQueueListsWaitingArticlesNewestFirstWithTheirCounts() {
        JsonNode older = imported(article());
        JsonNode newer = imported(article());
        coordinator.post("/api/v1/candidates/" + candidate(newer, "EUR").path("id").asText() + "/reject",
                Map.of("reason", "not a pledge"));

        JsonNode queue = coordinator.get("/api/v1/articles?size=200").json();
        List<String> ids = queue.path("articles").path("items").valueStream().map(a -> a.path("id").asText()).toList();
        assertThat(ids).containsSubsequence(newer.path("id").asText(), older.path("id").asText());
        JsonNode line = queue.path("articles").path("items").valueStream()
                .filter(a -> a.path("id").asText().equals(newer.path("id").asText())).findFirst().orElseThrow();
        assertThat(line.path("waiting").asLong()).isEqualTo(1);
        assertThat(line.path("rejected").asLong()).isEqualTo(1);
        assertThat(queue.path("counts").path("waiting").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(queue.path("counts").path("rejected").asLong()).isGreaterThanOrEqualTo(1);
    }
}
