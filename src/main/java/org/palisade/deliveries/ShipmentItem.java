package org.palisade.deliveries;

import java.util.UUID;

/** A quantity of one package item (named by its requirement item) in a shipment. */
public record ShipmentItem(UUID requirementItemId, long quantity) {

    public ShipmentItem {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity must be positive (was " + quantity + ")");
        }
    }
}
