package org.palisade.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.palisade.money.MoneyAmount;
import org.springframework.format.annotation.DateTimeFormat;

/** One requirement item as typed into the form. */
public class RequirementItemForm {
    private String category;
    private String description;
    private Long quantity;
    private String unit;
    private BigDecimal unitCostAmount;
    private String unitCostCurrency = "USD";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate neededBy;
    private Integer rank;
    private Long version;

    static RequirementItemForm of(RequirementItem item, long version) {
        RequirementItemForm form = new RequirementItemForm();
        form.category = item.category().name();
        form.description = item.description();
        form.quantity = item.quantity().value();
        form.unit = item.quantity().unit();
        form.unitCostAmount = item.unitCost().amount();
        form.unitCostCurrency = item.unitCost().currency().code();
        form.neededBy = item.neededBy();
        form.version = version;
        return form;
    }

    ItemInput toInput() {
        String currency = unitCostCurrency == null ? null : unitCostCurrency.strip().toUpperCase(Locale.ROOT);
        return new ItemInput(category, description, quantity, unit,
                unitCostAmount == null && (currency == null || currency.isEmpty()) ? null
                        : new MoneyAmount(unitCostAmount, currency),
                neededBy);
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getQuantity() { return quantity; }
    public void setQuantity(Long quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getUnitCostAmount() { return unitCostAmount; }
    public void setUnitCostAmount(BigDecimal unitCostAmount) { this.unitCostAmount = unitCostAmount; }
    public String getUnitCostCurrency() { return unitCostCurrency; }
    public void setUnitCostCurrency(String unitCostCurrency) { this.unitCostCurrency = unitCostCurrency; }
    public LocalDate getNeededBy() { return neededBy; }
    public void setNeededBy(LocalDate neededBy) { this.neededBy = neededBy; }
    public Integer getRank() { return rank; }
    public void setRank(Integer rank) { this.rank = rank; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
