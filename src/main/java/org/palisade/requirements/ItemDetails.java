package org.palisade.requirements;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.palisade.money.Money;
import org.palisade.platform.Violations;

/** The checked content of a requirement item: everything but its place in the list. */
public record ItemDetails(CapabilityCategory category, String description, Quantity quantity, Money unitCost,
        LocalDate neededBy, java.util.UUID catalogueEntry) {

    /** Content that names no catalogue entry. */
    public ItemDetails(CapabilityCategory category, String description, Quantity quantity, Money unitCost,
            LocalDate neededBy) {
        this(category, description, quantity, unitCost, neededBy, null);
    }

    public static final int DESCRIPTION_MAX = 500;
    public static final int UNIT_MAX = 40;

    public ItemDetails {
        Objects.requireNonNull(category, "category is required");
        Objects.requireNonNull(description, "description is required");
        Objects.requireNonNull(quantity, "quantity is required");
        Objects.requireNonNull(unitCost, "unitCost is required");
        unitCost.requirePositiveAndBounded();
    }

    /**
     * Checks what a person entered; each problem is added under {@code prefix + field} (e.g.
     * {@code items[2].quantity}) and null is returned.
     */
    static ItemDetails from(ItemInput input, String prefix, Violations violations) {
        if (input == null) {
            violations.add(prefix.isEmpty() ? "item" : prefix.substring(0, prefix.length() - 1),
                    new ListRefusal.ItemFieldMissing("item"));
            return null;
        }
        CapabilityCategory category = null;
        if (input.category() == null || input.category().isBlank()) {
            violations.add(prefix + "category", new ListRefusal.ItemFieldMissing("category"));
        } else {
            try {
                category = CapabilityCategory.valueOf(input.category().strip());
            } catch (IllegalArgumentException e) {
                violations.add(prefix + "category", new ListRefusal.UnknownCategory(input.category()));
            }
        }
        String description = input.description() == null ? "" : input.description().strip();
        boolean descriptionOk = !description.isEmpty() && description.length() <= DESCRIPTION_MAX;
        violations.check(!description.isEmpty(), prefix + "description", new ListRefusal.ItemFieldMissing("description"));
        violations.check(description.length() <= DESCRIPTION_MAX, prefix + "description",
                new ListRefusal.TextTooLong("description", DESCRIPTION_MAX, description.length()));
        String unit = input.unit() == null ? "" : input.unit().strip();
        boolean unitOk = !unit.isEmpty() && unit.length() <= UNIT_MAX;
        violations.check(!unit.isEmpty(), prefix + "unit", new ListRefusal.ItemFieldMissing("unit"));
        violations.check(unit.length() <= UNIT_MAX, prefix + "unit",
                new ListRefusal.TextTooLong("unit", UNIT_MAX, unit.length()));
        boolean quantityOk = input.quantity() != null && input.quantity() > 0;
        violations.check(quantityOk, prefix + "quantity", input.quantity() == null
                ? new ListRefusal.ItemFieldMissing("quantity") : new ListRefusal.QuantityNotPositive(input.quantity()));
        Money unitCost = null;
        if (input.unitCost() == null) {
            violations.add(prefix + "unitCost", new ListRefusal.ItemFieldMissing("unitCost"));
        } else {
            unitCost = input.unitCost().toRecordedMoney(prefix + "unitCost", violations);
        }
        if (category == null || !descriptionOk || !unitOk || !quantityOk || unitCost == null) {
            return null;
        }
        return new ItemDetails(category, description, new Quantity(input.quantity(), unit), unitCost, input.neededBy(),
                input.catalogueEntry());
    }

    static String categories() {
        return Arrays.stream(CapabilityCategory.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
