package org.palisade.platform;

import java.io.Serializable;

/**
 * A confirmation shown once at the top of the next page ("Package 4 opened"), as a message key and its
 * arguments so it appears in the reader's language. Pages put it in a flash attribute named {@code notice}.
 * Flash attributes travel in the session, which is stored in PostgreSQL: a notice must be serializable, and
 * so must its arguments (numbers, strings, dates).
 */
public record Notice(String key, Object... args) implements Serializable {

    public static final String ATTRIBUTE = "notice";
}
