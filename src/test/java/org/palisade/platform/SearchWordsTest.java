package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void everyWordIsFoundByItsBeginningAndAllOfThemAreRequired() {
        assertThat(SearchWords.of("  Patr  INTER ").tsquery()).isEqualTo("patr:* & inter:*");
    }

    @Test
    void queryPunctuationIsNeverReadAsSyntax() {
        SearchWords words = SearchWords.of("a & b | !c:* (d) 'e'");
        assertThat(words.words()).containsExactly("a", "b", "c", "d", "e");
        assertThat(words.tsquery()).isEqualTo("a:* & b:* & c:* & d:* & e:*");
    }

    @Test
    void ukrainianWordsAreKeptAndANumberOnItsOwnIsReadAsANumber() {
        assertThat(SearchWords.of("Пакет 4").words()).containsExactly("пакет", "4");
        assertThat(SearchWords.of("Пакет 4").number()).isEqualTo(4);
        assertThat(SearchWords.of("PAC-3").number()).isEqualTo(3);
        assertThat(SearchWords.of("12345678901").number()).isNull();
    }

    @Test
    void nothingTypedSearchesNothing() {
        assertThat(SearchWords.of(null).isEmpty()).isTrue();
        assertThat(SearchWords.of(" ,;- ").isEmpty()).isTrue();
    }
}
