package org.palisade.sustainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.sustainment.SupplyOutlook.Stock;

/** The supply rules of one consumable, as {@link SupplyOutlook} states them. */
class DaysOfSupplyTest {

    static final LocalDate LAST_REPORT = LocalDate.of(2025, 10, 1);

    static SupplyOutlook outlook(long stock, String usePerDay, long onOrder) {
        return new SupplyOutlook(new Stock(stock, 0, 0, 0), new BigDecimal(usePerDay), LAST_REPORT, onOrder);
    }

    @Test
    void stockIsConfirmedDeliveriesPlusOutsideStockLessUseAndLosses() {
        assertThat(new Stock(30, 12, 7, 2).onHand()).isEqualTo(33);
    }

    @Test
    void usePerDayIsTheSumOverFieldedPlatformsOfCountTimesTheirRateAtTheIntensity() {
        UUID fireUnit = UUID.randomUUID();
        UUID launcher = UUID.randomUUID();
        UUID interceptor = UUID.randomUUID();
        List<ConsumableUse> uses = List.of(
                new ConsumableUse(fireUnit, interceptor, UseRates.of("0.25", "0.5", "2")),
                new ConsumableUse(launcher, interceptor, UseRates.of("0", "1", "3")));
        Map<UUID, Long> fielded = Map.of(fireUnit, 2L, launcher, 3L);

        assertThat(SupplyOutlook.usePerDay(fielded, uses, Intensity.LOW)).isEqualByComparingTo("0.5");
        assertThat(SupplyOutlook.usePerDay(fielded, uses, Intensity.NORMAL)).isEqualByComparingTo("4");
        assertThat(SupplyOutlook.usePerDay(fielded, uses, Intensity.HIGH)).isEqualByComparingTo("13");
    }

    @Test
    void aPlatformNotFieldedUsesNothing() {
        UUID fireUnit = UUID.randomUUID();
        List<ConsumableUse> uses = List.of(new ConsumableUse(fireUnit, UUID.randomUUID(), UseRates.of("1", "2", "3")));
        assertThat(SupplyOutlook.usePerDay(Map.of(), uses, Intensity.HIGH)).isEqualByComparingTo("0");
    }

    @Test
    void daysOfSupplyAreStockOverUsePerDayInWholeDaysRoundedDown() {
        assertThat(outlook(30, "4", 0).daysOfSupply()).contains(7L);
        assertThat(outlook(28, "4", 0).daysOfSupply()).contains(7L);
        assertThat(outlook(3, "0.5", 0).daysOfSupply()).contains(6L);
    }

    @Test
    void theRunOutDateIsThatManyDaysAfterTheLastStockReport() {
        assertThat(outlook(30, "4", 0).runOut()).contains(LocalDate.of(2025, 10, 8));
    }

    @Test
    void aConsumableNothingUsesHasNoDaysOfSupplyAndNoRunOutDateNeverADivisionByZero() {
        SupplyOutlook idle = outlook(30, "0", 0);
        assertThat(idle.consumed()).isFalse();
        assertThat(idle.daysOfSupply()).isEmpty();
        assertThat(idle.runOut()).isEmpty();
        assertThat(idle.shortfall(90, 0)).isZero();
    }

    @Test
    void noStockLeftRunsOutOnTheLastStockReport() {
        assertThat(outlook(0, "1", 0).daysOfSupply()).contains(0L);
        assertThat(new SupplyOutlook(new Stock(5, 0, 9, 0), BigDecimal.ONE, LAST_REPORT, 0).runOut())
                .contains(LAST_REPORT);
    }

    @Test
    void withoutAnyStockReportThereIsNoRunOutDate() {
        assertThat(new SupplyOutlook(new Stock(0, 0, 0, 0), BigDecimal.ONE, null, 0).runOut()).isEmpty();
    }

    @Test
    void theShortfallBringsStockPlusOnOrderUpToTheDaysOfSupplyRoundedUpToWholeUnits() {
        // 90 days at 0.5 a day = 45; 30 on hand and 10 on order leave 5
        assertThat(outlook(30, "0.5", 10).shortfall(90, 0)).isEqualTo(5);
        // 90 days at 0.33 a day = 29.7, asked for as 30
        assertThat(outlook(0, "0.33", 0).shortfall(90, 0)).isEqualTo(30);
    }

    @Test
    void whatTheDraftAlreadyAsksForCountsAsCovered() {
        assertThat(outlook(30, "0.5", 10).shortfall(90, 5)).isZero();
        assertThat(outlook(30, "0.5", 10).shortfall(90, 2)).isEqualTo(3);
    }

    @Test
    void negativeStockIsNeverCountedAsCoverBelowZero() {
        SupplyOutlook overdrawn = new SupplyOutlook(new Stock(5, 0, 9, 0), BigDecimal.ONE, LAST_REPORT, 0);
        assertThat(overdrawn.shortfall(10, 0)).isEqualTo(10);
    }

    @Test
    void soonestRunOutComesFirstNeverReportedStockBeforeAnyAndConsumablesNothingUsesLast() {
        SupplyOutlook later = outlook(100, "1", 0);
        SupplyOutlook sooner = outlook(10, "1", 0);
        SupplyOutlook idle = outlook(5, "0", 0);
        SupplyOutlook neverReported = new SupplyOutlook(new Stock(0, 0, 0, 0), BigDecimal.ONE, null, 0);
        List<SupplyOutlook> ranked = new ArrayList<>(List.of(idle, later, sooner, neverReported));
        ranked.sort(SupplyOutlook.SOONEST_RUN_OUT_FIRST);
        assertThat(ranked).containsExactly(neverReported, sooner, later, idle);
    }

    @Test
    void ratesRiseWithIntensityAndAreNeverNegative() {
        assertThatThrownBy(() -> UseRates.of("2", "1", "3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UseRates.of("1", "2", "1.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DailyRate.of("-0.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DailyRate.of("0.12345")).isInstanceOf(IllegalArgumentException.class);
        assertThat(UseRates.of("0", "0", "0").at(Intensity.HIGH).isZero()).isTrue();
        assertThat(DailyRate.of("1.50").value()).isEqualTo("1.5");
    }
}
