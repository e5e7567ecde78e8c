package org.palisade.packages;

import java.util.List;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;

/**
 * What a package's contributions add up to at each stage in the package's currency, as one viewer may see them,
 * read from summary rows instead of from every contribution.
 *
 * @param undisclosedLeftOut true when contributions the viewer may not see exist and are not counted here
 */
public record FundedTotals(Sum pledged, Sum committed, Sum paid, boolean undisclosedLeftOut) {

    /**
     * One stage: the money converted into the package's currency, and what waits for a rate (not in it).
     */
    public record Sum(Money converted, List<NotConverted> waiting) {

        public Sum {
            waiting = List.copyOf(waiting);
        }
    }
}
