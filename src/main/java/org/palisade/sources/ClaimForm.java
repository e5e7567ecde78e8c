package org.palisade.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** A new claim about a record, as the page's form sends it; contributors are typed as codes ("DNK, NOR, SWE"). */
public class ClaimForm {
    /** A key per rendered form (see Idempotency#onceForForm): sending it twice records one claim. */
    private String formKey = UUID.randomUUID().toString();
    private UUID sourceId;
    private String contributors;
    private BigDecimal amount;
    private String currency;
    private ClaimBound bound = ClaimBound.EXACT;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private DatePrecision datePrecision = DatePrecision.DAY;
    private ClaimProgram program;
    private String items;
    private String evidence;

    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
    public UUID getSourceId() { return sourceId; }
    public void setSourceId(UUID sourceId) { this.sourceId = sourceId; }
    public String getContributors() { return contributors; }
    public void setContributors(String contributors) { this.contributors = contributors; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public ClaimBound getBound() { return bound; }
    public void setBound(ClaimBound bound) { this.bound = bound; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public DatePrecision getDatePrecision() { return datePrecision; }
    public void setDatePrecision(DatePrecision datePrecision) { this.datePrecision = datePrecision; }
    public ClaimProgram getProgram() { return program; }
    public void setProgram(ClaimProgram program) { this.program = program; }
    public String getItems() { return items; }
    public void setItems(String items) { this.items = items; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }

    List<String> contributorCodes() {
        return codesIn(contributors);
    }

    /** The organisation codes typed into a contributors field: separated by commas, semicolons or spaces. */
    static List<String> codesIn(String typed) {
        return typed == null || typed.isBlank() ? List.of()
                : Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /**
     * The field of a claim's values (the fragment {@code fragments/claims :: claimValues}) that a refusal's field
     * names: {@code contributors[1]} is the contributors field, {@code amount.currency} the currency; null when the
     * refusal is about something else.
     */
    static String claimField(String refused) {
        if (refused.startsWith("contributors")) {
            return "contributors";
        }
        if (refused.startsWith("amount")) {
            return refused.endsWith("currency") ? "currency" : "amount";
        }
        return refused.equals("date") || refused.equals("currency") ? refused : null;
    }
}
