package org.palisade.deliveries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palisade.deliveries.DeliveryRefusal.AlreadyReceived;
import org.palisade.deliveries.DeliveryRefusal.DateInFuture;
import org.palisade.deliveries.DeliveryRefusal.MilestoneBefore;
import org.palisade.deliveries.DeliveryRefusal.MilestoneOutOfOrder;
import org.palisade.deliveries.DeliveryRefusal.NotHandedOver;

/**
 * One shipment of some of a package's items, recorded by the supplier. It owns its milestones (reached in order,
 * never before the previous one nor after today) and its receipt by the recipient. Immutable: each change
 * returns the new state, so the use case holds "before" and "after" for the audit trail.
 *
 * @param expected   the expected date of each milestone; the handover always has one
 * @param reached    the actual date of each milestone reached
 * @param receivedAt when the recipient recorded receipt (by confirming it, or by reporting a discrepancy)
 */
public record Shipment(UUID id, int number, UUID packageId, String reference, Map<Milestone, LocalDate> expected,
        Map<Milestone, LocalDate> reached, List<ShipmentItem> items, List<Discrepancy> discrepancies,
        Instant receivedAt, String receivedBy, Instant recordedAt, String recordedBy, long version) {

    public Shipment {
        expected = copy(expected);
        reached = copy(reached);
        items = List.copyOf(items);
        discrepancies = List.copyOf(discrepancies);
    }

    private static Map<Milestone, LocalDate> copy(Map<Milestone, LocalDate> dates) {
        Map<Milestone, LocalDate> copy = new EnumMap<>(Milestone.class);
        copy.putAll(dates);
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The next milestone to reach, empty once handed over. */
    public Optional<Milestone> next() {
        for (Milestone m : Milestone.values()) {
            if (!reached.containsKey(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** When the next milestone is expected: its own expected date, or the expected handover when it has none. */
    public Optional<LocalDate> nextExpected() {
        return next().map(m -> expected.getOrDefault(m, expected.get(Milestone.HANDED_OVER)));
    }

    /** Past the expected date of its next milestone without having reached it. */
    public boolean isOverdue(LocalDate today) {
        return nextExpected().map(today::isAfter).orElse(false);
    }

    public boolean isHandedOver() {
        return reached.containsKey(Milestone.HANDED_OVER);
    }

    public boolean isReceived() {
        return receivedAt != null;
    }

    /**
     * The shipment with this milestone reached on that date. Refused when it is not the next one, when it would
     * come before the milestone it follows, or when the date is after today.
     */
    Shipment reach(Milestone milestone, LocalDate on, LocalDate today) {
        Milestone due = next().orElse(null);
        if (due != milestone) {
            throw DeliveryRefusalWords.conflict(new MilestoneOutOfOrder(number, milestone, due));
        }
        checkDate(milestone, on, today, reached);
        Map<Milestone, LocalDate> now = new EnumMap<>(Milestone.class);
        now.putAll(reached);
        now.put(milestone, on);
        return new Shipment(id, number, packageId, reference, expected, now, items, discrepancies, receivedAt,
                receivedBy, recordedAt, recordedBy, version);
    }

    /** The dates of milestones reached so far must follow each other and not lie after today. */
    static void checkDate(Milestone milestone, LocalDate on, LocalDate today, Map<Milestone, LocalDate> before) {
        if (on.isAfter(today)) {
            throw DeliveryRefusalWords.invalid("on", new DateInFuture(on, today));
        }
        if (milestone.ordinal() > 0) {
            Milestone previous = Milestone.values()[milestone.ordinal() - 1];
            LocalDate previousOn = before.get(previous);
            if (previousOn != null && on.isBefore(previousOn)) {
                throw DeliveryRefusalWords.invalid("on", new MilestoneBefore(milestone, on, previous, previousOn));
            }
        }
    }

    /** Receipt recorded by the recipient: only for a handed-over shipment, once. */
    Shipment receive(Instant at, String by) {
        requireHandedOver();
        if (isReceived()) {
            throw DeliveryRefusalWords.conflict(new AlreadyReceived(number));
        }
        return new Shipment(id, number, packageId, reference, expected, reached, items, discrepancies, at, by,
                recordedAt, recordedBy, version);
    }

    void requireHandedOver() {
        if (!isHandedOver()) {
            throw DeliveryRefusalWords.conflict(new NotHandedOver(number));
        }
    }

    /** The quantity of an item this shipment carries, 0 when it carries none. */
    public long quantityOf(UUID requirementItemId) {
        return items.stream().filter(i -> i.requirementItemId().equals(requirementItemId))
                .mapToLong(ShipmentItem::quantity).sum();
    }

    /** How much of an item discrepancies hold back (open ones and those not rejected). */
    public long heldBack(UUID requirementItemId) {
        return discrepancies.stream().filter(d -> d.requirementItemId().equals(requirementItemId) && d.holdsBack())
                .mapToLong(Discrepancy::quantity).sum();
    }

    /** What of an item counts as delivered: what a received shipment carried, less what discrepancies hold back. */
    public long confirmed(UUID requirementItemId) {
        return isReceived() ? quantityOf(requirementItemId) - heldBack(requirementItemId) : 0;
    }
}
