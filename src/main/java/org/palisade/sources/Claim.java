package org.palisade.sources;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.Money;

/**
 * What one source says about one contribution or one package (exactly one of the two): who pays, how much and
 * how exactly, when, under which program, which items, and the sentence it rests on. One claim of a record is
 * the one it uses, with who chose it, when and why.
 *
 * @param contributors organisation codes as the source names them (ISO 3166-1 alpha-3, EU, NATO); may be empty
 * @param amount       null when the source names no amount
 * @param date         null when the source gives none; a month is kept on its first day ({@link DatePrecision#MONTH})
 */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record Claim(
        @JsonProperty("id") UUID id,
        @JsonProperty("number") int number,
        @JsonProperty("contributionId") UUID contributionId,
        @JsonProperty("packageId") UUID packageId,
        @JsonProperty("sourceId") UUID sourceId,
        @JsonProperty("contributors") List<String> contributors,
        @JsonProperty("amount") Money amount,
        @JsonProperty("bound") ClaimBound bound,
        @JsonProperty("date") LocalDate date,
        @JsonProperty("datePrecision") DatePrecision datePrecision,
        @JsonProperty("program") ClaimProgram program,
        @JsonProperty("items") String items,
        @JsonProperty("evidence") String evidence,
        @JsonProperty("used") boolean used,
        @JsonProperty("chosenBy") String chosenBy,
        @JsonProperty("chosenAt") Instant chosenAt,
        @JsonProperty("chosenReason") String chosenReason,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("createdBy") String createdBy,
        @JsonProperty("version") long version) {

    public Claim {
        contributors = List.copyOf(contributors);
    }

    /** The record the claim is about: a contribution's or a package's id. */
    public UUID recordId() {
        return contributionId != null ? contributionId : packageId;
    }

    Claim chosen(String by, Instant at, String reason) {
        return new Claim(id, number, contributionId, packageId, sourceId, contributors, amount, bound, date,
                datePrecision, program, items, evidence, true, by, at, reason, createdAt, createdBy, version);
    }
}
