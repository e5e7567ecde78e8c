package org.palisade.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;

/** The rule that says when claims about one record disagree, field by field. */
class ClaimConflictsTest {

    static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");

    static Claim claim(List<String> contributors, String amount, String currency, ClaimBound bound, LocalDate date,
            DatePrecision precision) {
        return new Claim(UUID.randomUUID(), 1, UUID.randomUUID(), null, UUID.randomUUID(), contributors,
                amount == null ? null : Money.of(amount, currency), bound, date, precision, null, null, null, false,
                null, null, null, Instant.EPOCH, "test", 0);
    }

    static Claim amount(String amount, String currency) {
        return claim(List.of(), amount, currency, ClaimBound.EXACT, null, null);
    }

    static List<ConflictField> fields(Claim... claims) {
        return ClaimConflicts.among(List.of(claims), TWO_PERCENT).stream().map(ClaimConflicts.Disagreement::field)
                .toList();
    }

    @Test
    void usd495MillionAndUsd585MillionForTheSamePackageDisagree() {
        assertThat(fields(amount("495000000", "USD"), amount("585000000", "USD"))).containsExactly(ConflictField.AMOUNT);
    }

    @Test
    void amountsWithinTheToleranceAgree() {
        assertThat(fields(amount("500000000", "USD"), amount("510000000", "USD"))).isEmpty();
        assertThat(fields(amount("500000000", "USD"), amount("510000001", "USD"))).containsExactly(ConflictField.AMOUNT);
        assertThat(ClaimConflicts.among(List.of(amount("500", "USD"), amount("510", "USD")), BigDecimal.ZERO))
                .hasSize(1);
    }

    @Test
    void atLeastAgreesWithMoreAndUpToWithLess() {
        Claim atLeast = claim(List.of(), "500", "EUR", ClaimBound.AT_LEAST, null, null);
        Claim upTo = claim(List.of(), "500", "EUR", ClaimBound.UP_TO, null, null);
        assertThat(fields(atLeast, amount("900", "EUR"))).isEmpty();
        assertThat(fields(atLeast, amount("400", "EUR"))).containsExactly(ConflictField.AMOUNT);
        assertThat(fields(upTo, amount("400", "EUR"))).isEmpty();
        assertThat(fields(upTo, amount("600", "EUR"))).containsExactly(ConflictField.AMOUNT);
        assertThat(fields(atLeast, upTo)).isEmpty();
    }

    @Test
    void aboutEur500MillionAndUsd495MillionDisagreeOnTheCurrencyOnly() {
        Claim about = claim(List.of(), "500000000", "EUR", ClaimBound.ABOUT, null, null);
        assertThat(fields(about, amount("495000000", "USD"))).containsExactly(ConflictField.CURRENCY);
    }

    @Test
    void finlandOrNorwayAsTheSecondPackagesPartnerIsAConflictButTheOrderOfNamesIsNot() {
        Claim fin = claim(List.of("DNK", "FIN", "SWE"), null, null, ClaimBound.EXACT, null, null);
        Claim nor = claim(List.of("DNK", "NOR", "SWE"), null, null, ClaimBound.EXACT, null, null);
        Claim reordered = claim(List.of("SWE", "DNK", "FIN"), null, null, ClaimBound.EXACT, null, null);
        Claim unnamed = amount("100", "EUR");
        assertThat(fields(fin, nor)).containsExactly(ConflictField.CONTRIBUTORS);
        assertThat(fields(fin, reordered, unnamed)).isEmpty();
    }

    @Test
    void aDayAgreesWithItsMonthButNotWithAnotherDay() {
        Claim august = claim(List.of(), null, null, ClaimBound.EXACT, LocalDate.of(2025, 8, 1), DatePrecision.MONTH);
        Claim fifth = claim(List.of(), null, null, ClaimBound.EXACT, LocalDate.of(2025, 8, 5), DatePrecision.DAY);
        Claim sixth = claim(List.of(), null, null, ClaimBound.EXACT, LocalDate.of(2025, 8, 6), DatePrecision.DAY);
        Claim september = claim(List.of(), null, null, ClaimBound.EXACT, LocalDate.of(2025, 9, 1), DatePrecision.MONTH);
        assertThat(fields(august, fifth)).isEmpty();
        assertThat(fields(fifth, sixth)).containsExactly(ConflictField.DATE);
        assertThat(fields(august, september)).containsExactly(ConflictField.DATE);
    }

    @Test
    void aFieldOnWhichOnlyOneClaimSaysAnythingCannotDisagree() {
        assertThat(fields(amount("100", "EUR"))).isEmpty();
        assertThat(fields(amount("100", "EUR"), claim(List.of("NLD"), null, null, ClaimBound.EXACT, null, null))).isEmpty();
    }

    @Test
    void theToleranceIsReadAsAPercentageOrAFraction() {
        assertThat(ClaimConflicts.tolerance("2%")).isEqualByComparingTo("0.02");
        assertThat(ClaimConflicts.tolerance("0.05")).isEqualByComparingTo("0.05");
        assertThatThrownBy(() -> ClaimConflicts.tolerance("150%")).isInstanceOf(IllegalArgumentException.class);
    }
}
