package org.palisade.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A source's language is named in the reader's language, never shown as its bare code. */
class LanguageNamesTest {

    private final LanguageNames names = new LanguageNames();

    @Test
    void aKnownCodeIsNamedInTheReadersLanguage() {
        assertThat(names.name("en", Locale.ENGLISH)).isEqualTo("English");
        assertThat(names.name("en", Locale.forLanguageTag("uk"))).isEqualTo("англійська");
        assertThat(names.name("uk", Locale.forLanguageTag("uk"))).isEqualTo("українська");
        assertThat(names.name(" it ", Locale.ENGLISH)).isEqualTo("Italian");
    }

    @Test
    void anUnknownCodeIsShownAsGivenAndNoneStaysNone() {
        assertThat(names.name("xx", Locale.ENGLISH)).isEqualTo("xx");
        assertThat(names.name(null, Locale.ENGLISH)).isNull();
        assertThat(names.name(" ", Locale.ENGLISH)).isNull();
    }
}
