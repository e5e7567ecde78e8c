package org.palisade.sources;

import java.time.LocalDate;
import org.palisade.platform.Refusal;

/** Why a source is refused: facts only, worded at the edge by {@link SourceRefusalWords}. */
public sealed interface SourceRefusal extends Refusal {

    record KindMissing() implements SourceRefusal {
    }

    record OutletMissing(int max) implements SourceRefusal {
    }

    record TitleMissing(int max) implements SourceRefusal {
    }

    /** Too long a text for its field. */
    record TooLong(int max, int length) implements SourceRefusal {
    }

    /** An address must be an absolute http(s) URL. */
    record UrlMalformed(String url) implements SourceRefusal {
    }

    /** A source cannot be published after today. */
    record PublishedInFuture(LocalDate on, LocalDate today) implements SourceRefusal {
    }

    /** An IETF language tag such as "en" or "uk". */
    record LanguageMalformed(String language) implements SourceRefusal {
    }
}
