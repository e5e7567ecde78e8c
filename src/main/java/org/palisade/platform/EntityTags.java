package org.palisade.platform;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Conditional reads (RFC 9110 §13.1.2): whether an {@code If-None-Match} header names the current entity tag,
 * and the headers of an answer that a client or cache may keep and revalidate.
 */
public final class EntityTags {

    /** Answers differ by who asks, so caches keep one per signed-in identity and session cookie. */
    public static final String VARY = "Authorization, Cookie";

    private EntityTags() {
    }

    /** True when {@code ifNoneMatch} lists {@code tag} (compared weakly, as If-None-Match requires) or is "*". */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets the tag and what a cache needs to know: revalidate every time ({@code no-cache}), keep it private
     * when the answer is for one signed-in viewer, and vary by the headers that tell viewers apart.
     */
    public static void describe(HttpServletResponse response, String tag, boolean personal, String vary) {
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", personal ? "private, no-cache" : "no-cache");
        response.setHeader("Vary", vary);
    }

    private static String opaque(String tag) {
        return tag.strip().replaceFirst("^W/", "");
    }
}
