package org.palisade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.palisade.PalisadeApplication;
import org.palisade.testing.PageClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * What keeping page sessions in PostgreSQL costs a signed-in page request: the same pages on two instances
 * on one database, one with the JDBC session store and one with the servlet container's memory sessions,
 * timed in interleaved rounds; and the store's own round trip (load and save of one session). Prints figures
 * for docs/BENCHMARKS.md and asserts only that every answer was right. Run with:
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PageSessionBenchmarkIT -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PageSessionBenchmarkIT {

    static final int ROUNDS = 6;
    static final int REQUESTS_PER_ROUND = 150;
    static final List<String> PAGES = List.of("/account", "/packages");

    @Test
    void signedInPagesWithSessionsInPostgreSqlAndInMemory() throws Exception {
        Path dir = Files.createTempDirectory("palisade-session-bench-");
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("db"))
                .setCleanDataDirectory(true).start()) {
            String url = database.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext jdbc = start(url);
                    ConfigurableApplicationContext memory = start(url, "--spring.autoconfigure.exclude="
                            + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")) {
                assertThat(memory.getBeansOfType(JdbcIndexedSessionRepository.class)).isEmpty();
                Map<String, PageClient> browsers = new LinkedHashMap<>();
                browsers.put("memory", signedIn(memory));
                browsers.put("jdbc", signedIn(jdbc));
                Map<String, List<Double>> times = new LinkedHashMap<>();
                for (int round = 0; round <= ROUNDS; round++) {
                    for (String page : PAGES) {
                        for (Map.Entry<String, PageClient> browser : browsers.entrySet()) {
                            List<Double> these = new ArrayList<>();
                            for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
                                long start = System.nanoTime();
                                int status = browser.getValue().get(page).statusCode();
                                these.add((System.nanoTime() - start) / 1e6);
                                assertThat(status).as(page).isEqualTo(200);
                            }
                            if (round > 0) { // round 0 warms up
                                times.computeIfAbsent(page + " " + browser.getKey(), k -> new ArrayList<>()).addAll(these);
                            }
                        }
                    }
                }
                times.forEach((what, ms) -> report("GET " + what, ms));
                report("session load + save in PostgreSQL", storeRoundTrips(jdbc.getBean(JdbcIndexedSessionRepository.class)));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the repository's session class is not public
    private static List<Double> storeRoundTrips(JdbcIndexedSessionRepository repository) {
        SessionRepository sessions = repository;
        Session session = sessions.createSession();
        session.setAttribute("probe", "x");
        sessions.save(session);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 1000 + ROUNDS * REQUESTS_PER_ROUND; i++) {
            long start = System.nanoTime();
            Session loaded = sessions.findById(session.getId());
            loaded.setLastAccessedTime(Instant.now());
            sessions.save(loaded);
            if (i >= 1000) {
                ms.add((System.nanoTime() - start) / 1e6);
            }
        }
        return ms;
    }

    private static ConfigurableApplicationContext start(String url, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--palisade.demo-data=true",
                "--palisade.audit.sequencer-enabled=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(PalisadeApplication.class).run(args.toArray(String[]::new));
    }

    private static PageClient signedIn(ConfigurableApplicationContext app) {
        PageClient browser = new PageClient(((WebServerApplicationContext) app).getWebServer().getPort());
        assertThat(browser.signIn("coordinator", "palisade-demo").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser;
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("BENCHMARK %-40s runs %5d  median %7.2f ms  p95 %7.2f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)));
    }
}
