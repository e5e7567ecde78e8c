package org.palisade.sources;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Programs a claim can name. Only the Prioritised Ukraine Requirements List (PURL), through which allies buy
 * US weapons for Ukraine, is read so far; other schemes are left to the reviewer.
 */
final class Programs {

    static final String PURL = "PURL";
    private static final Pattern PURL_NAMED = Pattern.compile(
            "\\bPURL\\b|(?i:\\bPrioriti[sz]ed\\s+Ukraine\\s+Requirements?\\s+List\\b)");

    private Programs() {
    }

    static Optional<String> namedIn(String text) {
        return PURL_NAMED.matcher(text).find() ? Optional.of(PURL) : Optional.empty();
    }
}
