package org.palisade.platform;

import java.util.Objects;

/**
 * A call a hot write's transaction makes before its first change (a setting, a shared lock), written as one
 * expression so that another statement can carry it (see {@link Idempotency#onceAsHotWrite}): on a busy pair
 * of cores each round trip to the database costs more than the work it carries. Its owner asks
 * {@link #madeInThisTransaction()} and makes the call itself only when nothing carried it.
 */
public final class Preamble {

    private final String call;

    private Preamble(String call) {
        this.call = Objects.requireNonNull(call);
    }

    /** @param call a SQL expression with no parameters, e.g. {@code pg_advisory_xact_lock_shared(42)} */
    public static Preamble of(String call) {
        return new Preamble(call);
    }

    String call() {
        return call;
    }

    /** Whether a statement of the current transaction carried this call. */
    public boolean madeInThisTransaction() {
        return ThisTransaction.kept(this) != null;
    }

    /** Remembers, until the current transaction ends, that a statement carried this call. */
    void made() {
        ThisTransaction.keep(this, () -> Boolean.TRUE);
    }

    @Override
    public String toString() {
        return call;
    }
}
