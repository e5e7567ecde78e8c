package org.palisade.sustainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The supply rules of one consumable, at one intensity:
 * <ul>
 *   <li><b>stock</b> = confirmed deliveries + stock recorded from outside the ledger − reported use − reported
 *       losses;</li>
 *   <li><b>use per day</b> = Σ over fielded platforms using it of (count × that platform's rate at the
 *       intensity);</li>
 *   <li><b>days of supply</b> = stock ÷ use per day, in whole days (rounded down: a part day of stock does not
 *       last the day); none when nothing uses it;</li>
 *   <li><b>run-out date</b> = the last stock report plus that many days. The last stock report is the latest
 *       date of anything that fixed the stock: an outside stock, use or loss report of this consumable, or a
 *       confirmed delivery of it (its day of receipt);</li>
 *   <li><b>shortfall</b> for N days = what brings stock (never counted below zero) + on order up to N days of use
 *       per day (rounded up to whole units), less what is already asked for.</li>
 * </ul>
 *
 * @param stock      what is on hand by the reports
 * @param usePerDay  at the intensity, zero when no fielded platform uses it
 * @param lastReport the last stock report, or null when there is none
 * @param onOrder    funded or contracted package quantities not yet confirmed
 */
public record SupplyOutlook(Stock stock, BigDecimal usePerDay, LocalDate lastReport, long onOrder) {

    /** What fixes a consumable's stock, in whole units. */
    public record Stock(long delivered, long outside, long used, long lost) {

        public long onHand() {
            return delivered + outside - used - lost;
        }
    }

    /**
     * Soonest run-out first. A consumable in use whose stock was never reported has nothing on hand to count on,
     * so it comes before every dated one; consumables nothing uses (no run-out) come last.
     */
    public static final Comparator<SupplyOutlook> SOONEST_RUN_OUT_FIRST = Comparator.comparing(
            (SupplyOutlook o) -> o.consumed() ? o.runOut().orElse(LocalDate.MIN) : null,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public SupplyOutlook {
        usePerDay = usePerDay == null ? BigDecimal.ZERO : usePerDay;
    }

    /**
     * Σ over the fielded platforms of (count × rate at the intensity) of one consumable.
     *
     * @param fielded the number of each platform fielded
     * @param uses    the consumable's use by each platform
     */
    public static BigDecimal usePerDay(Map<UUID, Long> fielded, Collection<ConsumableUse> uses, Intensity intensity) {
        BigDecimal total = BigDecimal.ZERO;
        for (ConsumableUse use : uses) {
            long count = Math.max(0, fielded.getOrDefault(use.platform(), 0L));
            total = total.add(use.rates().at(intensity).perDay().multiply(BigDecimal.valueOf(count)));
        }
        return total;
    }

    /** Whether any fielded platform uses the consumable at this intensity. */
    public boolean consumed() {
        return usePerDay.signum() > 0;
    }

    /** Whole days the stock lasts; empty when nothing uses the consumable (never a division by zero). */
    public Optional<Long> daysOfSupply() {
        if (!consumed()) {
            return Optional.empty();
        }
        long onHand = stock.onHand();
        if (onHand <= 0) {
            return Optional.of(0L);
        }
        return Optional.of(BigDecimal.valueOf(onHand).divide(usePerDay, 0, RoundingMode.FLOOR).longValueExact());
    }

    /** The day the stock runs out: the last stock report plus the days of supply; empty when not consumed. */
    public Optional<LocalDate> runOut() {
        if (lastReport == null) {
            return Optional.empty();
        }
        return daysOfSupply().map(lastReport::plusDays);
    }

    /** Whether the stock runs out before {@code day}. */
    public boolean runsOutBefore(LocalDate day) {
        return runOut().map(d -> d.isBefore(day)).orElse(false);
    }

    /**
     * What to ask for so that stock + on order + what is already asked for lasts {@code days} days of use:
     * zero when it already does or nothing uses the consumable.
     *
     * @param alreadyAsked quantities of it already in the draft of the requirement list
     */
    public long shortfall(int days, long alreadyAsked) {
        if (!consumed()) {
            return 0;
        }
        long needed = usePerDay.multiply(BigDecimal.valueOf(days)).setScale(0, RoundingMode.CEILING).longValueExact();
        long covered = Math.max(0, stock.onHand()) + onOrder + alreadyAsked;
        return Math.max(0, needed - covered);
    }
}
