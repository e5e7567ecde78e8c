package org.palisade.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRate;
import org.palisade.money.ExchangeRates;
import org.palisade.money.Money;
import org.palisade.security.Disclosure;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A package's coverage read from its summary rows is the coverage of its contributions converted one by one, for
 * every viewer, after pledges, stages, a withdrawal, a correction, a rate recorded late and concurrent pledges.
 */
@PalisadeTest
class PackageFundingTotalsIT {

    private static final LocalDate DAY = LocalDate.of(2025, 8, 5);

    @Autowired
    Fixtures fixtures;
    @Autowired
    Contributions contributions;
    @Autowired
    Packages packages;
    @Autowired
    FundingLedger ledger;
    @Autowired
    ExchangeRates rates;

    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private AidPackage proposed(String currency) {
        return packages.propose(new Packages.Proposal("Summed " + UUID.randomUUID(), Money.of("5000000", currency),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
    }

    private Contribution pledge(List<UUID> contributors, String amount, String currency, Disclosure disclosure,
            LocalDate on, UUID packageId) {
        return contributions.pledge(new Contributions.Pledge(contributors, Money.of(amount, currency), packageId,
                null, disclosure, on, null));
    }

    /** The coverage the summary rows give, against the coverage worked out from every contribution. */
    private void assertSummedAsWorkedOut(List<AidPackage> list, List<Viewer> viewers) {
        List<UUID> ids = list.stream().map(AidPackage::id).toList();
        Map<UUID, CurrencyCode> targets = new LinkedHashMap<>();
        list.forEach(p -> targets.put(p.id(), p.target().currency()));
        Set<CurrencyCode> currencies = new HashSet<>(List.of(CurrencyCode.EUR, CurrencyCode.USD,
                CurrencyCode.of("GBP"), CurrencyCode.of("RON")));
        for (Viewer viewer : viewers) {
            Map<UUID, FundedTotals> summed = ledger.totalsOf(targets, viewer);
            Map<UUID, List<Funding>> funding = ledger.fundingOf(ids, viewer);
            Set<UUID> hidden = ledger.withUndisclosedFunding(ids, viewer);
            var table = rates.table(currencies);
            for (AidPackage p : list) {
                Coverage oneByOne = Coverage.of(p.target(), funding.getOrDefault(p.id(), List.of()), table,
                        hidden.contains(p.id()));
                assertThat(Coverage.of(p.target(), summed.get(p.id()))).as("%s, %s", viewer, p.name())
                        .isEqualTo(oneByOne);
            }
        }
    }

    @Test
    void coverageFromTheSummaryIsCoverageOfEveryContributionConvertedOneByOne() {
        fixtures.usdRates();
        UUID nld = fixtures.contributor("NLD");
        UUID deu = fixtures.contributor("DEU");
        UUID pol = fixtures.contributor("POL");
        AidPackage inUsd = proposed("USD");
        AidPackage inEur = proposed("EUR");
        AidPackage empty = proposed("USD");
        for (AidPackage p : List.of(inUsd, inEur)) {
            pledge(List.of(nld), "1.25", "EUR", Disclosure.PUBLIC, DAY, p.id());
            pledge(List.of(deu, nld), "2500000", "USD", Disclosure.CONFIDENTIAL, DAY.plusDays(1), p.id());
            pledge(List.of(pol), "777.77", "USD", Disclosure.COALITION, DAY, p.id());
            // no rate of RON yet: named beside the coverage, never counted
            pledge(List.of(pol), "3000", "RON", Disclosure.PUBLIC, DAY.plusDays(2), p.id());
            Contribution paid = pledge(List.of(deu), "1000", "EUR", Disclosure.CONFIDENTIAL, DAY, p.id());
            contributions.commit(paid.id(), Money.of("900", "EUR"), DAY.plusDays(3), null);
            contributions.pay(paid.id(), Money.of("450.5", "EUR"), DAY.plusDays(9), null);
            Contribution withdrawn = pledge(List.of(nld), "640", "EUR", Disclosure.PUBLIC, DAY, p.id());
            contributions.withdraw(withdrawn.id(), "announced twice", null);
            Contribution corrected = pledge(List.of(nld), "800", "EUR", Disclosure.CONFIDENTIAL, DAY, p.id());
            contributions.correct(corrected.id(), Money.of("812.40", "EUR"), DAY.plusDays(1), "typo", null);
        }
        List<Viewer> viewers = List.of(Viewer.SYSTEM, Viewer.ANONYMOUS,
                new Viewer(nld, Set.of(Role.CONTRIBUTOR), false), new Viewer(pol, Set.of(Role.CONTRIBUTOR), false),
                new Viewer(deu, Set.of(Role.CONTRIBUTOR), false),
                new Viewer(fixtures.coordinator(), Set.of(Role.COORDINATOR), false));
        List<AidPackage> all = List.of(inUsd, inEur, empty);
        assertSummedAsWorkedOut(all, viewers);
        assertThat(packages.coverage(inUsd.id()).notConverted()).extracting(n -> n.amount())
                .containsExactly(Money.of("3000", "RON"));
        assertThat(packages.coverage(empty.id()).pledged().total()).isEqualTo(Money.of("0", "USD"));

        // a rate recorded afterwards converts the waiting lei in the package's sums too
        rates.record(new ExchangeRate(CurrencyCode.of("RON"), DAY.minusDays(1), new BigDecimal("4.9712"), "test"));
        assertSummedAsWorkedOut(all, viewers);
        assertThat(packages.coverage(inUsd.id()).notConverted()).isEmpty();
    }

    @Test
    void concurrentPledgesToOnePackageAreEachCountedOnce() throws Exception {
        fixtures.usdRates();
        UUID nld = fixtures.contributor("NLD");
        AidPackage p = proposed("USD");
        List<CompletableFuture<Contribution>> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> pledge(List.of(nld), "1000.01", "USD", Disclosure.PUBLIC,
                    DAY, p.id()), threads));
        }
        for (CompletableFuture<Contribution> f : sent) {
            f.get();
        }
        assertThat(packages.coverage(p.id()).pledged().total()).isEqualTo(Money.of("40000.40", "USD"));
        assertSummedAsWorkedOut(List.of(p), List.of(Viewer.SYSTEM, Viewer.ANONYMOUS));
    }
}
