package org.palisade.sustainment;

import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.requirements.CapabilityCategory;

/**
 * A platform or consumable of the systems catalogue. Category, unit and unit cost estimate are what a
 * requirement item for it needs (a proposal for a consumable takes them from here).
 */
public record CatalogueEntry(UUID id, int number, EntryKind kind, String name, String unit,
        CapabilityCategory category, Money unitCost, long version) {
}
