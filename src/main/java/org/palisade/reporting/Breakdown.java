package org.palisade.reporting;

import java.util.List;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;

/**
 * Figures at one stage split into buckets (contributor, category or year), in one currency.
 *
 * @param undisclosed         contributions the viewer may not see, shown only as one sum when they come from
 *                            at least two contributors (null otherwise)
 * @param total               sum of the buckets and of {@code undisclosed}
 * @param includesUndisclosed true when {@code total} counts contributions the viewer may not see
 * @param withheld            true when some contributions were left out entirely: showing them, even as a sum,
 *                            would reveal one nation's confidential amount, or they are hidden from the viewer
 *                            and cannot be converted yet
 * @param notConverted        money the viewer may see that has no rate yet, per currency: not in any bucket
 *                            nor in the total, named beside them instead
 */
public record Breakdown(Stage stage, List<Bucket> buckets, Money undisclosed, Money total, boolean includesUndisclosed,
        boolean withheld, List<NotConverted> notConverted) {

    public Breakdown {
        buckets = List.copyOf(buckets);
        notConverted = List.copyOf(notConverted);
    }

    /** One bucket: a key (e.g. "DNK+NOR+SWE", "AIR_AND_MISSILE_DEFENCE", "2025") and its sum. */
    public record Bucket(String key, Money amount, int contributions) {
    }
}
