package org.palisade.platform;

import java.util.ArrayList;
import java.util.List;

/** Collects every violation of a request before refusing it, so the caller can fix them all at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new Violation(field, message));
        return this;
    }

    /** A violation pages can say in the reader's language: bundle key and arguments beside the API's English. */
    public Violations add(String field, String message, String key, Object... args) {
        found.add(new Violation(field, message, Wording.of(message, key, args)));
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    /** {@link #check(boolean, String, String)} with the violation's wording in the bundles. */
    public Violations check(boolean ok, String field, String message, String key, Object... args) {
        if (!ok) {
            add(field, message, key, args);
        }
        return this;
    }

    /** Whether a violation was already found for this field or one inside it (e.g. "target.amount"). */
    public boolean mentions(String field) {
        return found.stream().anyMatch(f -> f.field().equals(field) || f.field().startsWith(field + ".")
                || f.field().startsWith(field + "["));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRequest(found);
        }
    }
}
