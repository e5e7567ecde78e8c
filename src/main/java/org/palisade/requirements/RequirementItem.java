package org.palisade.requirements;

import java.time.LocalDate;
import java.util.UUID;
import org.palisade.money.Money;

/**
 * One ranked line of a requirement list version.
 *
 * @param lineage    the same requirement across versions (a new draft copies items keeping their lineage),
 *                   so versions can be compared
 * @param listStatus status of the list version the item belongs to (packages draw only from APPROVED)
 */
public record RequirementItem(UUID id, UUID listId, int listNumber, ListStatus listStatus, UUID lineage,
        CapabilityCategory category, String description, Quantity quantity, Money unitCost, int rank,
        LocalDate neededBy) {

    /** A new requirement (a lineage of its own) in a list version. */
    static RequirementItem create(UUID id, UUID lineage, ItemDetails details, int rank) {
        return new RequirementItem(id, null, 0, null, lineage, details.category(), details.description(),
                details.quantity(), details.unitCost(), rank, details.neededBy());
    }

    /** What the item asks for, without its place in the list. */
    public ItemDetails details() {
        return new ItemDetails(category, description, quantity, unitCost, neededBy);
    }

    /** The estimated cost of the whole quantity. */
    public Money estimatedCost() {
        return unitCost.times(quantity.value());
    }

    RequirementItem withDetails(ItemDetails d) {
        return new RequirementItem(id, listId, listNumber, listStatus, lineage, d.category(), d.description(),
                d.quantity(), d.unitCost(), rank, d.neededBy());
    }

    RequirementItem withRank(int newRank) {
        return new RequirementItem(id, listId, listNumber, listStatus, lineage, category, description, quantity,
                unitCost, newRank, neededBy);
    }

    /** The same item as seen in a list version (its id, number and status travel with each item). */
    RequirementItem inList(UUID newListId, int newListNumber, ListStatus newStatus) {
        return new RequirementItem(id, newListId, newListNumber, newStatus, lineage, category, description, quantity,
                unitCost, rank, neededBy);
    }

    /** A copy for a new version: a new id, the same lineage, rank and content. */
    RequirementItem copyAs(UUID newId) {
        return new RequirementItem(newId, listId, listNumber, listStatus, lineage, category, description, quantity,
                unitCost, rank, neededBy);
    }
}
