package org.palisade.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of a candidate's page: accepting it (its fields as the reviewer edits them) and rejecting it. */
final class CandidateForms {

    private CandidateForms() {
    }

    /** Accepting: where it goes and its fields, filled in with what the extractor read. */
    public static class Accept {
        private String formKey = UUID.randomUUID().toString();
        private ArticleReview.AcceptAs as;
        private UUID contributionId;
        private UUID packageId;
        private String contributors;
        private BigDecimal amount;
        private String currency;
        private ClaimBound bound;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private DatePrecision datePrecision;
        private ClaimProgram program;

        static Accept of(ArticleCandidate c, boolean mayAcceptAsPledge) {
            Accept form = new Accept();
            form.as = mayAcceptAsPledge ? ArticleReview.AcceptAs.NEW_CONTRIBUTION : ArticleReview.AcceptAs.CONTRIBUTION;
            form.contributors = String.join(", ", c.contributors());
            form.amount = c.amount().stripTrailingZeros();
            if (form.amount.scale() < 0) {
                form.amount = form.amount.setScale(0);
            }
            form.currency = c.currency() == null ? null : c.currency().code();
            form.bound = c.bound();
            form.date = c.date();
            form.datePrecision = c.datePrecision() == null ? DatePrecision.DAY : c.datePrecision();
            form.program = c.program();
            return form;
        }

        List<String> contributorCodes() {
            return ClaimForm.codesIn(contributors);
        }

        UUID recordId() {
            return as == ArticleReview.AcceptAs.CONTRIBUTION ? contributionId
                    : as == ArticleReview.AcceptAs.PACKAGE ? packageId : null;
        }

        public String getFormKey() { return formKey; }
        public void setFormKey(String formKey) { this.formKey = formKey; }
        public ArticleReview.AcceptAs getAs() { return as; }
        public void setAs(ArticleReview.AcceptAs as) { this.as = as; }
        public UUID getContributionId() { return contributionId; }
        public void setContributionId(UUID contributionId) { this.contributionId = contributionId; }
        public UUID getPackageId() { return packageId; }
        public void setPackageId(UUID packageId) { this.packageId = packageId; }
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
    }

    /** Rejecting: the reason, required. */
    public static class Reject {
        private String formKey = UUID.randomUUID().toString();
        private String reason;

        public String getFormKey() { return formKey; }
        public void setFormKey(String formKey) { this.formKey = formKey; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
