package org.palisade.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A pledge's corrected amount and date, and why. */
public class CorrectionForm {
    private BigDecimal amount;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate pledgedOn;
    private String reason;

    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getPledgedOn() { return pledgedOn; }
    public void setPledgedOn(LocalDate pledgedOn) { this.pledgedOn = pledgedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
