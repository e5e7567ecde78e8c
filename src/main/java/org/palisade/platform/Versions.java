package org.palisade.platform;

/** Reads the optimistic-locking version a client sends in {@code If-Match} (an ETag such as {@code "3"}). */
public final class Versions {

    private Versions() {
    }

    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String raw = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("If-Match", "If-Match must be the record's version, e.g. \"3\" (was " + ifMatch + ")");
        }
    }
}
