package org.palisade.deliveries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The page form for recording a shipment: quantities per package item, expected dates, milestones reached. */
public class ShipmentForm {

    private String reference;
    private List<Line> items = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedShipped;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedAtHub;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedHandedOver;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate shipped;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate atHub;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate handedOver;

    /** One package item and the quantity put on this shipment (empty: none). */
    public static class Line {
        private UUID id;
        private Long quantity;

        public Line() {
        }

        Line(UUID id) {
            this.id = id;
        }

        public UUID getId() { return id; }
        public void setId(UUID id) { this.id = id; }
        public Long getQuantity() { return quantity; }
        public void setQuantity(Long quantity) { this.quantity = quantity; }
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public List<Line> getItems() { return items; }
    public void setItems(List<Line> items) { this.items = items; }
    public LocalDate getExpectedShipped() { return expectedShipped; }
    public void setExpectedShipped(LocalDate d) { this.expectedShipped = d; }
    public LocalDate getExpectedAtHub() { return expectedAtHub; }
    public void setExpectedAtHub(LocalDate d) { this.expectedAtHub = d; }
    public LocalDate getExpectedHandedOver() { return expectedHandedOver; }
    public void setExpectedHandedOver(LocalDate d) { this.expectedHandedOver = d; }
    public LocalDate getShipped() { return shipped; }
    public void setShipped(LocalDate d) { this.shipped = d; }
    public LocalDate getAtHub() { return atHub; }
    public void setAtHub(LocalDate d) { this.atHub = d; }
    public LocalDate getHandedOver() { return handedOver; }
    public void setHandedOver(LocalDate d) { this.handedOver = d; }
}
