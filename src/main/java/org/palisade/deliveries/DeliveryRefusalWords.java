package org.palisade.deliveries;

import java.util.Locale;
import org.palisade.deliveries.DeliveryRefusal.AlreadyReceived;
import org.palisade.deliveries.DeliveryRefusal.AlreadyResolved;
import org.palisade.deliveries.DeliveryRefusal.DateInFuture;
import org.palisade.deliveries.DeliveryRefusal.DiscrepancyTooLarge;
import org.palisade.deliveries.DeliveryRefusal.ItemNotInPackage;
import org.palisade.deliveries.DeliveryRefusal.ItemNotInShipment;
import org.palisade.deliveries.DeliveryRefusal.MilestoneBefore;
import org.palisade.deliveries.DeliveryRefusal.MilestoneOutOfOrder;
import org.palisade.deliveries.DeliveryRefusal.NoItems;
import org.palisade.deliveries.DeliveryRefusal.NotHandedOver;
import org.palisade.deliveries.DeliveryRefusal.NoteMissing;
import org.palisade.deliveries.DeliveryRefusal.PackageNotShipping;
import org.palisade.deliveries.DeliveryRefusal.QuantityLeft;
import org.palisade.deliveries.DeliveryRefusal.ReasonMissing;
import org.palisade.platform.Conflict;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Violations;
import org.palisade.platform.Refusals;

/**
 * The words of {@link DeliveryRefusal}: the API's English, and the arguments of each type's bundle key
 * ({@code deliveries.refused.<type in kebab case>}, in both languages).
 */
final class DeliveryRefusalWords {

    private DeliveryRefusalWords() {
    }

    static Conflict conflict(DeliveryRefusal r) {
        return new Conflict(english(r), key(r.getClass()), arguments(r));
    }

    static InvalidRequest invalid(String field, DeliveryRefusal r) {
        return new InvalidRequest(field, english(r), key(r.getClass()), arguments(r));
    }

    static Violations add(Violations v, String field, DeliveryRefusal r) {
        return v.add(field, english(r), key(r.getClass()), arguments(r));
    }

    /** e.g. {@code deliveries.refused.quantity-left} for {@link QuantityLeft}. */
    static String key(Class<?> type) {
        return "deliveries.refused." + type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    static String english(DeliveryRefusal refusal) {
        if (refusal instanceof PackageNotShipping r) {
            return "package " + r.packageNumber() + " is " + r.status().label()
                    + "; shipments are recorded for contracted or delivering packages";
        } else if (refusal instanceof NoItems) {
            return "a shipment needs at least one item with a positive quantity";
        } else if (refusal instanceof ItemNotInPackage r) {
            return "item " + r.item() + " is not in package " + r.packageNumber();
        } else if (refusal instanceof QuantityLeft r) {
            return "only " + r.left() + " " + r.unit() + " of '" + r.description()
                    + "' are left to ship (requested " + r.requested() + ")";
        } else if (refusal instanceof MilestoneOutOfOrder r) {
            return r.next() == null ? "shipment " + r.shipment() + " is already handed over"
                    : "shipment " + r.shipment() + " must reach " + r.next().label() + " before " + r.milestone().label();
        } else if (refusal instanceof DeliveryRefusal.MilestoneSkipped r) {
            return r.milestone().label() + " needs " + r.previous().label() + " first";
        } else if (refusal instanceof MilestoneBefore r) {
            return r.milestone().label() + " on " + r.on() + " cannot be before " + r.previous().label() + " on "
                    + r.previousOn();
        } else if (refusal instanceof DateInFuture r) {
            return r.on() + " is in the future (today is " + r.today() + ")";
        } else if (refusal instanceof NotHandedOver r) {
            return "shipment " + r.shipment() + " is not handed over yet";
        } else if (refusal instanceof AlreadyReceived r) {
            return "receipt of shipment " + r.shipment() + " is already recorded";
        } else if (refusal instanceof ItemNotInShipment r) {
            return "item " + r.item() + " is not in shipment " + r.shipment();
        } else if (refusal instanceof DiscrepancyTooLarge r) {
            return "only " + r.left() + " " + r.unit() + " of '" + r.description()
                    + "' in this shipment are not already reported (requested " + r.requested() + ")";
        } else if (refusal instanceof NoteMissing) {
            return "note is required (at most 1000 characters)";
        } else if (refusal instanceof AlreadyResolved r) {
            return "discrepancy " + r.discrepancy() + " is already resolved (" + r.resolution().name().toLowerCase(Locale.ROOT) + ")";
        } else if (refusal instanceof ReasonMissing) {
            return "a rejection needs its reason (at most 1000 characters)";
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    /** The arguments of the refusal's bundle key, in the order of its placeholders. */
    static Object[] arguments(DeliveryRefusal refusal) {
        if (refusal instanceof PackageNotShipping r) {
            return new Object[] {String.valueOf(r.packageNumber()), Refusals.term("package.status." + r.status().name())};
        } else if (refusal instanceof ItemNotInPackage r) {
            return new Object[] {String.valueOf(r.packageNumber())};
        } else if (refusal instanceof QuantityLeft r) {
            return new Object[] {r.left(), r.unit(), r.description(), r.requested()};
        } else if (refusal instanceof MilestoneOutOfOrder r) {
            return new Object[] {String.valueOf(r.shipment()), Refusals.term("deliveries.milestone." + r.milestone().name()),
                    Refusals.term(r.next() == null ? "deliveries.next.none" : "deliveries.milestone." + r.next().name())};
        } else if (refusal instanceof DeliveryRefusal.MilestoneSkipped r) {
            return new Object[] {Refusals.term("deliveries.milestone." + r.milestone().name()),
                    Refusals.term("deliveries.milestone." + r.previous().name())};
        } else if (refusal instanceof MilestoneBefore r) {
            return new Object[] {Refusals.term("deliveries.milestone." + r.milestone().name()), r.on().toString(),
                    Refusals.term("deliveries.milestone." + r.previous().name()), r.previousOn().toString()};
        } else if (refusal instanceof DateInFuture r) {
            return new Object[] {r.on().toString(), r.today().toString()};
        } else if (refusal instanceof NotHandedOver r) {
            return new Object[] {String.valueOf(r.shipment())};
        } else if (refusal instanceof AlreadyReceived r) {
            return new Object[] {String.valueOf(r.shipment())};
        } else if (refusal instanceof ItemNotInShipment r) {
            return new Object[] {String.valueOf(r.shipment())};
        } else if (refusal instanceof DiscrepancyTooLarge r) {
            return new Object[] {r.left(), r.unit(), r.description(), r.requested()};
        } else if (refusal instanceof AlreadyResolved r) {
            return new Object[] {String.valueOf(r.discrepancy()), Refusals.term("deliveries.resolution." + r.resolution().name())};
        }
        return new Object[0];
    }
}
