package org.palisade.requirements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.money.Money;

/**
 * What changed between two versions of the requirement list, requirement by requirement (matched by lineage,
 * not by item id, since every version has items of its own).
 *
 * @param added           requirements only in the newer version
 * @param removed         requirements only in the older version
 * @param reranked        requirements whose priority rank changed
 * @param quantityChanged requirements whose quantity or unit changed
 * @param costChanged     requirements whose unit cost estimate changed
 */
public record ListDiff(UUID fromListId, int fromNumber, UUID toListId, int toNumber, List<RequirementItem> added,
        List<RequirementItem> removed, List<Reranked> reranked, List<QuantityChanged> quantityChanged,
        List<CostChanged> costChanged) {

    public record Reranked(UUID lineage, String description, int fromRank, int toRank) {
    }

    public record QuantityChanged(UUID lineage, String description, Quantity from, Quantity to) {
    }

    public record CostChanged(UUID lineage, String description, Money from, Money to) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && reranked.isEmpty() && quantityChanged.isEmpty()
                && costChanged.isEmpty();
    }

    /** Changes that turn {@code from} into {@code to}; each list follows the newer version's ranks. */
    public static ListDiff between(RequirementList from, RequirementList to) {
        Map<UUID, RequirementItem> before = byLineage(from.items());
        Map<UUID, RequirementItem> after = byLineage(to.items());
        List<RequirementItem> added = to.items().stream().filter(i -> !before.containsKey(i.lineage())).toList();
        List<RequirementItem> removed = from.items().stream().filter(i -> !after.containsKey(i.lineage())).toList();
        List<RequirementItem> kept = to.items().stream().filter(i -> before.containsKey(i.lineage())).toList();
        List<Reranked> reranked = kept.stream()
                .filter(i -> before.get(i.lineage()).rank() != i.rank())
                .map(i -> new Reranked(i.lineage(), i.description(), before.get(i.lineage()).rank(), i.rank()))
                .toList();
        List<QuantityChanged> quantities = kept.stream()
                .filter(i -> !before.get(i.lineage()).quantity().equals(i.quantity()))
                .map(i -> new QuantityChanged(i.lineage(), i.description(), before.get(i.lineage()).quantity(),
                        i.quantity()))
                .toList();
        List<CostChanged> costs = kept.stream()
                .filter(i -> !before.get(i.lineage()).unitCost().equals(i.unitCost()))
                .map(i -> new CostChanged(i.lineage(), i.description(), before.get(i.lineage()).unitCost(),
                        i.unitCost()))
                .toList();
        return new ListDiff(from.id(), from.number(), to.id(), to.number(), added, removed, reranked, quantities,
                costs);
    }

    private static Map<UUID, RequirementItem> byLineage(List<RequirementItem> items) {
        return items.stream().collect(Collectors.toMap(RequirementItem::lineage, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }
}
