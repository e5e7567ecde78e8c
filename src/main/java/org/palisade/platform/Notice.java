package org.palisade.platform;

/**
 * A confirmation shown once at the top of the next page ("Package 4 opened"), as a message key and its
 * arguments so it appears in the reader's language. Pages put it in a flash attribute named {@code notice}.
 */
public record Notice(String key, Object... args) {

    public static final String ATTRIBUTE = "notice";
}
