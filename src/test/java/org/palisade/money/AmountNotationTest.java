package org.palisade.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An amount typed as the page shows it is read as the amount the page showed. */
class AmountNotationTest {

    private static final Locale EN = Locale.UK;
    private static final Locale UK = Locale.forLanguageTag("uk-UA");

    @Test
    void englishGroupsWithCommasAndMarksDecimalsWithAPoint() {
        assertThat(AmountNotation.parse("120,000,000", EN)).isEqualByComparingTo("120000000");
        assertThat(AmountNotation.parse("120,000,000.50", EN)).isEqualTo(new BigDecimal("120000000.50"));
        assertThat(AmountNotation.parse(" 1000.5 ", EN)).isEqualTo(new BigDecimal("1000.5"));
        assertThat(AmountNotation.parse("0.8700", EN)).isEqualTo(new BigDecimal("0.8700"));
    }

    @Test
    void ukrainianGroupsWithSpacesOfAnyKindAndMarksDecimalsWithAComma() {
        assertThat(AmountNotation.parse("25 000 000,00", UK)).isEqualTo(new BigDecimal("25000000.00"));
        assertThat(AmountNotation.parse("25\u00A0000\u00A0000,00", UK)).isEqualTo(new BigDecimal("25000000.00"));
        assertThat(AmountNotation.parse("25\u202F000\u202F000", UK)).isEqualTo(new BigDecimal("25000000"));
        assertThat(AmountNotation.parse("0,8700", UK)).isEqualTo(new BigDecimal("0.8700"));
        // plain digits with a point, as copied from a spreadsheet or the API
        assertThat(AmountNotation.parse("1000.50", UK)).isEqualTo(new BigDecimal("1000.50"));
    }

    @Test
    void whatTheAppShowsIsReadBackAsTheSameAmount() {
        for (Locale language : new Locale[] {EN, UK}) {
            BigDecimal amount = new BigDecimal("619918390.80");
            assertThat(AmountNotation.parse(AmountNotation.print(amount, language), language)).isEqualTo(amount);
            Money money = Money.of("25000000.00", "EUR");
            String shown = new MoneyFormat(language).format(money).replace(" EUR", "");
            assertThat(AmountNotation.parse(shown, language)).isEqualByComparingTo(money.amount());
        }
    }

    @Test
    void aTextThatCouldBeReadTwoWaysIsRefusedNotGuessed() {
        // on an English page "1,5" is neither fifteen nor one and a half
        assertThatIllegalArgumentException().isThrownBy(() -> AmountNotation.parse("1,5", EN));
        assertThatIllegalArgumentException().isThrownBy(() -> AmountNotation.parse("1,50,000", EN));
        assertThatIllegalArgumentException().isThrownBy(() -> AmountNotation.parse("1.000,50", UK));
        assertThatIllegalArgumentException().isThrownBy(() -> AmountNotation.parse("12 EUR", EN));
        assertThatIllegalArgumentException().isThrownBy(() -> AmountNotation.parse("1e6", EN));
    }

    @Test
    void anEmptyFieldIsNoAmount() {
        assertThat(AmountNotation.parse("  ", EN)).isNull();
        assertThat(AmountNotation.parse(null, UK)).isNull();
    }
}
