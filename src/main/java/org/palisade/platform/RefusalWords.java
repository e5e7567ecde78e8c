package org.palisade.platform;

import java.util.Locale;

/**
 * How one module says its refusals: the English sentence of the API, and the arguments of the bundle key
 * that {@link Refusals#key} gives each refusal type (one key per type, in both languages). Implementations
 * are listed in {@code META-INF/services/org.palisade.platform.RefusalWords}, so the platform finds them
 * without depending on the modules.
 *
 * @param <R> the module's sealed refusal type
 */
public interface RefusalWords<R extends Refusal> {

    /** The module's sealed refusal interface. */
    Class<R> type();

    /** The refusal as the API says it (problem details, {@code errors[].message}). */
    String english(R refusal);

    /**
     * The arguments of the refusal's bundle key, in the order of its placeholders, for a reader of this
     * language: money and dates are formatted as the pages show them; a word of the bundles used inside the
     * sentence (a status, an action) is given as {@link Refusals#term}, and is translated too.
     */
    Object[] arguments(R refusal, Locale locale);
}
