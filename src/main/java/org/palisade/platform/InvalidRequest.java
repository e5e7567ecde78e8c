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

    /** One broken rule of a module at this field. */
    public InvalidRequest(String field, Refusal refusal) {
        this(List.of(new Violation(field, refusal)));
    }

    /** A violation of the input's shape found at the edge, with a bundle key of its own (see {@link Violations}). */
    public InvalidRequest(String field, String message, String key, Object... args) {
        this(List.of(new Violation(field, message, new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {key}, args.clone(), message))));
    }

    public List<Violation> violations() {
        return violations;
    }
}
