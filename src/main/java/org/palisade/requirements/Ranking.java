package org.palisade.requirements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.palisade.platform.Violations;

/**
 * The ranking rule of a list version: n items hold the ranks 1..n, each exactly once. A priority list with two
 * "first" items or a missing third place cannot be read as an order, so such a ranking is refused whole.
 */
final class Ranking {

    private Ranking() {
    }

    /**
     * Checks the ranks given to n items in order; each item at fault is named by {@code field.apply(index)}
     * (e.g. {@code items[3].rank}).
     */
    static void check(List<Integer> ranks, IntFunction<String> field, Violations violations) {
        int n = ranks.size();
        Map<Integer, List<Integer>> holders = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Integer rank = ranks.get(i);
            if (rank == null) {
                violations.add(field.apply(i), "rank is required (1.." + n + ")");
            } else if (rank < 1) {
                violations.add(field.apply(i), "rank must be 1 or more (was " + rank + ")");
            } else {
                holders.computeIfAbsent(rank, r -> new ArrayList<>()).add(i);
                if (rank > n) {
                    violations.add(field.apply(i), "rank " + rank + " leaves a gap: " + n + " items take ranks 1.."
                            + n + " without gaps");
                }
            }
        }
        holders.forEach((rank, indexes) -> {
            if (indexes.size() > 1) {
                String who = String.join(", ", indexes.stream().map(field::apply).toList());
                indexes.forEach(i -> violations.add(field.apply(i),
                        "rank " + rank + " is given to " + indexes.size() + " items (" + who + "); each rank is unique"));
            }
        });
    }
}
