package org.palisade.requirements;

import java.time.LocalDate;
import org.palisade.money.MoneyAmount;

/**
 * What a person enters for one requirement item, unchecked: the use cases check it and name every field at
 * fault ({@code description}, {@code unitCost.amount}, ...), so API and pages report errors the same way.
 *
 * @param category one of {@link CapabilityCategory}'s names
 * @param neededBy optional
 */
public record ItemInput(String category, String description, Long quantity, String unit, MoneyAmount unitCost,
        LocalDate neededBy) {

    public static ItemInput of(CapabilityCategory category, String description, long quantity, String unit,
            MoneyAmount unitCost, LocalDate neededBy) {
        return new ItemInput(category.name(), description, quantity, unit, unitCost, neededBy);
    }
}
