package org.palisade.packages;

import java.util.List;
import org.palisade.money.Money;
import org.palisade.requirements.RequirementItem;

/**
 * One package as its page and the API's detail show it, read by {@link Packages#detail} in a fixed number of
 * statements whatever the package holds.
 *
 * @param coverage       coverage per stage as the viewer may see it (naming what it could not convert yet)
 * @param items          each item taken, with what the requirement list says of it when the viewer may read
 *                       that list, in the priority order of the list
 * @param estimatedValue the items' estimated value (unit cost × quantity) in the target's currency, or null
 *                       when an item is hidden from the viewer or a cost cannot be converted
 * @param moves          the moves the viewer may make now
 * @param mayAddItems    whether the viewer may add items now
 */
public record PackageDetail(AidPackage pkg, Coverage coverage, List<StatusChange> timeline,
        List<Line> items, Money estimatedValue, List<PackageStatus> moves, boolean mayAddItems) {

    public PackageDetail {
        items = List.copyOf(items);
        moves = List.copyOf(moves);
        timeline = List.copyOf(timeline);
    }

    /** An item taken and its requirement, or null when the list it belongs to is not disclosed to the viewer. */
    public record Line(PackageItem taken, RequirementItem requirement) {

        /** The estimated value of the quantity taken, in the requirement's currency. */
        public Money value() {
            return requirement == null ? null : requirement.unitCost().times(taken.quantity());
        }
    }

    /** Whether the target lies below the estimated value of the items: worth a second look before funding. */
    public boolean targetBelowItemsValue() {
        return estimatedValue != null && estimatedValue.isGreaterThan(pkg.target());
    }
}
