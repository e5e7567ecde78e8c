package org.palisade.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.Disclosure;
import org.springframework.format.annotation.DateTimeFormat;

/** A new pledge: the lead contributor, any partners in joint financing, the money and its purpose. */
public class PledgeForm {
    /** A key per rendered form (see Idempotency#onceForForm): sending it twice records one pledge. */
    private String formKey = java.util.UUID.randomUUID().toString();
    private UUID lead;
    private List<UUID> partners = new ArrayList<>();
    private BigDecimal amount;
    private String currency = "EUR";
    private UUID packageId;
    private CapabilityCategory earmark;
    /** As the API: PURL unless another program is chosen; a package takes PURL only. */
    private Program program = Program.PURL;
    /** The general pool's money's own capability category, as the API's {@code category}; none by default. */
    private CapabilityCategory category;
    private Disclosure disclosure = Disclosure.PUBLIC;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate announcedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate pledgedOn;

    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
    public UUID getLead() { return lead; }
    public void setLead(UUID lead) { this.lead = lead; }
    public List<UUID> getPartners() { return partners; }
    public void setPartners(List<UUID> partners) { this.partners = partners == null ? new ArrayList<>() : partners; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public UUID getPackageId() { return packageId; }
    public void setPackageId(UUID packageId) { this.packageId = packageId; }
    public CapabilityCategory getEarmark() { return earmark; }
    public void setEarmark(CapabilityCategory earmark) { this.earmark = earmark; }
    public Program getProgram() { return program; }
    public void setProgram(Program program) { this.program = program; }
    public CapabilityCategory getCategory() { return category; }
    public void setCategory(CapabilityCategory category) { this.category = category; }
    public Disclosure getDisclosure() { return disclosure; }
    public void setDisclosure(Disclosure disclosure) { this.disclosure = disclosure; }
    public LocalDate getAnnouncedOn() { return announcedOn; }
    public void setAnnouncedOn(LocalDate announcedOn) { this.announcedOn = announcedOn; }
    public LocalDate getPledgedOn() { return pledgedOn; }
    public void setPledgedOn(LocalDate pledgedOn) { this.pledgedOn = pledgedOn; }
}
