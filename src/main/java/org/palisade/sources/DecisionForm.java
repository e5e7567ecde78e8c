package org.palisade.sources;

import java.util.UUID;

/** Choosing the used claim, or resolving a conflict: the decision, the claim it keeps and the reason. */
public class DecisionForm {
    /** A key per rendered form (see Idempotency#onceForForm): sending it twice decides once. */
    private String formKey = UUID.randomUUID().toString();
    private ConflictDecision decision;
    private UUID claimId;
    private String reason;

    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
    public ConflictDecision getDecision() { return decision; }
    public void setDecision(ConflictDecision decision) { this.decision = decision; }
    public UUID getClaimId() { return claimId; }
    public void setClaimId(UUID claimId) { this.claimId = claimId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
