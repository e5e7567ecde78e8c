package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counted words take the form their language gives the number. */
class PluralsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Test
    void ukrainianHasOneFewAndManyByTheLastDigits() {
        assertThat(Plurals.form(UK, 1)).isEqualTo("one");
        assertThat(Plurals.form(UK, 21)).isEqualTo("one");
        assertThat(Plurals.form(UK, 11)).isEqualTo("many");
        assertThat(Plurals.form(UK, 3)).isEqualTo("few");
        assertThat(Plurals.form(UK, 24)).isEqualTo("few");
        assertThat(Plurals.form(UK, 13)).isEqualTo("many");
        assertThat(Plurals.form(UK, 2000)).isEqualTo("many");
        assertThat(Plurals.form(UK, 0)).isEqualTo("many");
    }

    @Test
    void englishHasOneAndTheRest() {
        assertThat(Plurals.form(Locale.ENGLISH, 1)).isEqualTo("one");
        assertThat(Plurals.form(Locale.ENGLISH, 2000)).isEqualTo("many");
        assertThat(Plurals.key("items.left", Locale.ENGLISH, 0)).isEqualTo("items.left.many");
    }
}
