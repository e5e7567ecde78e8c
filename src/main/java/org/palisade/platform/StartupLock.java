package org.palisade.platform;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that must happen once per database, not once per instance: two instances started at the same
 * moment on an empty database would otherwise both load the demo data, and the second would fail on a unique
 * key and not start. The work runs in one transaction holding a PostgreSQL advisory lock; the instance that
 * waited finds the work done when the lock is released (the lock is released at commit, after the rows are
 * visible), so the work must check for itself whether it is still needed, after taking the lock.
 */
@Component
public class StartupLock {

    /** Demo organisations, list, packages and users ("DEMODATA" in ASCII). */
    public static final long DEMO_DATA = 0x44454D4F44415441L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    StartupLock(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs {@code work} in a transaction once no other instance holds {@code key}. */
    public <T> T holding(long key, Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", key).query((rs, n) -> n).single();
            return work.get();
        });
    }
}
