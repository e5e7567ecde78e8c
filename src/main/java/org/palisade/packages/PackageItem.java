package org.palisade.packages;

import java.util.UUID;

/** A quantity of one requirement item taken into a package. */
public record PackageItem(UUID requirementItemId, long quantity) {

    public PackageItem {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity must be positive (was " + quantity + ")");
        }
    }
}
