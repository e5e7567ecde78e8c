package org.palisade.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.money.RatesForTests;

/** The rule that keeps one nation's confidential amount from being worked out of an aggregate. */
class FiguresDisclosureTest {

    private static final LocalDate DAY = LocalDate.of(2025, 8, 4);

    private static ContributionRow row(String contributor, String amount, boolean visible) {
        return new ContributionRow(UUID.randomUUID(), List.of(contributor), null, DAY, visible,
                Money.of(amount, "EUR"), DAY, null, null, null, null);
    }

    private static Breakdown byContributor(List<ContributionRow> rows) {
        return Figures.breakdown(rows, Stage.PLEDGED, CurrencyCode.EUR, RatesForTests.none(), r -> r.lead());
    }

    @Test
    void aHiddenContributionNeverAppearsUnderItsContributor() {
        Breakdown b = byContributor(List.of(row("NLD", "100", true), row("DEU", "50", false), row("CAN", "30", false)));
        assertThat(b.buckets()).extracting(Breakdown.Bucket::key).containsExactly("NLD");
        assertThat(b.undisclosed()).isEqualTo(Money.of("80", "EUR"));
        assertThat(b.total()).isEqualTo(Money.of("180", "EUR"));
        assertThat(b.includesUndisclosed()).isTrue();
    }

    @Test
    void aSingleHiddenContributorIsLeftOutEvenFromTheTotal() {
        Breakdown b = byContributor(List.of(row("NLD", "100", true), row("DEU", "50", false), row("DEU", "20", false)));
        assertThat(b.undisclosed()).isNull();
        assertThat(b.total()).isEqualTo(Money.of("100", "EUR"));
        assertThat(b.includesUndisclosed()).isFalse();
        assertThat(b.withheld()).isTrue();
    }

    @Test
    void aViewerWhoSeesEverythingGetsPlainBuckets() {
        Breakdown b = byContributor(List.of(row("NLD", "100", true), row("NLD", "5", true), row("DEU", "50", true)));
        assertThat(b.buckets()).extracting(Breakdown.Bucket::key).containsExactly("NLD", "DEU");
        assertThat(b.buckets().get(0).contributions()).isEqualTo(2);
        assertThat(b.withheld()).isFalse();
        assertThat(b.undisclosed()).isNull();
    }
}
