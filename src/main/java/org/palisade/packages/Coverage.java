package org.palisade.packages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;
import org.palisade.money.RateTable;

/**
 * How far a package's target value is covered at each stage: contributions converted to the package's
 * currency at the date of their stage, divided by the target. Surplus above the target is reported, never
 * dropped. Money that cannot be converted yet (no rate of its currency on its date) is not counted, and is
 * named at its stage instead: one contribution without a rate never hides the rest.
 *
 * @param undisclosedLeftOut true when contributions the viewer may not see exist and are not counted here
 */
public record Coverage(Money target, Stage pledged, Stage committed, Stage paid, boolean undisclosedLeftOut) {

    /**
     * Total at one stage, its share of the target and what exceeds it.
     *
     * @param notConverted money at this stage without a rate yet, per currency (not in {@code total})
     */
    public record Stage(Money total, BigDecimal ratio, Money surplus, List<NotConverted> notConverted) {

        public Stage {
            notConverted = List.copyOf(notConverted);
        }

        static Stage of(Money total, Money target) {
            return of(total, target, List.of());
        }

        static Stage of(Money total, Money target, List<NotConverted> notConverted) {
            BigDecimal ratio = total.amount().divide(target.amount(), 6, RoundingMode.HALF_EVEN);
            Money surplus = total.isGreaterThan(target) ? total.minus(target) : Money.zero(target.currency());
            return new Stage(total, ratio, surplus, NotConverted.perCurrency(notConverted));
        }

        /** Percentage, rounded half-even to one decimal, for display. */
        public BigDecimal percent() {
            return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
        }

        public boolean isComplete() {
            return ratio.compareTo(BigDecimal.ONE) >= 0;
        }
    }

    /** Money at any stage that has no rate yet, per currency, as pledged (the largest stage of each). */
    public List<NotConverted> notConverted() {
        if (!pledged.notConverted().isEmpty()) {
            return pledged.notConverted();
        }
        return !committed.notConverted().isEmpty() ? committed.notConverted() : paid.notConverted();
    }

    public static Coverage of(Money target, List<Funding> fundings, RateTable rates, boolean undisclosedLeftOut) {
        return new Coverage(target,
                stage(target, fundings, rates, Funding::pledged, Funding::pledgedOn),
                stage(target, fundings, rates, Funding::committed, Funding::committedOn),
                stage(target, fundings, rates, Funding::paid, Funding::paidOn),
                undisclosedLeftOut);
    }

    /** Coverage from sums already converted into the target's currency (see {@link FundingLedger#totalsOf}). */
    public static Coverage of(Money target, FundedTotals totals) {
        return new Coverage(target, stage(target, totals.pledged()), stage(target, totals.committed()),
                stage(target, totals.paid()), totals.undisclosedLeftOut());
    }

    private static Stage stage(Money target, FundedTotals.Sum sum) {
        return Stage.of(sum.converted(), target, sum.waiting());
    }

    private static Stage stage(Money target, List<Funding> fundings, RateTable rates, Function<Funding, Money> amount,
            Function<Funding, LocalDate> date) {
        Money total = Money.zero(target.currency());
        List<NotConverted> waiting = new ArrayList<>();
        for (Funding f : fundings) {
            Money m = amount.apply(f);
            if (m == null) {
                continue;
            }
            Optional<Money> converted = rates.converted(m, target.currency(), date.apply(f));
            if (converted.isPresent()) {
                total = total.plus(converted.get());
            } else {
                waiting.add(new NotConverted(m, 1, date.apply(f)));
            }
        }
        return Stage.of(total, target, waiting);
    }
}
