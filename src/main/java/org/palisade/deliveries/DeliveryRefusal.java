package org.palisade.deliveries;

import java.time.LocalDate;
import java.util.UUID;
import org.palisade.packages.PackageStatus;

/** Why the deliveries module refuses something: facts only, worded at the edge by {@link DeliveryRefusalWords}. */
public sealed interface DeliveryRefusal {

    /** Shipments are recorded only once the supplier has contracted the package, until it is delivered. */
    record PackageNotShipping(int packageNumber, PackageStatus status) implements DeliveryRefusal {
    }

    record NoItems() implements DeliveryRefusal {
    }

    record ItemNotInPackage(UUID item, int packageNumber) implements DeliveryRefusal {
    }

    /** More of an item than the package has left to ship: its quantity less what shipments already carry. */
    record QuantityLeft(String description, long left, String unit, long requested) implements DeliveryRefusal {
    }

    /** Milestones are reached in order; {@code next} is the one due now, or null when all are reached. */
    record MilestoneOutOfOrder(int shipment, Milestone milestone, Milestone next) implements DeliveryRefusal {
    }

    /** A milestone recorded without the one it follows. */
    record MilestoneSkipped(Milestone milestone, Milestone previous) implements DeliveryRefusal {
    }

    /** A milestone cannot be reached before the one it follows. */
    record MilestoneBefore(Milestone milestone, LocalDate on, Milestone previous, LocalDate previousOn)
            implements DeliveryRefusal {
    }

    /** What happened cannot be dated after today. */
    record DateInFuture(LocalDate on, LocalDate today) implements DeliveryRefusal {
    }

    /** Receipt is confirmed, and discrepancies reported, only once the shipment is handed over. */
    record NotHandedOver(int shipment) implements DeliveryRefusal {
    }

    record AlreadyReceived(int shipment) implements DeliveryRefusal {
    }

    record ItemNotInShipment(UUID item, int shipment) implements DeliveryRefusal {
    }

    /** A discrepancy cannot hold back more of an item than the shipment carried and is not already reported. */
    record DiscrepancyTooLarge(String description, long left, String unit, long requested) implements DeliveryRefusal {
    }

    record NoteMissing() implements DeliveryRefusal {
    }

    record AlreadyResolved(int discrepancy, Resolution resolution) implements DeliveryRefusal {
    }

    /** Rejecting a discrepancy needs the reason, for the recipient to read. */
    record ReasonMissing() implements DeliveryRefusal {
    }
}
