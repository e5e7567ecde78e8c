package org.palisade.packages;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the package pages show of requirement items: each package item with its description, and the approved
 * items still available to build a new package from.
 */
@Component
class PackageItemsView {

    /** A package item as shown: the requirement's details when known. */
    record Row(UUID id, long quantity, String description, String category, String unit, Integer rank) {
    }

    /** An approved item and how much of it no live package has taken yet. */
    record Available(UUID id, int rank, String description, String category, long quantity, long left, String unit) {
    }

    List<Row> describe(List<PackageItem> items) {
        return items.stream().map(i -> new Row(i.requirementItemId(), i.quantity(), null, null, null, null)).toList();
    }

    List<Available> available() {
        return List.of();
    }
}
