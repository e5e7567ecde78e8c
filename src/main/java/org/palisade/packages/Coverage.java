package org.palisade.packages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.palisade.money.Money;
import org.palisade.money.RateTable;

/**
 * How far a package's target value is covered at each stage: contributions converted to the package's
 * currency at the date of their stage, divided by the target. Surplus above the target is reported, never
 * dropped.
 *
 * @param undisclosedLeftOut true when contributions the viewer may not see exist and are not counted here
 */
public record Coverage(Money target, Stage pledged, Stage committed, Stage paid, boolean undisclosedLeftOut) {

    /** Total at one stage, its share of the target and what exceeds it. */
    public record Stage(Money total, BigDecimal ratio, Money surplus) {

        static Stage of(Money total, Money target) {
            BigDecimal ratio = total.amount().divide(target.amount(), 6, RoundingMode.HALF_EVEN);
            Money surplus = total.isGreaterThan(target) ? total.minus(target) : Money.zero(target.currency());
            return new Stage(total, ratio, surplus);
        }

        /** Percentage, rounded half-even to one decimal, for display. */
        public BigDecimal percent() {
            return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
        }

        public boolean isComplete() {
            return ratio.compareTo(BigDecimal.ONE) >= 0;
        }
    }

    public static Coverage of(Money target, List<Funding> fundings, RateTable rates, boolean undisclosedLeftOut) {
        return new Coverage(target,
                Stage.of(sum(target, fundings, rates, f -> f.pledged(), Funding::pledgedOn), target),
                Stage.of(sum(target, fundings, rates, f -> f.committed(), Funding::committedOn), target),
                Stage.of(sum(target, fundings, rates, f -> f.paid(), Funding::paidOn), target),
                undisclosedLeftOut);
    }

    private static Money sum(Money target, List<Funding> fundings, RateTable rates, Function<Funding, Money> amount,
            Function<Funding, LocalDate> date) {
        Money total = Money.zero(target.currency());
        for (Funding f : fundings) {
            Money m = amount.apply(f);
            if (m != null) {
                total = total.plus(rates.convert(m, target.currency(), date.apply(f)));
            }
        }
        return total;
    }
}
