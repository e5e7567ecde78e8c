package org.palisade.packages;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/** A quantity of one requirement item taken into a package. */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record PackageItem(@JsonProperty("requirementItemId") UUID requirementItemId,
        @JsonProperty("quantity") long quantity) {

    public PackageItem {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity must be positive (was " + quantity + ")");
        }
    }
}
