package org.palisade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.palisade.contributions.Contributions;
import org.palisade.platform.Paging;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plans of the contribution list's page query in each order the list offers, on ledgers of 5,000 and 200,000
 * contributions: prints EXPLAIN (ANALYZE) of a first and a late page for docs/BENCHMARKS.md. Run with:
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ContributionSortBenchmarkIT -Dbenchmark=true}
 */
@PalisadeTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ContributionSortBenchmarkIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void plansOfEverySortOfTheContributionList() {
        BenchmarkLedger ledger = new BenchmarkLedger(jdbc);
        List<UUID> nations = ledger.seed(fixtures);
        int filled = 0;
        for (int size : List.of(5_000, 200_000)) {
            ledger.fill(filled, size - filled, nations, false);
            filled = size;
            for (String key : Contributions.SORTABLE.keys()) {
                for (boolean desc : List.of(false, true)) {
                    for (int offset : List.of(0, 2_500)) {
                        Paging paging = Paging.of(offset / 25, 25, Contributions.SORTABLE.by(key, desc));
                        // the list's own statement as a visitor reads it (the visibility predicate included)
                        String sql = "EXPLAIN (ANALYZE, BUFFERS OFF, SUMMARY ON) SELECT c.id FROM contribution c WHERE "
                                + Visibility.contributionPredicate("c") + " ORDER BY " + paging.orderBy("c.id")
                                + " LIMIT 25 OFFSET " + paging.offset();
                        List<String> plan = jdbc.sql(sql).params(Visibility.parameters(Viewer.ANONYMOUS))
                                .query(String.class).list();
                        assertThat(plan).isNotEmpty();
                        System.out.printf("BENCHMARK | %,d contributions | sort=%s | offset %,d | %s | %s%n", size,
                                paging.sortText(), offset, plan.get(plan.size() - 1).strip(),
                                plan.stream().filter(l -> l.contains("Scan") || l.contains("Sort")).map(String::strip)
                                        .map(l -> l.replaceAll("\\(cost.*", "")).toList());
                    }
                }
            }
        }
    }
}
