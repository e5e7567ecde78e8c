package org.palisade.sources;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a claimed amount is: one pledge, a stated part of a package ("including €200m for ammunition"), or a
 * total or cumulative figure ("bringing its aid to €40bn", "$50 billion so far").
 */
enum ClaimKind {
    PLEDGE, COMPONENT, TOTAL;

    private static final Pattern TOTAL_BEFORE = Pattern.compile("(?i)\\b(?:total(?:l?ing|s|led)?|in all|cumulative\\w*|"
            + "overall|altogether|all told|combined|reached|reaching|reach|bringing|brings|brought|bring|amounts? to|"
            + "sum of|since (?:the )?(?:start|beginning|outbreak)|so far|to date|thus far|since 20\\d\\d|"
            + "since February|already (?:given|provided|sent|delivered|allocated|committed|donated)|"
            + "ha(?:s|ve|d) received|\\d+ (?:\\w+ )?packages)\\b[^.;]{0,45}$");
    private static final Pattern TOTAL_AFTER = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:so far|to date|thus far|in total|"
            + "in all|altogether|overall|since (?:the )?(?:start|beginning|outbreak|full-scale|invasion|war)|"
            + "since (?:February )?20\\d\\d|since Russia)");
    private static final Pattern COMPONENT_BEFORE = Pattern.compile("(?i)\\b(?:including|includes?|included|of which|"
            + "of this|of that|of it|among them|within it|within that|(?:its|their|the) share (?:was|is|will be|of)|"
            + "(?:its|their) part (?:was|is|will be))\\b(?:(?!worth|valued|costing|package)[^.;]){0,30}$");
    private static final Pattern COMPONENT_AFTER = Pattern.compile("(?i)^\\s*(?:of (?:it|this|that|which|the (?:package|"
            + "total|sum|amount|aid|money|funding|contribution))|is part of|are part of"
            + "|will go (?:to|towards|toward)|goes (?:to|towards))");

    /**
     * @param before the sentence before the amount (from the previous amount on)
     * @param after  the sentence after the amount
     */
    static ClaimKind of(String before, String after) {
        if (COMPONENT_AFTER.matcher(after).find() || COMPONENT_BEFORE.matcher(before).find()) {
            return COMPONENT;
        }
        if (TOTAL_BEFORE.matcher(before).find() || TOTAL_AFTER.matcher(after).find()) {
            return TOTAL;
        }
        return PLEDGE;
    }

    /** As the API writes it: {@code pledge}, {@code component}, {@code total}. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
