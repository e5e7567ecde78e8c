package org.palisade.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRate;
import org.palisade.money.ExchangeRates;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Coverage;
import org.palisade.packages.Packages;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.Disclosure;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Figures read from the summary rows kept by each change are the figures of every contribution converted
 * one by one; money without a rate is named beside them; concurrent changes lose nothing.
 */
@PalisadeTest
class FigureTotalsIT {

    private static final LocalDate DAY = LocalDate.of(2025, 8, 5);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Contributions contributions;
    @Autowired
    Packages packages;
    @Autowired
    ExchangeRates rates;
    @Autowired
    Figures figures;
    @Autowired
    FigureRepository repository;
    @Autowired
    JdbcClient jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private Contribution pledge(List<UUID> contributors, String amount, String currency, CapabilityCategory earmark,
            Disclosure disclosure, LocalDate on, UUID packageId) {
        return contributions.pledge(new Contributions.Pledge(contributors, Money.of(amount, currency), packageId,
                earmark, disclosure, on, null));
    }

    @Test
    void everyFigureFromTheSummaryIsTheFigureOfEveryContributionConvertedOneByOne() {
        fixtures.usdRates();
        UUID nld = fixtures.contributor("NLD");
        UUID deu = fixtures.contributor("DEU");
        UUID pol = fixtures.contributor("POL");
        // 1.25 EUR is 1.445 USD: a tie that half-even rounding takes to 1.44, in SQL as in Java
        pledge(List.of(nld), "1.25", "EUR", CapabilityCategory.values()[0], Disclosure.PUBLIC, DAY, null);
        pledge(List.of(deu, nld), "2500000", "USD", null, Disclosure.CONFIDENTIAL, DAY.plusYears(1), null);
        pledge(List.of(pol), "777.77", "USD", CapabilityCategory.values()[1], Disclosure.COALITION, DAY, null);
        Contribution paid = pledge(List.of(deu), "1000", "EUR", null, Disclosure.CONFIDENTIAL, DAY, null);
        contributions.commit(paid.id(), Money.of("900", "EUR"), DAY.plusDays(3), null);
        contributions.pay(paid.id(), Money.of("450.5", "EUR"), DAY.plusDays(9), null);

        List<Viewer> viewers = List.of(Viewer.SYSTEM, Viewer.ANONYMOUS,
                new Viewer(nld, Set.of(Role.CONTRIBUTOR), false), new Viewer(pol, Set.of(Role.CONTRIBUTOR), false),
                new Viewer(fixtures.coordinator(), Set.of(Role.COORDINATOR), false));
        List<FigureRepository.By> summaryKeys = List.of(FigureRepository.By.CONTRIBUTORS, FigureRepository.By.CATEGORY,
                FigureRepository.By.YEAR, FigureRepository.By.TOTAL);
        List<Function<ContributionRow, String>> rowKeys = List.of(r -> String.join("+", r.contributors()),
                r -> r.earmark() == null ? Figures.UNEARMARKED : r.earmark(),
                r -> String.valueOf(r.announcedOn().getYear()), r -> "ALL");
        for (Viewer viewer : viewers) {
            List<ContributionRow> rows = repository.rows(viewer);
            var table = rates.table(Set.of(CurrencyCode.EUR, CurrencyCode.USD));
            for (CurrencyCode currency : List.of(CurrencyCode.EUR, CurrencyCode.USD)) {
                var waiting = repository.waiting(viewer, List.of(currency), null);
                for (Stage stage : Stage.values()) {
                    for (int k = 0; k < rowKeys.size(); k++) {
                        var summary = repository.summary(viewer, List.of(currency), null, summaryKeys.get(k));
                        assertThat(Figures.fromSummary(summary, waiting, stage, currency))
                                .as("%s %s %s key %d", viewer, stage, currency, k)
                                .isEqualTo(Figures.breakdown(rows, stage, currency, table, rowKeys.get(k)));
                    }
                }
            }
        }
    }

    @Test
    void moneyWithoutARateIsNamedBesideTheFiguresAndCountedOnceItsRateIsRecorded() {
        fixtures.usdRates();
        UUID nld = fixtures.contributor("NLD");
        AidPackage p = packages.propose(new Packages.Proposal("Francs " + UUID.randomUUID(), Money.of("1000000", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        Breakdown before = figures.totals().get(Stage.PLEDGED).get(CurrencyCode.USD);
        pledge(List.of(nld), "1000", "EUR", null, Disclosure.PUBLIC, DAY, p.id());
        pledge(List.of(nld), "25000000", "CHF", null, Disclosure.PUBLIC, DAY, p.id());

        Breakdown waiting = figures.totals().get(Stage.PLEDGED).get(CurrencyCode.USD);
        assertThat(waiting.total().amount().subtract(before.total().amount())).isEqualByComparingTo("1156.00");
        assertThat(waiting.notConverted()).extracting(NotConverted::amount).contains(Money.of("25000000", "CHF"));
        assertThat(waiting.notConverted()).filteredOn(n -> n.amount().currency().code().equals("CHF"))
                .extracting(NotConverted::since).containsExactly(DAY);
        Coverage coverage = packages.coverage(p.id());
        assertThat(coverage.pledged().total()).isEqualTo(Money.of("1000", "EUR"));
        assertThat(coverage.notConverted()).containsExactly(new NotConverted(Money.of("25000000", "CHF"), 1, DAY));
        JsonNode json = new Api(port).get("/api/v1/figures/totals").json();
        assertThat(json.path("PLEDGED").path("USD").path("notConverted").toString()).contains("CHF");
        assertThat(new Api(port).get("/api/v1/packages/" + p.id() + "/coverage").json().path("pledged")
                .path("notConverted").toString()).contains("CHF");
        Api.Response page = new Api(port).get("/packages/" + p.id());
        assertThat(page.body()).contains("Not counted yet").contains("CHF");
        assertThat(new Api(port).get("/").body()).contains("is not in these totals yet");

        rates.record(new ExchangeRate(CurrencyCode.of("CHF"), LocalDate.of(2025, 8, 1), new BigDecimal("0.95"), "test"));

        Breakdown converted = figures.totals().get(Stage.PLEDGED).get(CurrencyCode.USD);
        // 25,000,000 CHF ÷ 0.95 × 1.1560, rounded half-even to cents
        assertThat(converted.total().amount().subtract(waiting.total().amount())).isEqualByComparingTo("30421052.63");
        assertThat(converted.notConverted()).extracting(n -> n.amount().currency().code()).doesNotContain("CHF");
        assertThat(packages.coverage(p.id()).pledged().total()).isEqualTo(Money.of("26316789.47", "EUR"));
    }

    @Test
    void concurrentPledgesAndRateChangesLoseNothingFromTheTotals() throws Exception {
        fixtures.usdRates();
        UUID nld = fixtures.contributor("NLD");
        BigDecimal before = figures.totals().get(Stage.PLEDGED).get(CurrencyCode.EUR).total().amount();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            writers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 20; i++) {
                    pledge(List.of(nld), "10", "EUR", null, Disclosure.PUBLIC, DAY, null);
                }
            }, threads));
        }
        // a rate keeper re-records the dollar meanwhile: every USD conversion of those dates is redone
        writers.add(CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10; i++) {
                rates.record(new ExchangeRate(CurrencyCode.USD, LocalDate.of(2025, 8, 1),
                        new BigDecimal(i % 2 == 0 ? "1.1700" : "1.1560"), "test"));
            }
        }, threads));
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get();

        BigDecimal after = figures.totals().get(Stage.PLEDGED).get(CurrencyCode.EUR).total().amount();
        assertThat(after.subtract(before)).isEqualByComparingTo("1600");
        // the totals are the sum of the values they summarise, and every value is converted with today's rates
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (SELECT stage, target, sum(amount) AS amount, sum(contributions) AS n
                                      FROM contribution_total GROUP BY stage, target) t
                FULL JOIN (SELECT stage, target, sum(amount) AS amount, count(amount) AS n
                           FROM contribution_value GROUP BY stage, target) v USING (stage, target)
                WHERE t.amount IS DISTINCT FROM v.amount OR t.n IS DISTINCT FROM v.n""").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM contribution_value v
                WHERE v.amount IS DISTINCT FROM CASE WHEN v.currency = v.target THEN v.original
                      ELSE converted_amount(v.original, units_per_eur(v.currency, v.stage_on),
                                            units_per_eur(v.target, v.stage_on), 2) END""").query(Long.class).single())
                .isZero();
    }
}
