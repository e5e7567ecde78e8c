package org.palisade.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void markupIsStrippedAndEntitiesDecoded() {
        ArticleText text = ArticleText.of("<html><head><title>x</title><script>var a = '<p>';</script></head><body>"
                + "<h1>Aid &amp; arms</h1><p>It&rsquo;s &#8364;5&nbsp;m &#x2014; said.</p></body></html>");
        assertThat(text.paragraphs()).containsExactly(List.of("Aid & arms"), List.of("It’s €5 m — said."));
    }

    @Test
    void sentencesDoNotEndAtAbbreviationsOrInitials() {
        assertThat(ArticleText.of("The U.S. said Gen. Smith met allies on Dec. 29. The Netherlands then paid €250 million.")
                .paragraphs().get(0)).containsExactly("The U.S. said Gen. Smith met allies on Dec. 29.",
                        "The Netherlands then paid €250 million.");
    }

    @Test
    void decimalsAndQuotesDoNotCutASentence() {
        assertThat(ArticleText.of("Norway gave NOK 1.5 billion. \"We will do more,\" she said.").paragraphs().get(0))
                .containsExactly("Norway gave NOK 1.5 billion.", "\"We will do more,\" she said.");
    }

    @Test
    void plainTextLinesArePlainText() {
        assertThat(ArticleText.of("a < b and c > d").paragraphs()).containsExactly(List.of("a < b and c > d"));
    }
}
