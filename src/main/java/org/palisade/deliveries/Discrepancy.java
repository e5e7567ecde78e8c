package org.palisade.deliveries;

import java.time.Instant;
import java.util.UUID;

/**
 * What the recipient found wrong with an item of a handed-over shipment, open until the supplier resolves it.
 *
 * @param quantity how much of the item it holds back from the confirmed quantity (unless rejected)
 */
public record Discrepancy(UUID id, int number, UUID shipmentId, UUID requirementItemId, DiscrepancyKind kind,
        long quantity, String note, Instant reportedAt, String reportedBy, Resolution resolution,
        String resolutionNote, Instant resolvedAt, String resolvedBy) {

    public boolean isOpen() {
        return resolution == null;
    }

    /** Whether it holds its quantity back from what counts as delivered: all but rejected ones do. */
    public boolean holdsBack() {
        return resolution != Resolution.REJECTED;
    }

    Discrepancy resolve(Resolution how, String note, Instant at, String by) {
        if (!isOpen()) {
            throw DeliveryRefusalWords.conflict(new DeliveryRefusal.AlreadyResolved(number, resolution));
        }
        return new Discrepancy(id, number, shipmentId, requirementItemId, kind, quantity, this.note, reportedAt,
                reportedBy, how, note, at, by);
    }
}
