package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palisade.PalisadeApplication;
import org.palisade.testing.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Palisade killed the hard way ({@code kill -9}) on its embedded database: the next start succeeds at the
 * first attempt, no pledge is lost or recorded twice, and a running Palisade's database is never touched
 * by a second one.
 */
class EmbeddedDatabaseCrashIT {

    static final int PLEDGES = 200;
    static final int THREADS = 8;
    static final int KILL_AFTER_ANSWERS = 75;
    /** Pledge i is for this amount plus i euros, so each one can be counted in the ledger. */
    static final BigDecimal FIRST_AMOUNT = new BigDecimal("7310000.17");

    @TempDir
    Path dir;
    final List<ForkedPalisade> started = new ArrayList<>();

    @AfterEach
    void stopWhatStillRuns() throws InterruptedException {
        for (ForkedPalisade palisade : started) {
            palisade.close();
        }
    }

    private ForkedPalisade start(Path data, int databasePort, String name) throws Exception {
        ForkedPalisade palisade = ForkedPalisade.start(data, databasePort, dir.resolve(name + ".log"));
        started.add(palisade);
        return palisade;
    }

    record Pledge(String key, BigDecimal amount) {
        Map<String, Object> body() {
            return Map.of("contributors", List.of("NLD"), "amount", Map.of("amount", amount.toPlainString(),
                    "currency", "EUR"), "disclosure", "PUBLIC", "announcedOn", "2025-09-01");
        }
    }

    private static Optional<Api.Response> send(Api api, Pledge pledge) {
        try {
            return Optional.of(api.post("/api/v1/contributions", pledge.body(), Map.of("Idempotency-Key", pledge.key())));
        } catch (IllegalStateException e) {
            return Optional.empty(); // no answer: the server was killed before or while it answered
        }
    }

    @Test
    void everyPledgeIsRecordedExactlyOnceWhenPalisadeIsKilledAmidPledgesAndStartedAgain() throws Exception {
        Path data = dir.resolve("data");
        int databasePort = ForkedPalisade.freePort();
        ForkedPalisade first = start(data, databasePort, "first");
        long before = JdbcClient.create(first.database()).sql("SELECT count(*) FROM contribution")
                .query(Long.class).single();
        List<Pledge> pledges = IntStream.range(0, PLEDGES)
                .mapToObj(i -> new Pledge(UUID.randomUUID().toString(), FIRST_AMOUNT.add(BigDecimal.valueOf(i))))
                .toList();

        Api contributor = new Api(first.port()).as("contributor-nld", "palisade-demo");
        Map<String, Api.Response> answered = new ConcurrentHashMap<>();
        CountDownLatch enoughAnswers = new CountDownLatch(KILL_AFTER_ANSWERS);
        ExecutorService senders = Executors.newFixedThreadPool(THREADS);
        for (Pledge pledge : pledges) {
            senders.submit(() -> send(contributor, pledge).ifPresent(answer -> {
                answered.put(pledge.key(), answer);
                enoughAnswers.countDown();
            }));
        }
        assertThat(enoughAnswers.await(5, TimeUnit.MINUTES)).as(first.log()).isTrue();
        ProcessHandle server = first.server().orElseThrow();
        // Its watchdog dies with it, so its server is left running: the next start has to deal with it.
        first.killWithItsChildren();
        senders.shutdown();
        assertThat(senders.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(answered.values()).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        assertThat(answered).as("answered before the kill").hasSizeLessThan(PLEDGES);
        assertThat(server.isAlive()).as("the killed Palisade's server still runs").isTrue();

        long restarting = System.nanoTime();
        ForkedPalisade second = start(data, databasePort, "second");
        long restartMillis = (System.nanoTime() - restarting) / 1_000_000;
        assertThat(server.isAlive()).as("the leftover server was stopped").isFalse();
        Api again = new Api(second.port()).as("contributor-nld", "palisade-demo");
        int retried = 0;
        int replayed = 0;
        for (Pledge pledge : pledges) {
            if (!answered.containsKey(pledge.key())) {
                retried++;
                Api.Response answer = again.post("/api/v1/contributions", pledge.body(),
                        Map.of("Idempotency-Key", pledge.key()));
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                // committed before the kill, but its answer never arrived
                replayed += answer.raw().headers().firstValue("Idempotent-Replayed").isPresent() ? 1 : 0;
            }
        }

        JdbcClient ledger = JdbcClient.create(second.database());
        List<BigDecimal> recorded = ledger.sql("""
                SELECT pledged_amount FROM contribution
                WHERE pledged_amount BETWEEN :first AND :last AND currency = 'EUR' ORDER BY pledged_amount""")
                .param("first", FIRST_AMOUNT).param("last", FIRST_AMOUNT.add(BigDecimal.valueOf(PLEDGES - 1)))
                .query(BigDecimal.class).list();
        assertThat(recorded).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(pledges.stream().map(Pledge::amount).toList());
        assertThat(ledger.sql("SELECT count(*) FROM contribution").query(Long.class).single())
                .isEqualTo(before + PLEDGES);
        for (Pledge pledge : pledges) {
            if (answered.containsKey(pledge.key())) {
                UUID id = UUID.fromString(answered.get(pledge.key()).json().path("id").asText());
                assertThat(ledger.sql("SELECT pledged_amount FROM contribution WHERE id = :id").param("id", id)
                        .query(BigDecimal.class).single()).as("the pledge answered before the kill")
                        .isEqualByComparingTo(pledge.amount());
            }
        }
        assertThat(auditVerification(second)).as("audit chain").containsEntry("ok", true);
        System.out.printf("CRASH | %d pledges from %d threads | answered before SIGKILL %d | restart on the first "
                + "attempt, leftover server stopped, %d ms to serving | retried %d with their keys, %d of them "
                + "committed before the kill and replayed | recorded %d, each once | audit chain verifies%n",
                PLEDGES, THREADS, answered.size(), restartMillis, retried, replayed, recorded.size());
    }

    /** Waits for the sequencer to chain the entries written before and after the kill. */
    private static Map<String, Object> auditVerification(ForkedPalisade palisade) throws InterruptedException {
        Api auditor = new Api(palisade.port()).as("auditor", "palisade-demo");
        Map<String, Object> verification = Map.of();
        for (int attempt = 0; attempt < 60; attempt++) {
            Api.Response answer = auditor.get("/api/v1/audit/verification");
            verification = Map.of("status", answer.status(), "ok", answer.json().path("ok").asBoolean(),
                    "answer", answer.body());
            if (Boolean.TRUE.equals(verification.get("ok"))) {
                return verification;
            }
            Thread.sleep(500);
        }
        return verification;
    }

    @Test
    void aRunningPalisadeKeepsItsDatabaseAgainstASecondStartAndItsServerEndsSoonAfterAKill() throws Exception {
        Path data = dir.resolve("data");
        ForkedPalisade owner = start(data, ForkedPalisade.freePort(), "owner");
        ProcessHandle server = owner.server().orElseThrow();

        assertThatThrownBy(() -> new SpringApplicationBuilder(PalisadeApplication.class).run("--server.port=0",
                "--palisade.data-dir=" + data, "--palisade.demo-data=false", "--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(DataDirectoryInUse.class)
                .rootCause().hasMessageContaining("in use by a running Palisade (process " + owner.pid());
        assertThat(owner.server()).as("the owner's server, untouched").contains(server);
        assertThat(new Api(owner.port()).as("contributor-nld", "palisade-demo").get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(Files.readString(data.resolve(DataDirectoryOwner.FILE_NAME))).contains("pid=" + owner.pid());

        owner.kill();
        // Its watchdog stops the server, so nothing holds the directory or the port for long.
        assertThat(server.onExit()).succeedsWithin(java.time.Duration.ofMinutes(1));
    }
}
