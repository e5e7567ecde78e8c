package org.palisade.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a hot write use PostgreSQL's generic plans for the rest of its transaction. Statements whose conditions
 * carry the viewer's flags ({@code :viewerSystem OR ...}) or optional parts ({@code :package IS NOT NULL}) look
 * cheaper when planned for their values, so the server re-plans them on every execution: for a pledge that
 * was about 1.4 ms of its 3 ms of database time (the writing statement alone 0.9 ms). The statements of a write
 * look rows up by key, where the generic plan is as good; reads with optional filters keep planning per call,
 * since there a plan for the values given can use an index that a generic one cannot.
 */
@Component
public class GenericPlans {

    /** The setting, for a statement that can carry it (see {@link Idempotency#onceAsHotWrite}). */
    static final Preamble SETTING = Preamble.of("set_config('plan_cache_mode', 'force_generic_plan', true)");

    private final JdbcClient jdbc;

    GenericPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until the current transaction ends (a setting of {@code SET LOCAL}'s kind). */
    public void forThisTransaction() {
        if (!SETTING.madeInThisTransaction()) {
            jdbc.sql("SELECT " + SETTING.call()).query(String.class).single();
        }
    }
}
