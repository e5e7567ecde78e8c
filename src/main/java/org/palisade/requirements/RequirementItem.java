package org.palisade.requirements;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;
import org.palisade.money.Money;

/**
 * One ranked line of a requirement list version.
 *
 * @param lineage    the same requirement across versions (a new draft copies items keeping their lineage),
 *                   so versions can be compared
 * @param listStatus status of the list version the item belongs to (packages draw only from APPROVED)
 * @param catalogueEntry the systems catalogue entry (platform or consumable) the item is, or null
 */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record RequirementItem(
        @JsonProperty("id") UUID id,
        @JsonProperty("listId") UUID listId,
        @JsonProperty("listNumber") int listNumber,
        @JsonProperty("listStatus") ListStatus listStatus,
        @JsonProperty("lineage") UUID lineage,
        @JsonProperty("category") CapabilityCategory category,
        @JsonProperty("description") String description,
        @JsonProperty("quantity") Quantity quantity,
        @JsonProperty("unitCost") Money unitCost,
        @JsonProperty("rank") int rank,
        @JsonProperty("neededBy") LocalDate neededBy,
        @JsonProperty("catalogueEntry") UUID catalogueEntry) {

    /** An item that names no catalogue entry. */
    public RequirementItem(UUID id, UUID listId, int listNumber, ListStatus listStatus, UUID lineage,
            CapabilityCategory category, String description, Quantity quantity, Money unitCost, int rank,
            LocalDate neededBy) {
        this(id, listId, listNumber, listStatus, lineage, category, description, quantity, unitCost, rank, neededBy,
                null);
    }

    /** A new requirement (a lineage of its own) in a list version. */
    static RequirementItem create(UUID id, UUID lineage, ItemDetails details, int rank) {
        return new RequirementItem(id, null, 0, null, lineage, details.category(), details.description(),
                details.quantity(), details.unitCost(), rank, details.neededBy(), details.catalogueEntry());
    }

    /** What the item asks for, without its place in the list. */
    public ItemDetails details() {
        return new ItemDetails(category, description, quantity, unitCost, neededBy, catalogueEntry);
    }

    /** The estimated cost of the whole quantity. */
    public Money estimatedCost() {
        return unitCost.times(quantity.value());
    }

    RequirementItem withDetails(ItemDetails d) {
        return new RequirementItem(id, listId, listNumber, listStatus, lineage, d.category(), d.description(),
                d.quantity(), d.unitCost(), rank, d.neededBy(), d.catalogueEntry());
    }

    RequirementItem withRank(int newRank) {
        return new RequirementItem(id, listId, listNumber, listStatus, lineage, category, description, quantity,
                unitCost, newRank, neededBy, catalogueEntry);
    }

    /** The same item as seen in a list version (its id, number and status travel with each item). */
    RequirementItem inList(UUID newListId, int newListNumber, ListStatus newStatus) {
        return new RequirementItem(id, newListId, newListNumber, newStatus, lineage, category, description, quantity,
                unitCost, rank, neededBy, catalogueEntry);
    }

    /** A copy for a new version: a new id, the same lineage, rank and content. */
    RequirementItem copyAs(UUID newId) {
        return new RequirementItem(newId, listId, listNumber, listStatus, lineage, category, description, quantity,
                unitCost, rank, neededBy, catalogueEntry);
    }
}
