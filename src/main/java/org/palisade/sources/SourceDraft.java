package org.palisade.sources;

import java.time.LocalDate;
import org.palisade.security.Disclosure;

/**
 * A source to record ({@link Sources#record}). Kind, outlet and title are required; the disclosure defaults to
 * public (most sources are published), the rest may be null.
 */
public record SourceDraft(SourceKind kind, String outlet, String title, String url, LocalDate publishedOn,
        String language, String excerpt, Disclosure disclosure) {
}
