package org.palisade.sources;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Imported articles and their candidate claims. Only reviewers read them (the use cases ask first), and every
 * article's source is public, so no visibility predicate applies here; the records a candidate was accepted onto
 * are read through their own modules, as the reader may see them.
 */
@Repository
class ArticleRepository {

    private static final String ARTICLE = "a.id, a.number, a.source_id, a.digest, a.text, a.imported_at, a.imported_by";
    private static final String CANDIDATE = """
            c.id, c.number, c.article_id, c.position, c.amount, c.currency, c.approximate, c.range_low, c.range_high,
            c.contributor_codes, c.claimed_on, c.date_precision, c.program, c.kind, c.evidence, c.status, c.decided_by,
            c.decided_at, c.reason, c.claim_id, c.contribution_id, c.version""";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes imports of the same text wait for each other until the first commits, so that two at once record one
     * article (the unique digest would otherwise refuse the second with an error instead of leading to the first).
     */
    void lockDigest(String digest) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:digest, 27))").param("digest", digest)
                .query((rs, n) -> 1).single();
    }

    Optional<ImportedArticle> byDigest(String digest) {
        return jdbc.sql("SELECT " + ARTICLE + " FROM article a WHERE a.digest = :digest").param("digest", digest)
                .query(ArticleRepository::article).optional();
    }

    Optional<ImportedArticle> find(UUID id) {
        return jdbc.sql("SELECT " + ARTICLE + " FROM article a WHERE a.id = :id").param("id", id)
                .query(ArticleRepository::article).optional();
    }

    Optional<ImportedArticle> ofSource(UUID sourceId) {
        return jdbc.sql("SELECT " + ARTICLE + " FROM article a WHERE a.source_id = :source").param("source", sourceId)
                .query(ArticleRepository::article).optional();
    }

    int insert(ImportedArticle a) {
        return jdbc.sql("""
                INSERT INTO article (id, source_id, digest, text, imported_at, imported_by)
                VALUES (:id, :source, :digest, :text, :at, :by) RETURNING number""")
                .param("id", a.id()).param("source", a.sourceId()).param("digest", a.digest()).param("text", a.text())
                .param("at", timestamp(a.importedAt())).param("by", a.importedBy()).query(Integer.class).single();
    }

    /** A candidate of an article (an article holds a handful: one statement each is fine). */
    int insert(ArticleCandidate c) {
        return jdbc.sql("""
                INSERT INTO candidate_claim (id, article_id, position, amount, currency, approximate, range_low, range_high,
                    contributor_codes, claimed_on, date_precision, program, kind, evidence)
                VALUES (:id, :article, :position, :amount, :currency, :approximate, :low, :high, :contributors, :on,
                    :precision, :program, :kind, :evidence)
                RETURNING number""")
                .param("id", c.id()).param("article", c.articleId()).param("position", c.position())
                .param("amount", c.amount()).param("currency", c.currency() == null ? null : c.currency().code())
                .param("approximate", c.approximate()).param("low", c.rangeLow()).param("high", c.rangeHigh())
                .param("contributors", c.contributors().toArray(String[]::new)).param("on", c.date())
                .param("precision", c.datePrecision() == null ? null : c.datePrecision().name())
                .param("program", c.program() == null ? null : c.program().name()).param("kind", c.kind().name())
                .param("evidence", c.evidence()).query(Integer.class).single();
    }

    List<ArticleCandidate> candidates(UUID articleId) {
        return jdbc.sql("SELECT " + CANDIDATE + " FROM candidate_claim c WHERE c.article_id = :article ORDER BY c.position")
                .param("article", articleId).query(ArticleRepository::candidate).list();
    }

    Optional<ArticleCandidate> candidate(UUID id) {
        return jdbc.sql("SELECT " + CANDIDATE + " FROM candidate_claim c WHERE c.id = :id").param("id", id)
                .query(ArticleRepository::candidate).optional();
    }

    /**
     * The candidate, locked until the deciding transaction ends: a second reviewer (or a second click) deciding
     * at the same moment waits here and then reads the first one's decision.
     */
    Optional<ArticleCandidate> lock(UUID id) {
        return jdbc.sql("SELECT " + CANDIDATE + " FROM candidate_claim c WHERE c.id = :id FOR UPDATE").param("id", id)
                .query(ArticleRepository::candidate).optional();
    }

    /** Records the decision on a waiting candidate; false when it was no longer waiting. */
    boolean decide(ArticleCandidate decided) {
        return jdbc.sql("""
                UPDATE candidate_claim SET status = :status, decided_by = :by, decided_at = :at, reason = :reason,
                    claim_id = :claim, contribution_id = :contribution, version = version + 1
                WHERE id = :id AND status = 'WAITING'""")
                .param("id", decided.id()).param("status", decided.status().name()).param("by", decided.decidedBy())
                .param("at", timestamp(decided.decidedAt())).param("reason", decided.reason())
                .param("claim", decided.claimId()).param("contribution", decided.contributionId()).update() == 1;
    }

    /** One line of the review queue: an article, its source's words, and how many of its candidates stand where. */
    record QueueLine(UUID id, int number, UUID sourceId, String title, String outlet, LocalDate published,
            Instant importedAt, String importedBy, long waiting, long accepted, long rejected) {

        public long candidates() {
            return waiting + accepted + rejected;
        }
    }

    /** Articles newest first, with their counts; {@code onlyWaiting}: those with a candidate still waiting. */
    List<QueueLine> queue(boolean onlyWaiting, int limit, long offset) {
        return jdbc.sql("""
                SELECT a.id, a.number, a.source_id, s.title, s.outlet, s.published_on, a.imported_at, a.imported_by,
                       count(c.id) FILTER (WHERE c.status = 'WAITING') AS waiting,
                       count(c.id) FILTER (WHERE c.status = 'ACCEPTED') AS accepted,
                       count(c.id) FILTER (WHERE c.status = 'REJECTED') AS rejected
                FROM article a JOIN source s ON s.id = a.source_id
                LEFT JOIN candidate_claim c ON c.article_id = a.id
                GROUP BY a.id, s.id
                HAVING NOT :onlyWaiting OR count(c.id) FILTER (WHERE c.status = 'WAITING') > 0
                ORDER BY a.imported_at DESC, a.number DESC
                LIMIT :limit OFFSET :offset""")
                .param("onlyWaiting", onlyWaiting).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new QueueLine(rs.getObject("id", UUID.class), rs.getInt("number"),
                        rs.getObject("source_id", UUID.class), rs.getString("title"), rs.getString("outlet"),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("imported_by"),
                        rs.getLong("waiting"), rs.getLong("accepted"), rs.getLong("rejected")))
                .list();
    }

    long countArticles(boolean onlyWaiting) {
        return jdbc.sql(onlyWaiting
                        ? "SELECT count(DISTINCT c.article_id) FROM candidate_claim c WHERE c.status = 'WAITING'"
                        : "SELECT count(*) FROM article")
                .query(Long.class).single();
    }

    /** Candidates of every article per status: waiting, accepted, rejected. */
    long[] countsPerStatus() {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE status = 'WAITING'), count(*) FILTER (WHERE status = 'ACCEPTED'),
                       count(*) FILTER (WHERE status = 'REJECTED')
                FROM candidate_claim""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    private static ImportedArticle article(ResultSet rs, int n) throws SQLException {
        return new ImportedArticle(rs.getObject("id", UUID.class), rs.getInt("number"),
                rs.getObject("source_id", UUID.class), rs.getString("digest"), rs.getString("text"),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("imported_by"));
    }

    private static ArticleCandidate candidate(ResultSet rs, int n) throws SQLException {
        Array codes = rs.getArray("contributor_codes");
        String currency = rs.getString("currency");
        String precision = rs.getString("date_precision");
        String program = rs.getString("program");
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new ArticleCandidate(rs.getObject("id", UUID.class), rs.getInt("number"),
                rs.getObject("article_id", UUID.class), rs.getInt("position"), rs.getBigDecimal("amount"),
                currency == null ? null : CurrencyCode.of(currency.strip()), rs.getBoolean("approximate"),
                rs.getBigDecimal("range_low"), rs.getBigDecimal("range_high"),
                codes == null ? List.of() : Arrays.asList((String[]) codes.getArray()),
                rs.getObject("claimed_on", LocalDate.class), precision == null ? null : DatePrecision.valueOf(precision),
                program == null ? null : ClaimProgram.valueOf(program), ClaimKind.valueOf(rs.getString("kind")),
                rs.getString("evidence"), CandidateStatus.valueOf(rs.getString("status")), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("reason"),
                rs.getObject("claim_id", UUID.class), rs.getObject("contribution_id", UUID.class), rs.getLong("version"));
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
