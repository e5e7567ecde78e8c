package org.palisade.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    @Test
    void anAmountAlwaysShowsItsCurrencyInTheReadersNotation() {
        Money money = Money.of("500000000.50", "EUR");
        assertThat(new MoneyFormat(Locale.ENGLISH).format(money)).isEqualTo("500,000,000.50 EUR");
        // Ukrainian groups digits with a (non-breaking) space and writes a decimal comma
        assertThat(new MoneyFormat(UKRAINIAN).format(money).replaceAll("[\\u00A0\\u202F]", " "))
                .isEqualTo("500 000 000,50 EUR");
    }

    @Test
    void minorUnitsFollowTheCurrency() {
        assertThat(new MoneyFormat(Locale.ENGLISH).format(Money.of("1500", "JPY"))).isEqualTo("1,500 JPY");
        assertThat(new MoneyFormat(Locale.ENGLISH).format(Money.of("1.5", "KWD"))).isEqualTo("1.500 KWD");
    }

    @Test
    void convertedValuesAreRoundedHalfEvenWhenShown() {
        MoneyFormat format = new MoneyFormat(Locale.ENGLISH);
        assertThat(format.format(new BigDecimal("10.125"), "USD")).isEqualTo("10.12 USD");
        assertThat(format.format(new BigDecimal("10.135"), "USD")).isEqualTo("10.14 USD");
        assertThat(format.whole(Money.of("2.50", "USD"))).isEqualTo("2 USD");
        assertThat(format.whole(Money.of("3.50", "USD"))).isEqualTo("4 USD");
    }

    @Test
    void noAmountShowsNothingRatherThanFailing() {
        assertThat(new MoneyFormat(Locale.ENGLISH).format(null)).isEmpty();
        assertThat(new MoneyFormat(null).format(Money.of("1", "EUR"))).isEqualTo("1.00 EUR");
    }
}
