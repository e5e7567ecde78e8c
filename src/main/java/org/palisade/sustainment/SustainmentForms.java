package org.palisade.sustainment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the sustainment pages; each rendered report form carries a key of its own (sent twice, recorded once). */
final class SustainmentForms {

    private SustainmentForms() {
    }

    public static class ReportForm {
        private String formKey = UUID.randomUUID().toString();
        private ReportKind kind = ReportKind.USE;
        private UUID entry;
        private Long quantity;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate on;
        private String source;
        private String note;

        public String getFormKey() { return formKey; }
        public void setFormKey(String formKey) { this.formKey = formKey; }
        public ReportKind getKind() { return kind; }
        public void setKind(ReportKind kind) { this.kind = kind; }
        public UUID getEntry() { return entry; }
        public void setEntry(UUID entry) { this.entry = entry; }
        public Long getQuantity() { return quantity; }
        public void setQuantity(Long quantity) { this.quantity = quantity; }
        public LocalDate getOn() { return on; }
        public void setOn(LocalDate on) { this.on = on; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class EntryForm {
        private EntryKind kind = EntryKind.CONSUMABLE;
        private String name;
        private String unit;
        private String category;
        private BigDecimal unitCost;
        private String currency = "USD";

        public EntryKind getKind() { return kind; }
        public void setKind(EntryKind kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public BigDecimal getUnitCost() { return unitCost; }
        public void setUnitCost(BigDecimal unitCost) { this.unitCost = unitCost; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
    }

    public static class UseForm {
        private UUID platform;
        private UUID consumable;
        private BigDecimal low;
        private BigDecimal normal;
        private BigDecimal high;

        public UUID getPlatform() { return platform; }
        public void setPlatform(UUID platform) { this.platform = platform; }
        public UUID getConsumable() { return consumable; }
        public void setConsumable(UUID consumable) { this.consumable = consumable; }
        public BigDecimal getLow() { return low; }
        public void setLow(BigDecimal low) { this.low = low; }
        public BigDecimal getNormal() { return normal; }
        public void setNormal(BigDecimal normal) { this.normal = normal; }
        public BigDecimal getHigh() { return high; }
        public void setHigh(BigDecimal high) { this.high = high; }
    }
}
