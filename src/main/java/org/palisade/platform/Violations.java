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

    /** A module's rule broken at this field, said by its {@link RefusalWords}. */
    public Violations add(String field, Refusal refusal) {
        found.add(new Violation(field, refusal));
        return this;
    }

    /** {@link #add(String, Refusal)} unless the rule holds. */
    public Violations check(boolean ok, String field, Refusal refusal) {
        if (!ok) {
            add(field, refusal);
        }
        return this;
    }

    /**
     * A violation of the input's shape found at the edge (reading a form or a file), with a bundle key of its
     * own beside the API's English; a module's rules use {@link #add(String, Refusal)}.
     */
    public Violations add(String field, String message, String key, Object... args) {
        found.add(new Violation(field, message, new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {key}, args.clone(), message)));
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

    /** The violations found so far, in the order found (e.g. for a report that lists them without refusing). */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** How many violations were found so far (a caller checking one part compares before and after). */
    public int size() {
        return found.size();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRequest(found);
        }
    }
}
