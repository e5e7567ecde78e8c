package org.palisade.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of every application table (row count and an md5 of the rows), so a test can prove that a
 * refused request changed nothing at all.
 */
public record DatabaseSnapshot(Map<String, String> tables) {

    // The audit sequencer works in the background, not for any request: it fills the sequencing columns of
    // entries already written and adds checkpoints. Entries are compared without those columns (so a new
    // entry still counts as a write) and checkpoints not at all.
    private static final Map<String, String> ROWS = Map.of("audit_entry", "(t.id, t.occurred_at, t.actor,"
            + " t.actor_organisation_id, t.record_type, t.record_id, t.owner_organisation_id, t.action, t.before,"
            + " t.after, t.reason)");

    public static DatabaseSnapshot take(JdbcClient jdbc) {
        List<String> names = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'
                order by table_name""").query(String.class).list();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String table : names) {
            // Page sessions are not records: every page request of a signed-in visitor touches its session
            // (last access time, CSRF token), refused or not.
            if (table.equals("audit_checkpoint") || table.startsWith("spring_session")) {
                continue;
            }
            String row = ROWS.getOrDefault(table, "t");
            String fp = jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(" + row + "::text, '|' order by "
                    + row + "::text)), '') from \"" + table + "\" t").query(String.class).single();
            fingerprints.put(table, fp);
        }
        return new DatabaseSnapshot(fingerprints);
    }

    /**
     * The snapshot without the audit trail's tables: a refused attempt changes no record but is itself
     * written to the audit trail.
     */
    public DatabaseSnapshot withoutAudit() {
        Map<String, String> records = new LinkedHashMap<>(tables);
        records.keySet().removeIf(table -> table.startsWith("audit"));
        return new DatabaseSnapshot(records);
    }
}
