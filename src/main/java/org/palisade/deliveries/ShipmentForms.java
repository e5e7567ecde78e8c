package org.palisade.deliveries;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of the shipment page: a milestone reached, a discrepancy reported, one resolved. */
final class ShipmentForms {

    private ShipmentForms() {
    }

    /** The next milestone reached on a date. */
    public static class MilestoneForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate on;

        public LocalDate getOn() { return on; }
        public void setOn(LocalDate on) { this.on = on; }
    }

    public static class DiscrepancyForm {
        private UUID item;
        private DiscrepancyKind kind;
        private Long quantity;
        private String note;

        public UUID getItem() { return item; }
        public void setItem(UUID item) { this.item = item; }
        public DiscrepancyKind getKind() { return kind; }
        public void setKind(DiscrepancyKind kind) { this.kind = kind; }
        public Long getQuantity() { return quantity; }
        public void setQuantity(Long quantity) { this.quantity = quantity; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class ResolveForm {
        private Resolution resolution;
        private String note;

        public Resolution getResolution() { return resolution; }
        public void setResolution(Resolution resolution) { this.resolution = resolution; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }
}
