package org.palisade.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the audit trail. Runs inside the caller's transaction; never opens its own. */
@Repository
class AuditRepository {

    /**
     * The advisory lock that makes one instance the sequencer ("PALISADE" in ASCII). Taken per transaction
     * (pg_try_advisory_xact_lock), so it is released by commit, rollback or a dropped connection, and can
     * never stay held on a pooled connection.
     */
    static final long SEQUENCER_LOCK = 0x50414C4953414445L;

    static final String COLUMNS = """
            id, occurred_at, actor, actor_organisation_id, record_type, record_id, owner_organisation_id, action,
            before::text AS before, after::text AS after, reason, sequence, prev_hash, hash, sequenced_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void append(ChainRow entry) {
        jdbc.sql(APPEND).params(appendParams(entry)).update();
    }

    /** Appends an unsequenced entry; its parameters are {@link #appendParams}. */
    static final String APPEND = """
            INSERT INTO audit_entry (id, occurred_at, actor, actor_organisation_id, record_type, record_id,
                                     owner_organisation_id, action, before, after, reason)
            VALUES (:id, :occurredAt, :actor, :actorOrg, :recordType, :recordId, :owner, :action,
                    CAST(:before AS jsonb), CAST(:after AS jsonb), :reason)""";

    static Map<String, Object> appendParams(ChainRow entry) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", entry.id());
        p.put("occurredAt", utc(entry.occurredAt()));
        p.put("actor", entry.actor());
        p.put("actorOrg", entry.actorOrganisationId());
        p.put("recordType", entry.recordType());
        p.put("recordId", entry.recordId());
        p.put("owner", entry.owner());
        p.put("action", entry.action());
        p.put("before", entry.before());
        p.put("after", entry.after());
        p.put("reason", entry.reason());
        return p;
    }

    boolean tryLockSequencer() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", SEQUENCER_LOCK)
                .query(Boolean.class).single();
    }

    void lockSequencer() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", SEQUENCER_LOCK).query((rs, n) -> n).single();
    }

    /** The last sequenced entry as (sequence, hash), read through the unique index on sequence. */
    Optional<Link> lastEntry() {
        return jdbc.sql("SELECT sequence, hash FROM audit_entry WHERE sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1")
                .query((rs, n) -> new Link(rs.getLong("sequence"), rs.getString("hash"))).optional();
    }

    Optional<Link> lastCheckpoint() {
        return jdbc.sql("SELECT sequence, head_hash FROM audit_checkpoint ORDER BY sequence DESC LIMIT 1")
                .query((rs, n) -> new Link(rs.getLong("sequence"), rs.getString("head_hash"))).optional();
    }

    /** Committed entries waiting for a place in the chain, oldest change first. */
    List<ChainRow> unsequenced(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence IS NULL ORDER BY occurred_at, id LIMIT :limit")
                .param("limit", limit)
                .query(AuditRepository::row).list();
    }

    /**
     * Gives a batch its places in one statement (one row per entry, not one statement each): the sequencer runs
     * beside the writers, and what it spends is taken from them.
     */
    void place(List<ChainRow> placed) {
        if (placed.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE audit_entry e SET sequence = p.sequence, prev_hash = p.prev_hash, hash = p.hash,
                       sequenced_at = :at
                FROM unnest(CAST(:ids AS uuid[]), CAST(:sequences AS bigint[]), CAST(:prevHashes AS text[]),
                            CAST(:hashes AS text[])) AS p (id, sequence, prev_hash, hash)
                WHERE e.id = p.id AND e.sequence IS NULL""")
                .param("ids", placed.stream().map(ChainRow::id).toArray(UUID[]::new))
                .param("sequences", placed.stream().map(ChainRow::sequence).toArray(Long[]::new))
                .param("prevHashes", placed.stream().map(ChainRow::prevHash).toArray(String[]::new))
                .param("hashes", placed.stream().map(ChainRow::hash).toArray(String[]::new))
                .param("at", utc(placed.get(0).sequencedAt()))
                .update();
    }

    void checkpoint(Link head, Instant at) {
        jdbc.sql("INSERT INTO audit_checkpoint (sequence, head_hash, created_at) VALUES (:sequence, :hash, :at)")
                .param("sequence", head.sequence()).param("hash", head.hash()).param("at", utc(at))
                .update();
    }

    /**
     * Streams the sequenced entries in chain order to {@code walker} until it answers false. Rows are fetched
     * in slices so that a long chain does not have to fit in memory (needs a transaction, as a cursor does).
     */
    void walkChain(Predicate<ChainRow> walker) {
        template.query(con -> {
            var statement = con.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE sequence IS NOT NULL ORDER BY sequence");
            statement.setFetchSize(1000);
            return statement;
        }, (ResultSet rs) -> {
            while (rs.next() && walker.test(row(rs, 0))) {
                // the walker keeps its own state
            }
            return null;
        });
    }

    OptionalLong sequenceWithHash(String hash) {
        return jdbc.sql("SELECT sequence FROM audit_entry WHERE hash = :hash AND sequence IS NOT NULL ORDER BY sequence LIMIT 1")
                .param("hash", hash).query(Long.class).optional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** The first checkpoint whose head is not (or no longer) the entry stored at its sequence number. */
    Optional<CheckpointMismatch> firstBrokenCheckpoint() {
        return jdbc.sql("""
                SELECT c.sequence, e.id
                FROM audit_checkpoint c LEFT JOIN audit_entry e ON e.sequence = c.sequence
                WHERE e.hash IS DISTINCT FROM c.head_hash
                ORDER BY c.sequence LIMIT 1""")
                .query((rs, n) -> new CheckpointMismatch(rs.getLong("sequence"), rs.getObject("id", UUID.class)))
                .optional();
    }

    UUID entryIdAt(long sequence) {
        return jdbc.sql("SELECT id FROM audit_entry WHERE sequence = :sequence").param("sequence", sequence)
                .query(UUID.class).optional().orElse(null);
    }

    long unsequencedBefore(Instant cutoff) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE sequence IS NULL AND occurred_at < :cutoff")
                .param("cutoff", utc(cutoff)).query(Long.class).single();
    }

    List<ChainRow> history(String recordType, UUID recordId, int limit, long offset, boolean newestFirst) {
        // Unsequenced entries are the newest; the index on (record_type, record_id, sequence DESC) serves both
        // directions.
        String order = newestFirst ? "sequence DESC NULLS FIRST, occurred_at DESC, id DESC"
                : "sequence ASC NULLS LAST, occurred_at, id";
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE record_type = :type AND record_id = :id"
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .param("type", recordType).param("id", recordId).param("limit", limit).param("offset", offset)
                .query(AuditRepository::row).list();
    }

    long historySize(String recordType, UUID recordId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = :type AND record_id = :id")
                .param("type", recordType).param("id", recordId).query(Long.class).single();
    }

    static ChainRow row(ResultSet rs, int n) throws SQLException {
        return new ChainRow(rs.getObject("id", UUID.class), instant(rs, "occurred_at"), rs.getString("actor"),
                rs.getObject("actor_organisation_id", UUID.class), rs.getString("record_type"),
                rs.getObject("record_id", UUID.class), rs.getObject("owner_organisation_id", UUID.class),
                rs.getString("action"), rs.getString("before"), rs.getString("after"), rs.getString("reason"),
                rs.getObject("sequence", Long.class), rs.getString("prev_hash"), rs.getString("hash"),
                instant(rs, "sequenced_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A position in the chain: a sequence number and the hash of the entry there. */
    record Link(long sequence, String hash) {
    }

    record CheckpointMismatch(long sequence, UUID entryId) {
    }
}
