package org.palisade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palisade.audit.AuditTrail;
import org.palisade.testing.Api;
import org.palisade.testing.PageClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two Palisade instances on one external PostgreSQL, as behind a load balancer: whatever one instance knows
 * (a signed-in visitor, failed sign-ins, an idempotency key, a rate, the audit chain) the other knows too.
 * Both start at the same moment on the empty database with demo data on, as a fresh deployment would.
 */
class SeveralInstancesIT {

    private static final String DEMO_PASSWORD = "palisade-demo";

    static Path dir;
    static EmbeddedPostgres database;
    static JdbcClient sql;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static int portA;
    static int portB;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        dir = Files.createTempDirectory("palisade-instances-");
        database = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("db")).setCleanDataDirectory(true).start();
        sql = JdbcClient.create(database.getPostgresDatabase());
        String url = database.getJdbcUrl("postgres", "postgres");
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<ConfigurableApplicationContext> start = () -> {
                together.await();
                // both share this JVM's logging, set up before them: two instances initialising it at the same
                // moment race inside logback (a ConcurrentModificationException of its property map)
                org.springframework.boot.SpringApplication app = new SpringApplicationBuilder(PalisadeApplication.class).build();
                app.setListeners(app.getListeners().stream()
                        .filter(l -> !(l instanceof org.springframework.boot.context.logging.LoggingApplicationListener))
                        .toList());
                return app.run("--server.port=0",
                        "--spring.main.banner-mode=off", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres", "--palisade.demo-data=true",
                        "--palisade.data-dir=" + dir.resolve("unused"));
            };
            Future<ConfigurableApplicationContext> first = starting.submit(start);
            Future<ConfigurableApplicationContext> second = starting.submit(start);
            a = first.get(5, TimeUnit.MINUTES);
            b = second.get(5, TimeUnit.MINUTES);
        } finally {
            starting.shutdownNow();
        }
        portA = ((WebServerApplicationContext) a).getWebServer().getPort();
        portB = ((WebServerApplicationContext) b).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void demoDataIsLoadedOnceWhenBothInstancesStartAtOnceOnAnEmptyDatabase() {
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(13);
        assertThat(count("SELECT count(*) FROM aid_package")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM user_account")).isEqualTo(7);
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE NOT success")).isZero();
    }

    @Test
    void theSessionCookieKeepsItsProtections() {
        HttpResponse<String> login = new PageClient(portB).get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Expires"));
    }

    @Test
    void aVisitorSignedInThroughOneInstanceContinuesOnTheOtherWithTheSameCookie() {
        PageClient onA = new PageClient(portA);
        HttpResponse<String> signIn = onA.signIn("coordinator", DEMO_PASSWORD);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        // the CSRF token comes from a page of A, the form goes to B
        assertThat(onA.get("/exchange-rates").statusCode()).isEqualTo(200);
        PageClient onB = onA.sameBrowserOn(portB);

        assertThat(onB.get("/account").body()).contains(">coordinator<", ">NATO<");
        HttpResponse<String> recorded = onA.sameBrowserOn(portB).post("/exchange-rates",
                Map.of("currency", "GBP", "date", "2025-09-01", "unitsPerEur", "0.8650", "source", "test"));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/exchange-rates"));
        // the confirmation was left in the session by B and is shown by A
        assertThat(onA.follow(recorded).body()).contains("Rate of GBP on 2025-09-01 recorded.");

        HttpResponse<String> signOut = onB.post("/logout", Map.of());
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(onA.get("/account").statusCode()).as("signed out on A as well").isEqualTo(302);
    }

    @Test
    void aRateRecordedThroughOneInstanceConvertsAtOnceOnTheOther() {
        String conversion = "/api/v1/exchange-rates/convert?amount=100&from=EUR&to=PLN&date=2025-09-03";
        assertThat(new Api(portB).get(conversion).status()).as("no PLN rate yet").isEqualTo(422);
        Api admin = new Api(portA).as("admin", DEMO_PASSWORD);
        assertThat(admin.post("/api/v1/exchange-rates", Map.of("currency", "PLN", "date", "2025-09-02",
                "unitsPerEur", "4.2500")).status()).isEqualTo(201);

        Api.Response converted = new Api(portB).get(conversion);

        assertThat(converted.status()).isEqualTo(200);
        assertThat(converted.json().path("to").path("amount").decimalValue()).isEqualByComparingTo("425");
    }

    @Test
    void failedSignInsOnBothInstancesAddUpToOneLockout() {
        PageClient onA = new PageClient(portA);
        for (int i = 0; i < 3; i++) {
            assertThat(onA.signIn("planner", "wrong").headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/login?error"));
        }
        Api wrongOnB = new Api(portB).as("planner", "wrong");
        assertThat(wrongOnB.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(wrongOnB.get("/api/v1/me").status()).isEqualTo(401);

        // five failures in all: now the right password is refused on both
        assertThat(new PageClient(portA).signIn("planner", DEMO_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(new Api(portB).as("planner", DEMO_PASSWORD).get("/api/v1/me").status()).isEqualTo(429);
    }

    @Test
    void theSameIdempotencyKeySentToBothInstancesAtOnceIsRecordedOnce() throws Exception {
        String pkg = new Api(portA).get("/api/v1/packages?status=OPEN").json().path("items").get(0).path("id").asText();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String key = UUID.randomUUID().toString();
                String amount = (1000 + round) + ".00";
                Map<String, Object> pledge = Map.of("contributors", List.of("NLD"),
                        "amount", Map.of("amount", amount, "currency", "EUR"), "packageId", pkg,
                        "disclosure", "PUBLIC", "announcedOn", "2025-09-15");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (int port : new int[] {portA, portB}) {
                    Api contributor = new Api(port).as("contributor-nld", DEMO_PASSWORD);
                    answers.add(senders.submit(() -> {
                        together.await();
                        return contributor.post("/api/v1/contributions", pledge, Map.of("Idempotency-Key", key));
                    }));
                }
                Api.Response first = answers.get(0).get(1, TimeUnit.MINUTES);
                Api.Response second = answers.get(1).get(1, TimeUnit.MINUTES);

                assertThat(List.of(first.status(), second.status())).containsOnly(201);
                assertThat(second.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
                assertThat(List.of(first, second)).filteredOn(r -> r.raw().headers()
                        .firstValue("Idempotent-Replayed").isPresent()).hasSize(1);
                assertThat(sql.sql("SELECT count(*) FROM contribution WHERE pledged_amount = :amount")
                        .param("amount", new java.math.BigDecimal(amount)).query(Long.class).single())
                        .as("round %d", round).isEqualTo(1);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void changesThroughBothInstancesFormOneAuditChainThatVerifies() throws Exception {
        String pkg = new Api(portB).get("/api/v1/packages?status=OPEN").json().path("items").get(0).path("id").asText();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService work = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (ConfigurableApplicationContext app : List.of(a, b)) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                Api contributor = new Api(port).as("contributor-deu", DEMO_PASSWORD);
                running.add(work.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        Api.Response pledged = contributor.post("/api/v1/contributions", Map.of("contributors",
                                List.of("DEU"), "amount", Map.of("amount", "77.00", "currency", "EUR"), "packageId", pkg,
                                "disclosure", "PUBLIC", "announcedOn", "2025-09-20"),
                                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                        if (pledged.status() != 201) {
                            failures.add(new AssertionError(pledged.toString()));
                        }
                    }
                }));
                // besides each instance's scheduled sequencer, sequence on demand from both at once
                AuditTrail trail = app.getBean(AuditTrail.class);
                running.add(work.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        try {
                            trail.sequenceNow();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(3, TimeUnit.MINUTES);
            }
        } finally {
            work.shutdownNow();
        }
        assertThat(failures).isEmpty();

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM audit_entry WHERE sequence IS NULL") == 0);
        Api.Response onA = new Api(portA).as("auditor", DEMO_PASSWORD).get("/api/v1/audit/verification");
        Api.Response onB = new Api(portB).as("auditor", DEMO_PASSWORD).get("/api/v1/audit/verification");
        assertThat(onA.json().path("ok").asBoolean()).as(onA.body()).isTrue();
        assertThat(onB.json().path("ok").asBoolean()).as(onB.body()).isTrue();
        assertThat(onA.json().path("checkedEntries").asLong()).isEqualTo(count("SELECT count(*) FROM audit_entry"));
        assertThat(count("SELECT count(*) FROM contribution WHERE pledged_amount = 77")).isEqualTo(16);
    }

    @Test
    void theApiCreatesNoSessionsAndExpiredSessionsAreDeleted() {
        long before = count("SELECT count(*) FROM spring_session");
        new Api(portA).as("supplier", DEMO_PASSWORD).get("/api/v1/me");
        new Api(portB).get("/api/v1/packages");
        assertThat(count("SELECT count(*) FROM spring_session")).isEqualTo(before);

        PageClient visitor = new PageClient(portA);
        visitor.signIn("supplier", DEMO_PASSWORD);
        assertThat(count("SELECT count(*) FROM spring_session WHERE principal_name = 'supplier'")).isEqualTo(1);
        sql.sql("UPDATE spring_session SET expiry_time = 0 WHERE principal_name = 'supplier'").update();

        b.getBean(JdbcIndexedSessionRepository.class).cleanUpExpiredSessions();

        assertThat(count("SELECT count(*) FROM spring_session WHERE principal_name = 'supplier'")).isZero();
        assertThat(visitor.get("/account").statusCode()).as("the expired session no longer signs in").isEqualTo(302);
    }

    @Test
    void bothInstancesAnswerTheHealthCheck() {
        for (int port : new int[] {portA, portB}) {
            Api.Response health = new Api(port).get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
        }
    }

    private static long count(String query) {
        return sql.sql(query).query(Long.class).single();
    }
}
