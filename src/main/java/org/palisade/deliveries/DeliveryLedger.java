package org.palisade.deliveries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;

/**
 * Where each item of one package stands in its deliveries, and the module's main rule: shipments never carry
 * more of an item than the package holds. A discrepancy resolved by a replacement frees its quantity to be
 * shipped again; one resolved by a credit takes it off what the package is owed.
 */
final class DeliveryLedger {

    /**
     * One package item.
     *
     * @param ordered   the package's quantity
     * @param shipped   what all its shipments carry (replacements included)
     * @param replaced  quantities of discrepancies resolved by a replacement
     * @param credited  quantities of discrepancies resolved by a credit
     * @param confirmed what the recipient has confirmed as delivered
     */
    record Line(UUID item, long ordered, long shipped, long replaced, long credited, long confirmed) {

        /** What may still be put on a shipment. */
        long leftToShip() {
            return Math.max(0, ordered - (shipped - replaced));
        }

        /** Confirmed in full, counting what was credited instead of delivered. */
        boolean complete() {
            return confirmed + credited >= ordered;
        }
    }

    private final Map<UUID, Line> lines;
    private final boolean openDiscrepancy;

    private DeliveryLedger(Map<UUID, Line> lines, boolean openDiscrepancy) {
        this.lines = lines;
        this.openDiscrepancy = openDiscrepancy;
    }

    static DeliveryLedger of(AidPackage pkg, List<Shipment> shipments) {
        Map<UUID, Line> lines = new LinkedHashMap<>();
        boolean open = false;
        for (PackageItem item : pkg.items()) {
            UUID id = item.requirementItemId();
            long shipped = 0;
            long replaced = 0;
            long credited = 0;
            long confirmed = 0;
            for (Shipment s : shipments) {
                shipped += s.quantityOf(id);
                confirmed += s.confirmed(id);
                for (Discrepancy d : s.discrepancies()) {
                    if (d.requirementItemId().equals(id) && d.resolution() == Resolution.REPLACEMENT) {
                        replaced += d.quantity();
                    } else if (d.requirementItemId().equals(id) && d.resolution() == Resolution.CREDIT) {
                        credited += d.quantity();
                    }
                }
            }
            lines.put(id, new Line(id, item.quantity(), shipped, replaced, credited, confirmed));
        }
        for (Shipment s : shipments) {
            open |= s.discrepancies().stream().anyMatch(Discrepancy::isOpen);
        }
        return new DeliveryLedger(lines, open);
    }

    List<Line> lines() {
        return new ArrayList<>(lines.values());
    }

    Line line(UUID item) {
        return lines.get(item);
    }

    boolean holds(UUID item) {
        return lines.containsKey(item);
    }

    /** Every item confirmed in full and no discrepancy open: the package is delivered. */
    boolean complete() {
        return !lines.isEmpty() && !openDiscrepancy && lines.values().stream().allMatch(Line::complete);
    }

    /** The confirmed quantity of each item. */
    Map<UUID, Long> confirmed() {
        Map<UUID, Long> confirmed = new LinkedHashMap<>();
        lines.values().forEach(l -> confirmed.put(l.item(), l.confirmed()));
        return confirmed;
    }
}
