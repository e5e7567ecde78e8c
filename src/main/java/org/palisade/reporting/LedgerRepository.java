package org.palisade.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the public ledger. Reads only what the contributions module publishes: the summary rows
 * ({@code contribution_summary}), the public yearly and daily rows ({@code contribution_public_years},
 * {@code contribution_public_days}), money waiting for a rate ({@code contribution_unconverted}) and, for the
 * lists behind a figure, the stored public stages ({@code public_contribution_stage}) a page at a time along an
 * index. Public money only ({@code disclosure = 'PUBLIC'}), whoever asks.
 */
@Repository
class LedgerRepository {

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A sum in one reporting currency under one key. */
    record Sum(String key, CurrencyCode target, BigDecimal amount, long contributions) {
    }

    /** What the summary rows are grouped by, as SQL over a row {@code s}. */
    enum Key {
        STAGE("s.stage"),
        CONTRIBUTORS("contributor_codes(s.contributor_ids)"),
        CATEGORY("coalesce(s.category, s.earmark, '" + Figures.UNEARMARKED + "')"),
        PROGRAM("s.program");

        final String sql;

        Key(String sql) {
            this.sql = sql;
        }
    }

    /** Public summary rows of the stage (null: every stage) added up by the key. */
    List<Sum> summary(Stage stage, Key key) {
        String inner = key == Key.CONTRIBUTORS ? "s.contributor_ids" : key.sql;
        String outer = key == Key.CONTRIBUTORS ? "contributor_codes(g.k)" : "g.k";
        return jdbc.sql("SELECT " + outer + " AS key, g.target, g.amount, g.contributions FROM ("
                        + " SELECT " + inner + " AS k, s.target, sum(s.amount) AS amount, sum(s.contributions) AS contributions"
                        + " FROM contribution_summary s WHERE s.disclosure = 'PUBLIC'"
                        + " AND (CAST(:stage AS text) IS NULL OR s.stage = :stage)"
                        + " GROUP BY 1, 2 HAVING sum(s.contributions) > 0) g")
                .param("stage", stage == null ? null : stage.name())
                .query((rs, n) -> new Sum(rs.getString("key"), CurrencyCode.of(rs.getString("target")),
                        rs.getBigDecimal("amount"), rs.getLong("contributions")))
                .list();
    }

    /**
     * Public yearly rows of the stage (a few per year and membership, whatever the ledger's size) added up by
     * year of the stage's date, or by alliance membership.
     */
    List<Sum> years(Stage stage, String by) {
        String key = switch (by) {
            case "year" -> "CAST(y.year AS text)";
            case "nato" -> "y.nato";
            case "eu" -> "y.eu";
            default -> throw new IllegalArgumentException(by);
        };
        return jdbc.sql("SELECT " + key + " AS key, y.target, sum(y.amount) AS amount, sum(y.contributions) AS contributions"
                        + " FROM contribution_public_years y WHERE y.stage = :stage"
                        + " GROUP BY 1, 2 HAVING sum(y.contributions) > 0")
                .param("stage", stage.name())
                .query((rs, n) -> new Sum(rs.getString("key"), CurrencyCode.of(rs.getString("target")),
                        rs.getBigDecimal("amount"), rs.getLong("contributions")))
                .list();
    }

    /** This year to today, last year to the same date and last year in full, from the daily rows. */
    List<Sum> yearSoFar(Stage stage, LocalDate today) {
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate lastYearStart = yearStart.minusYears(1);
        LocalDate sameDate = today.minusYears(1);
        return jdbc.sql("""
                SELECT k.key, d.target, sum(d.amount) AS amount, sum(d.contributions) AS contributions
                FROM contribution_public_days d
                JOIN (VALUES ('SO_FAR', CAST(:yearStart AS date), CAST(:today AS date)),
                             ('SAME_DATE', CAST(:lastYearStart AS date), CAST(:sameDate AS date)),
                             ('FULL', CAST(:lastYearStart AS date), CAST(:lastYearEnd AS date))) k (key, first, last)
                  ON d.day BETWEEN k.first AND k.last
                WHERE d.stage = :stage AND d.day BETWEEN :lastYearStart AND :today
                GROUP BY 1, 2 HAVING sum(d.contributions) > 0""")
                .param("stage", stage.name()).param("yearStart", yearStart).param("today", today)
                .param("lastYearStart", lastYearStart).param("sameDate", sameDate)
                .param("lastYearEnd", yearStart.minusDays(1))
                .query((rs, n) -> new Sum(rs.getString("key"), CurrencyCode.of(rs.getString("target")),
                        rs.getBigDecimal("amount"), rs.getLong("contributions")))
                .list();
    }

    /** Public money of the stage still waiting for a rate to EUR or USD, per currency of its own. */
    List<NotConverted> waiting(Stage stage) {
        return jdbc.sql("""
                SELECT u.currency, sum(u.original) AS amount, sum(u.contributions) AS contributions, min(u.since) AS since
                FROM contribution_unconverted u
                WHERE u.disclosure = 'PUBLIC' AND u.stage = :stage
                GROUP BY u.currency ORDER BY u.currency""")
                .param("stage", stage.name())
                .query((rs, n) -> new NotConverted(new Money(rs.getBigDecimal("amount"), CurrencyCode.of(rs.getString("currency"))),
                        rs.getInt("contributions"), rs.getObject("since", LocalDate.class)))
                .list();
    }

    /** A public contribution stage that rests on at least one source, with what the tables key it by. */
    record Sourced(Stage stage, LocalDate on, String contributors, String category, String program, String nato,
            String eu) {
    }

    /**
     * The public stages (of this stage; null: every stage) of contributions that rest on a source, read from the
     * sources module's {@code record_claims}: as many rows as claimed contributions, not a scan of the ledger.
     */
    List<Sourced> sourced(Stage stage) {
        // first the claimed contributions (few), then their stages by id: never a join the planner could turn
        // into a pass over every public stage
        List<UUID> claimed = jdbc.sql("SELECT rc.record_id FROM record_claims rc"
                        + " WHERE rc.record_type = 'contribution' AND rc.sources > 0")
                .query(UUID.class).list();
        if (claimed.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.stage, p.stage_on, contributor_codes(p.contributor_ids) AS contributors,
                       coalesce(p.category, 'UNEARMARKED') AS category, p.program, p.nato, p.eu
                FROM public_contribution_stage p
                WHERE p.contribution_id = ANY(:ids) AND (CAST(:stage AS text) IS NULL OR p.stage = :stage)""")
                .param("ids", claimed.toArray(UUID[]::new))
                .param("stage", stage == null ? null : stage.name())
                .query((rs, n) -> new Sourced(Stage.valueOf(rs.getString("stage")), rs.getObject("stage_on", LocalDate.class),
                        rs.getString("contributors"), rs.getString("category"), rs.getString("program"),
                        rs.getString("nato"), rs.getString("eu")))
                .list();
    }

    /** One public contribution at one stage, as the list behind a figure shows it. */
    record Entry(UUID contributionId, UUID packageId, Stage stage, LocalDate on, List<String> contributors,
            String program, String category, Money original, Money eur, Money usd, String nato, String eu,
            int sources) {
    }

    /** What a list behind a figure is filtered by; null means any. */
    record Filter(Stage stage, Integer year, LocalDate from, LocalDate to, String contributors, String category,
            String program, String nato, String eu) {
    }

    /**
     * Where a page of a list behind a figure starts or ends: the stage date and contribution id of the row next
     * to it, written {@code 2024-03-07_<uuid>} in links.
     */
    record Cursor(LocalDate on, UUID id) {

        static Cursor of(Entry e) {
            return new Cursor(e.on(), e.contributionId());
        }

        /** The cursor a link carries, or null when there is none; an unreadable one is refused. */
        static Cursor parse(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            int cut = text.indexOf('_');
            try {
                return new Cursor(LocalDate.parse(text.substring(0, cut)), UUID.fromString(text.substring(cut + 1)));
            } catch (RuntimeException e) {
                throw new org.palisade.platform.InvalidRequest(field, field + " is a date and an id joined by _, as a "
                        + "page link gives it");
            }
        }

        @Override
        public String toString() {
            return on + "_" + id;
        }
    }

    /** One page of a list behind a figure, with the cursors of the pages before and after it (null: none). */
    record EntryPage(List<Entry> entries, Cursor previous, Cursor next) {
    }

    /**
     * A page of public contributions, newest stage date first (then contribution id, descending): after the
     * cursor {@code after}, or the page ending just before {@code before}, or at the offset when neither is
     * given (the first page, or an old numbered page link). Only the filters given become conditions, so each
     * list reads one index (stage with that filter, in stage-date order) for as many rows as the page holds.
     */
    EntryPage entries(Filter f, Cursor after, Cursor before, int offset, int size) {
        StringBuilder where = new StringBuilder("p.stage = :stage");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("stage", f.stage().name());
        LocalDate from = f.year() != null ? LocalDate.of(f.year(), 1, 1) : f.from();
        LocalDate to = f.year() != null ? LocalDate.of(f.year(), 12, 31) : f.to();
        if (from != null) {
            where.append(" AND p.stage_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND p.stage_on <= :to");
            params.put("to", to);
        }
        if (f.contributors() != null) {
            where.append(" AND p.contributor_ids = contributor_ids_of(:contributors)");
            params.put("contributors", f.contributors());
        }
        if (f.category() != null) {
            if (f.category().equals(Figures.UNEARMARKED)) {
                where.append(" AND p.category IS NULL");
            } else {
                where.append(" AND p.category = :category");
                params.put("category", f.category());
            }
        }
        for (String[] key : new String[][] {{"program", f.program()}, {"nato", f.nato()}, {"eu", f.eu()}}) {
            if (key[1] != null) {
                where.append(" AND p.").append(key[0]).append(" = :").append(key[0]);
                params.put(key[0], key[1]);
            }
        }
        boolean backwards = after == null && before != null;
        Cursor at = after != null ? after : before;
        if (at != null) {
            where.append(backwards ? " AND (p.stage_on, p.contribution_id) > (:atOn, :atId)"
                    : " AND (p.stage_on, p.contribution_id) < (:atOn, :atId)");
            params.put("atOn", at.on());
            params.put("atId", at.id());
        }
        params.put("limit", size + 1);
        params.put("offset", at == null ? Math.max(offset, 0) : 0);
        String order = backwards ? "p.stage_on, p.contribution_id" : "p.stage_on DESC, p.contribution_id DESC";
        List<Entry> found = new java.util.ArrayList<>(jdbc.sql("""
                SELECT p.contribution_id, p.package_id, p.stage, p.stage_on, contributor_codes(p.contributor_ids) AS contributors,
                       p.program, p.category, p.currency, p.original, p.amount_eur, p.amount_usd, p.nato, p.eu, 0 AS sources
                FROM (SELECT * FROM public_contribution_stage p WHERE\s""" + where + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset) p")
                .params(params)
                .query(LedgerRepository::entry)
                .list());
        boolean more = found.size() > size;
        if (more) {
            found.remove(size);
        }
        if (backwards) {
            java.util.Collections.reverse(found);
        }
        found = withSources(found);
        Cursor first = found.isEmpty() ? null : Cursor.of(found.get(0));
        Cursor last = found.isEmpty() ? null : Cursor.of(found.get(found.size() - 1));
        if (backwards) {
            // read towards newer rows: more of them means a page before this one; the cursor's row follows
            return new EntryPage(found, more ? first : null, last);
        }
        boolean earlier = at != null || offset > 0;
        return new EntryPage(found, earlier ? first : null, more ? last : null);
    }

    /** The entries with how many sources each rests on, looked up for the page's contributions at once. */
    private List<Entry> withSources(List<Entry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        java.util.Map<UUID, Integer> sources = new java.util.HashMap<>();
        jdbc.sql("SELECT rc.record_id, rc.sources FROM record_claims rc"
                        + " WHERE rc.record_type = 'contribution' AND rc.record_id = ANY(:ids)")
                .param("ids", entries.stream().map(Entry::contributionId).distinct().toArray(UUID[]::new))
                .query((rs, n) -> sources.put(rs.getObject("record_id", UUID.class), rs.getInt("sources")))
                .list();
        return entries.stream().map(e -> new Entry(e.contributionId(), e.packageId(), e.stage(), e.on(), e.contributors(),
                e.program(), e.category(), e.original(), e.eur(), e.usd(), e.nato(), e.eu(),
                sources.getOrDefault(e.contributionId(), 0))).toList();
    }

    private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
        BigDecimal eur = rs.getBigDecimal("amount_eur");
        BigDecimal usd = rs.getBigDecimal("amount_usd");
        return new Entry(rs.getObject("contribution_id", UUID.class), rs.getObject("package_id", UUID.class),
                Stage.valueOf(rs.getString("stage")), rs.getObject("stage_on", LocalDate.class),
                Arrays.asList(rs.getString("contributors").split("\\+")), rs.getString("program"),
                rs.getString("category"), new Money(rs.getBigDecimal("original"), currency),
                eur == null ? null : Money.of(eur, CurrencyCode.EUR),
                usd == null ? null : Money.of(usd, CurrencyCode.USD), rs.getString("nato"), rs.getString("eu"),
                rs.getInt("sources"));
    }

    /** Every public stage of public contributions to these packages, in date order: the IATI transactions. */
    List<Entry> forPackages(List<UUID> packageIds) {
        return jdbc.sql("""
                SELECT p.contribution_id, p.package_id, p.stage, p.stage_on, contributor_codes(p.contributor_ids) AS contributors,
                       p.program, p.category, p.currency, p.original, p.amount_eur, p.amount_usd, p.nato, p.eu, 0 AS sources
                FROM public_contribution_stage p WHERE p.package_id = ANY(:ids)
                ORDER BY p.package_id, p.stage_on, p.contribution_id, p.stage""")
                .param("ids", packageIds.toArray(UUID[]::new))
                .query(LedgerRepository::entry)
                .list();
    }
}
