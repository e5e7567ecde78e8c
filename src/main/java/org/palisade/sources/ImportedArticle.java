package org.palisade.sources;

import java.time.Instant;
import java.util.UUID;

/**
 * A news article handed in for review: the source it is recorded as, its readable text (markup stripped,
 * paragraphs apart by a blank line) and that text's SHA-256 digest, by which the same article is imported once.
 */
record ImportedArticle(UUID id, int number, UUID sourceId, String digest, String text, Instant importedAt,
        String importedBy) {

    /** The text as paragraphs of sentences, cut as the extractor cut them. */
    java.util.List<java.util.List<String>> paragraphs() {
        return ArticleText.of(text).paragraphs();
    }
}
