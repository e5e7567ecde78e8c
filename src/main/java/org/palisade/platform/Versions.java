package org.palisade.platform;

/**
 * Reads the optimistic-locking version a client sends in {@code If-Match}: an ETag such as {@code "3"}, or
 * {@code "3.L120-a"} where a read's tag also names what else its answer holds (a package's coverage); only the
 * version before {@value #SEPARATOR} is compared.
 */
public final class Versions {

    public static final String SEPARATOR = ".";

    private Versions() {
    }

    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String raw = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        int separator = raw.indexOf(SEPARATOR);
        if (separator > 0) {
            raw = raw.substring(0, separator);
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("If-Match", "If-Match must be the record's version, e.g. \"3\" (was " + ifMatch + ")");
        }
    }
}
