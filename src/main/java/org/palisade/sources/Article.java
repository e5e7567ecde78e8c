package org.palisade.sources;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as it is handed in: its text (plain or HTML), when it was published (null when unknown, then
 * relative dates such as "on Monday" stay unresolved), the outlet (which says what a bare "$" is) and its
 * language (an IETF tag; only English is read).
 */
record Article(String text, LocalDate published, String outlet, String language) {

    Article {
        Objects.requireNonNull(text, "text");
    }
}
