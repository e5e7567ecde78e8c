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
}
