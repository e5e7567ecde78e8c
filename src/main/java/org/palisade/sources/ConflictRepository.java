package org.palisade.sources;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.palisade.platform.Paging;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conflicts between claims, seen as the record they are about may be seen. */
@Repository
class ConflictRepository {

    private static final String COLUMNS = """
            k.id, k.number, k.contribution_id, k.package_id, k.field, k.claim_ids, k.detected_at, k.decision,
            k.kept_claim_id, k.reason, k.resolved_at, k.resolved_by, k.version""";

    private final JdbcClient jdbc;

    ConflictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ClaimConflict k) {
        jdbc.sql("""
                INSERT INTO claim_conflict (id, contribution_id, package_id, field, claim_ids, detected_at)
                VALUES (:id, :contribution, :package, :field, :claims, :at)""")
                .param("id", k.id()).param("contribution", k.contributionId()).param("package", k.packageId())
                .param("field", k.field().name()).param("claims", k.claims().toArray(UUID[]::new))
                .param("at", ClaimRepository.timestamp(k.detectedAt())).update();
    }

    void updateClaims(UUID id, List<UUID> claims) {
        jdbc.sql("UPDATE claim_conflict SET claim_ids = :claims, version = version + 1 WHERE id = :id")
                .param("claims", claims.toArray(UUID[]::new)).param("id", id).update();
    }

    boolean resolve(ClaimConflict k, long expectedVersion) {
        return jdbc.sql("""
                UPDATE claim_conflict SET decision = :decision, kept_claim_id = :kept, reason = :reason,
                    resolved_at = :at, resolved_by = :by, version = version + 1
                WHERE id = :id AND version = :v AND resolved_at IS NULL""")
                .param("decision", k.decision().name()).param("kept", k.keptClaimId()).param("reason", k.reason())
                .param("at", ClaimRepository.timestamp(k.resolvedAt())).param("by", k.resolvedBy())
                .param("id", k.id()).param("v", expectedVersion).update() == 1;
    }

    /** Every conflict about one record, open ones first, newest first. */
    List<ClaimConflict> about(UUID recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM claim_conflict k WHERE k.contribution_id = :id OR k.package_id = :id
                 ORDER BY k.resolved_at IS NOT NULL, k.number DESC""")
                .param("id", recordId).query(ConflictRepository::row).list();
    }

    Optional<ClaimConflict> find(UUID id, Viewer viewer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM claim_conflict k WHERE k.id = :id AND "
                        + Visibility.aboutRecordPredicate("k"))
                .param("id", id).params(Visibility.parameters(viewer)).query(ConflictRepository::row).optional();
    }

    /** Open conflicts about records the viewer may see, newest first. */
    List<ClaimConflict> open(Viewer viewer, Paging paging) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM claim_conflict k WHERE k.resolved_at IS NULL AND "
                        + Visibility.aboutRecordPredicate("k") + " ORDER BY " + paging.orderBy()
                        + ", k.number DESC LIMIT :limit OFFSET :offset")
                .params(Visibility.parameters(viewer)).param("limit", paging.size()).param("offset", paging.offset())
                .query(ConflictRepository::row).list();
    }

    long countOpen(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM claim_conflict k WHERE k.resolved_at IS NULL AND "
                        + Visibility.aboutRecordPredicate("k"))
                .params(Visibility.parameters(viewer)).query(Long.class).single();
    }

    private static ClaimConflict row(ResultSet rs, int n) throws SQLException {
        Array ids = rs.getArray("claim_ids");
        String decision = rs.getString("decision");
        return new ClaimConflict(rs.getObject("id", UUID.class), rs.getInt("number"),
                rs.getObject("contribution_id", UUID.class), rs.getObject("package_id", UUID.class),
                ConflictField.valueOf(rs.getString("field")), Arrays.asList((UUID[]) ids.getArray()),
                ClaimRepository.instant(rs, "detected_at"), decision == null ? null : ConflictDecision.valueOf(decision),
                rs.getObject("kept_claim_id", UUID.class), rs.getString("reason"),
                ClaimRepository.instant(rs, "resolved_at"), rs.getString("resolved_by"), rs.getLong("version"));
    }
}
