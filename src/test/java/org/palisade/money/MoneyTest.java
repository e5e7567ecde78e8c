package org.palisade.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountIsHeldAtTheCurrencysMinorUnits() {
        assertThat(Money.of("500", "EUR").amount()).isEqualByComparingTo("500.00");
        assertThat(Money.of("500", "EUR").amount().scale()).isEqualTo(2);
        assertThat(Money.of("1000", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1.234", "KWD").amount().scale()).isEqualTo(3);
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
        assertThatThrownBy(() -> Money.of("10.005", "EUR")).hasMessageContaining("more decimals than EUR");
        assertThatThrownBy(() -> Money.of("10.5", "JPY")).hasMessageContaining("JPY");
    }

    @Test
    void unknownCurrencyAndCurrencyWithoutMinorUnitAreRefused() {
        assertThatThrownBy(() -> CurrencyCode.of("XYZ")).hasMessageContaining("Unknown ISO 4217 currency 'XYZ'");
        assertThatThrownBy(() -> CurrencyCode.of("eur")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> CurrencyCode.of("XAU")).hasMessageContaining("no minor unit");
    }

    @Test
    void recordedAmountsArePositiveAndAtMostTenToTheThirteenth() {
        assertThatThrownBy(() -> Money.of("-5", "EUR").requirePositiveAndBounded())
                .hasMessage("Amount must be positive (was -5.00 EUR)");
        assertThatThrownBy(() -> Money.of("0", "EUR").requirePositiveAndBounded()).hasMessageContaining("positive");
        assertThatThrownBy(() -> Money.of("10000000000000.01", "USD").requirePositiveAndBounded())
                .hasMessageContaining("at most 10^13");
        assertThat(Money.of("10000000000000", "USD").requirePositiveAndBounded().amount())
                .isEqualByComparingTo("10000000000000");
    }

    @Test
    void roundingOfComputedValuesIsHalfEven() {
        assertThat(Money.rounded(new BigDecimal("0.125"), CurrencyCode.EUR).amount()).isEqualByComparingTo("0.12");
        assertThat(Money.rounded(new BigDecimal("0.135"), CurrencyCode.EUR).amount()).isEqualByComparingTo("0.14");
    }

    @Test
    void differentCurrenciesDoNotMixWithoutConversion() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD"))).hasMessageContaining("convert first");
        assertThat(Money.of("1.10", "EUR").plus(Money.of("2", "EUR"))).isEqualTo(Money.of("3.10", "EUR"));
    }
}
