package org.palisade.packages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.requirements.ListStatus;
import org.palisade.requirements.RequirementItem;

/**
 * The packages module's main rule: a package takes items of the approved requirement list only, and of each
 * item no more than the live packages (all but cancelled ones) have left of its quantity. Quantities asked twice
 * in one request count together.
 */
final class Allocation {

    private Allocation() {
    }

    /** One requested line the rule refuses: its index in the request and whether its item or quantity is at fault. */
    record Refused(int index, String part, PackageRefusal refusal) {

        /** The field as the API names it, e.g. {@code items[2].quantity}. */
        String field() {
            return "items[" + index + "]." + part;
        }
    }

    /**
     * @param requested the lines asked for, in order
     * @param items     the requirement items they name, by id (an id absent here is unknown)
     * @param taken     what live packages already hold of each item
     * @return every line at fault; none when the whole request may be allocated
     */
    static List<Refused> check(List<PackageItem> requested, Map<UUID, RequirementItem> items, Map<UUID, Long> taken) {
        List<Refused> refused = new ArrayList<>();
        Map<UUID, Long> askedSoFar = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            PackageItem line = requested.get(i);
            RequirementItem item = items.get(line.requirementItemId());
            if (item == null) {
                refused.add(new Refused(i, "item", new PackageRefusal.UnknownItem(line.requirementItemId())));
                continue;
            }
            if (item.listStatus() != ListStatus.APPROVED) {
                refused.add(new Refused(i, "item", new PackageRefusal.ItemNotApproved(item.description(),
                        item.listNumber(), item.listStatus())));
                continue;
            }
            long left = item.quantity().value() - taken.getOrDefault(item.id(), 0L)
                    - askedSoFar.getOrDefault(item.id(), 0L);
            if (line.quantity() > left) {
                refused.add(new Refused(i, "quantity", new PackageRefusal.QuantityLeft(item.description(),
                        Math.max(left, 0), item.quantity().unit(), line.quantity())));
            }
            askedSoFar.merge(item.id(), line.quantity(), Long::sum);
        }
        return refused;
    }
}
