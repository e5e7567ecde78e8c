package org.palisade.platform;

/** One reason a request was refused, naming the field at fault (a JSON path such as {@code items[2].rank}). */
public record Violation(String field, String message) {
}
