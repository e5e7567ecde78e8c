package org.palisade.platform;

import java.util.List;

/** A request that breaks a domain rule: answered 422 with every field at fault. */
public class InvalidRequest extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequest(List<Violation> violations) {
        super(violations.isEmpty() ? "Invalid request" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public InvalidRequest(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    /** One violation with its wording in the bundles (see {@link Wording}). */
    public InvalidRequest(String field, String message, String key, Object... args) {
        this(List.of(new Violation(field, message, Wording.of(message, key, args))));
    }

    public List<Violation> violations() {
        return violations;
    }
}
