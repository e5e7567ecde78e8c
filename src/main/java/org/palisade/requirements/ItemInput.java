package org.palisade.requirements;

import java.time.LocalDate;
import org.palisade.money.MoneyAmount;

/**
 * What a person enters for one requirement item, unchecked: the use cases check it and name every field at
 * fault ({@code description}, {@code unitCost.amount}, ...), so API and pages report errors the same way.
 *
 * @param category one of {@link CapabilityCategory}'s names
 * @param neededBy optional
 * @param catalogueEntry optional: the systems catalogue entry (platform or consumable) the item is
 */
public record ItemInput(String category, String description, Long quantity, String unit, MoneyAmount unitCost,
        LocalDate neededBy, java.util.UUID catalogueEntry) {

    /** An item that names no catalogue entry. */
    public ItemInput(String category, String description, Long quantity, String unit, MoneyAmount unitCost,
            LocalDate neededBy) {
        this(category, description, quantity, unit, unitCost, neededBy, null);
    }

    public static ItemInput of(CapabilityCategory category, String description, long quantity, String unit,
            MoneyAmount unitCost, LocalDate neededBy) {
        return new ItemInput(category.name(), description, quantity, unit, unitCost, neededBy);
    }
}
