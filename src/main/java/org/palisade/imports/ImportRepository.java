package org.palisade.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.palisade.imports.ImportJob.Phase;
import org.palisade.imports.ImportJob.Problem;
import org.palisade.imports.ImportJob.Status;
import org.palisade.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of imports (V18): the import of each file with its progress, and the uploads kept for the page. */
@Repository
class ImportRepository {

    private static final String COLUMNS = """
            id, number, digest, file_name, format, status, phase, rows_total, rows_done, contributions, problems,
            problem_count, started_by, started_at, updated_at, finished_at""";
    private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records a new running import of the file; the partial unique index on the digest refuses it (a
     * DuplicateKeyException) while another import of the same file runs or has succeeded.
     */
    ImportJob insert(UUID id, String digest, String fileName, String format, String by, UUID organisation, Instant at) {
        jdbc.sql("""
                INSERT INTO contribution_import (id, digest, file_name, format, status, phase, started_by,
                                                 started_by_organisation, started_at, updated_at)
                VALUES (:id, :digest, :name, :format, 'RUNNING', 'READING', :by, :org, :at, :at)""")
                .param("id", id).param("digest", digest).param("name", fileName).param("format", format)
                .param("by", by).param("org", organisation).param("at", utc(at)).update();
        return find(id).orElseThrow();
    }

    /** The import of this file that holds its digest (running or done), if any. */
    Optional<ImportJob> holding(String digest) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contribution_import WHERE digest = :d AND status <> 'FAILED'")
                .param("d", digest).query(this::map).optional();
    }

    /**
     * Gives up every running import that has shown no sign of life since {@code before} (the process running it
     * stopped): its transaction was rolled back with its connection, so it imported nothing.
     */
    int abandon(Instant before, Instant at, String problems) {
        return jdbc.sql("""
                UPDATE contribution_import SET status = 'FAILED', problems = CAST(:problems AS jsonb), problem_count = 1,
                       updated_at = :at, finished_at = :at
                WHERE status = 'RUNNING' AND updated_at < :before""")
                .param("problems", problems).param("at", utc(at)).param("before", utc(before)).update();
    }

    /** The heartbeat of imports running here: they are alive at {@code at}. */
    void beat(List<UUID> ids, Instant at) {
        jdbc.sql("""
                UPDATE contribution_import SET updated_at = greatest(updated_at, :at)
                WHERE id = ANY(:ids) AND status = 'RUNNING'""")
                .param("at", utc(at)).param("ids", ids.toArray(UUID[]::new)).update();
    }

    void progress(UUID id, Phase phase, Integer total, int done, Instant at) {
        jdbc.sql("""
                UPDATE contribution_import SET phase = :phase, rows_total = coalesce(:total, rows_total),
                       rows_done = :done, updated_at = :at
                WHERE id = :id AND status = 'RUNNING'""")
                .param("phase", phase.name()).param("total", total).param("done", done).param("at", utc(at))
                .param("id", id).update();
    }

    /**
     * Marks the running import imported; answers false when it is no longer running (it was given up as stale
     * meanwhile, and its file may already be imported again), so that the caller rolls back.
     */
    boolean imported(UUID id, int rows, int contributions, Instant at) {
        return jdbc.sql("""
                UPDATE contribution_import SET status = 'IMPORTED', phase = 'DONE', rows_total = :rows, rows_done = :rows,
                       contributions = :contributions, updated_at = :at, finished_at = :at
                WHERE id = :id AND status = 'RUNNING'""")
                .param("rows", rows).param("contributions", contributions).param("at", utc(at)).param("id", id)
                .update() == 1;
    }

    /** Marks the running import failed with its problems (an import already ended keeps its outcome). */
    void failed(UUID id, List<Problem> problems, int problemCount, Instant at) {
        jdbc.sql("""
                UPDATE contribution_import SET status = 'FAILED', problems = CAST(:problems AS jsonb),
                       problem_count = :count, updated_at = :at, finished_at = :at
                WHERE id = :id AND status = 'RUNNING'""")
                .param("problems", json.writeValueAsString(problems)).param("count", problemCount)
                .param("at", utc(at)).param("id", id).update();
    }

    String problemsJson(List<Problem> problems) {
        return json.writeValueAsString(problems);
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contribution_import WHERE id = :id").param("id", id)
                .query(this::map).optional();
    }

    List<ImportJob> page(Paging paging) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contribution_import ORDER BY " + paging.orderBy()
                        + ", number DESC LIMIT :limit OFFSET :offset")
                .param("limit", paging.size()).param("offset", paging.offset()).query(this::map).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM contribution_import").query(Long.class).single();
    }

    /** Keeps an upload of the page for its import; uploads older than a day go. */
    void keepUpload(String digest, String fileName, byte[] content, String by, Instant at) {
        jdbc.sql("DELETE FROM contribution_import_upload WHERE uploaded_at < :old")
                .param("old", utc(at.minusSeconds(86_400))).update();
        jdbc.sql("""
                INSERT INTO contribution_import_upload (digest, file_name, content, uploaded_by, uploaded_at)
                VALUES (:d, :name, :content, :by, :at)
                ON CONFLICT (digest) DO UPDATE SET file_name = EXCLUDED.file_name, uploaded_at = EXCLUDED.uploaded_at""")
                .param("d", digest).param("name", fileName).param("content", content).param("by", by)
                .param("at", utc(at)).update();
    }

    record Upload(String digest, String fileName, byte[] content) {
    }

    Optional<Upload> upload(String digest) {
        return jdbc.sql("SELECT digest, file_name, content FROM contribution_import_upload WHERE digest = :d")
                .param("d", digest)
                .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        String problems = rs.getString("problems");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("digest"),
                rs.getString("file_name"), rs.getString("format"), Status.valueOf(rs.getString("status")),
                Phase.valueOf(rs.getString("phase")), (Integer) rs.getObject("rows_total"), rs.getInt("rows_done"),
                (Integer) rs.getObject("contributions"), problems == null ? List.of() : json.readValue(problems, PROBLEMS),
                (Integer) rs.getObject("problem_count"), rs.getString("started_by"), instant(rs, "started_at"),
                instant(rs, "updated_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
