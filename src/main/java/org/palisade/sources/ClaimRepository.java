package org.palisade.sources;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims, seen as the record they are about may be seen ({@link Visibility#aboutRecordPredicate}). */
@Repository
class ClaimRepository {

    private static final String COLUMNS = """
            c.id, c.number, c.contribution_id, c.package_id, c.source_id, c.contributor_codes, c.amount, c.currency,
            c.bound, c.claimed_on, c.date_precision, c.program, c.items, c.evidence, c.used, c.chosen_by, c.chosen_at,
            c.chosen_reason, c.created_at, c.created_by, c.version""";

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int insert(Claim c) {
        return jdbc.sql("""
                INSERT INTO claim (id, contribution_id, package_id, source_id, contributor_codes, amount, currency, bound,
                    claimed_on, date_precision, program, items, evidence, used, chosen_by, chosen_at, chosen_reason,
                    created_at, created_by)
                VALUES (:id, :contribution, :package, :source, :contributors, :amount, :currency, :bound, :on, :precision,
                    :program, :items, :evidence, :used, :chosenBy, :chosenAt, :chosenReason, :at, :by)
                RETURNING number""")
                .param("id", c.id()).param("contribution", c.contributionId()).param("package", c.packageId())
                .param("source", c.sourceId()).param("contributors", c.contributors().toArray(String[]::new))
                .param("amount", c.amount() == null ? null : c.amount().amount())
                .param("currency", c.amount() == null ? null : c.amount().currency().code())
                .param("bound", c.bound().name()).param("on", c.date())
                .param("precision", c.datePrecision() == null ? null : c.datePrecision().name())
                .param("program", c.program() == null ? null : c.program().name()).param("items", c.items())
                .param("evidence", c.evidence()).param("used", c.used()).param("chosenBy", c.chosenBy())
                .param("chosenAt", timestamp(c.chosenAt())).param("chosenReason", c.chosenReason())
                .param("at", timestamp(c.createdAt())).param("by", c.createdBy())
                .query(Integer.class).single();
    }

    Optional<Claim> find(UUID id, Viewer viewer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM claim c WHERE c.id = :id AND " + Visibility.aboutRecordPredicate("c"))
                .param("id", id).params(Visibility.parameters(viewer)).query(ClaimRepository::row).optional();
    }

    /**
     * The claims about one record, oldest first. The caller has checked that the viewer may see the record; the
     * claims follow it.
     */
    List<Claim> about(UUID recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM claim c WHERE c.contribution_id = :id OR c.package_id = :id ORDER BY c.number""")
                .param("id", recordId).query(ClaimRepository::row).list();
    }

    /** Claims, sources and open conflicts of each of these records that has claims (view {@code record_claims}). */
    java.util.Map<UUID, long[]> counts(java.util.Collection<UUID> recordIds) {
        java.util.Map<UUID, long[]> counts = new java.util.HashMap<>();
        if (recordIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT record_id, claims, sources, open_conflicts FROM record_claims WHERE record_id = ANY(:ids)")
                .param("ids", recordIds.toArray(UUID[]::new))
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)})).list();
        return counts;
    }

    /** Claims by id, for a page that has checked the viewer may see the records they are about. */
    List<Claim> all(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM claim c WHERE c.id = ANY(:ids) ORDER BY c.number")
                .param("ids", ids.toArray(UUID[]::new)).query(ClaimRepository::row).list();
    }

    /** The claims resting on one source that the viewer may see. */
    List<Claim> ofSource(UUID sourceId, Viewer viewer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM claim c WHERE c.source_id = :s AND "
                        + Visibility.aboutRecordPredicate("c") + " ORDER BY c.number")
                .param("s", sourceId).params(Visibility.parameters(viewer)).query(ClaimRepository::row).list();
    }

    /**
     * Makes the claim the one its record uses, and the one used so far no longer, if nobody changed the claim
     * since {@code expectedVersion}; false otherwise. The unique index on used claims keeps two choices made
     * at once from both winning.
     */
    boolean use(Claim chosen, long expectedVersion) {
        jdbc.sql("""
                UPDATE claim SET used = false, version = version + 1
                WHERE used AND (contribution_id = :record OR package_id = :record) AND id <> :id""")
                .param("record", chosen.recordId()).param("id", chosen.id()).update();
        return jdbc.sql("""
                UPDATE claim SET used = true, chosen_by = :by, chosen_at = :at, chosen_reason = :reason,
                    version = version + 1
                WHERE id = :id AND version = :v""")
                .param("by", chosen.chosenBy()).param("at", timestamp(chosen.chosenAt()))
                .param("reason", chosen.chosenReason()).param("id", chosen.id()).param("v", expectedVersion)
                .update() == 1;
    }

    /** Serialises changes to the claims of one record (recording, choosing, detecting conflicts). */
    void lockRecord(UUID recordId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "claims:" + recordId).query().singleRow();
    }

    static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Claim row(ResultSet rs, int n) throws SQLException {
        Array codes = rs.getArray("contributor_codes");
        List<String> contributors = codes == null ? List.of() : Arrays.asList((String[]) codes.getArray());
        String currency = rs.getString("currency");
        java.math.BigDecimal amount = rs.getBigDecimal("amount");
        Money money = amount == null ? null
                : Money.of(amount.setScale(CurrencyCode.of(currency).minorUnits(), java.math.RoundingMode.UNNECESSARY),
                        CurrencyCode.of(currency));
        String precision = rs.getString("date_precision");
        String program = rs.getString("program");
        return new Claim(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getObject("contribution_id", UUID.class),
                rs.getObject("package_id", UUID.class), rs.getObject("source_id", UUID.class), contributors, money,
                ClaimBound.valueOf(rs.getString("bound")), rs.getObject("claimed_on", java.time.LocalDate.class),
                precision == null ? null : DatePrecision.valueOf(precision),
                program == null ? null : ClaimProgram.valueOf(program), rs.getString("items"), rs.getString("evidence"),
                rs.getBoolean("used"), rs.getString("chosen_by"), instant(rs, "chosen_at"), rs.getString("chosen_reason"),
                instant(rs, "created_at"), rs.getString("created_by"), rs.getLong("version"));
    }
}
