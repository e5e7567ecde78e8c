package org.palisade.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what figures add up, marking each row visible or not for the viewer: the summary rows and the money
 * still waiting for a rate that the contributions module publishes (views {@code contribution_summary} and
 * {@code contribution_unconverted}), kept in EUR and USD; for any other currency, every contribution.
 */
@Repository
class FigureRepository {

    /** The currencies the contributions module keeps converted amounts in. */
    static final List<CurrencyCode> KEPT = List.of(CurrencyCode.EUR, CurrencyCode.USD);

    private final JdbcClient jdbc;

    FigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a figure is split by, as SQL over a summary row {@code s} (grouped) and the group {@code g}. */
    enum By {
        TOTAL("'ALL'", "g.k"),
        CONTRIBUTORS("s.contributor_ids", "contributor_codes(g.k)"),
        // a pool contribution's own category, else the earmark (a package contribution's category)
        CATEGORY("coalesce(s.category, s.earmark, '" + Figures.UNEARMARKED + "')", "g.k"),
        PROGRAM("s.program", "g.k"),
        YEAR("CAST(s.year AS text)", "g.k");

        final String group;
        final String key;

        By(String group, String key) {
            this.group = group;
            this.key = key;
        }
    }

    /** Converted money under one bucket key from one lead contributor, visible to the viewer or not. */
    record Summary(Stage stage, CurrencyCode currency, String key, String lead, boolean visible, Money amount,
            int contributions) {
    }

    /** Money at one stage, in one currency of its own, that has no rate to the target currency yet. */
    record Waiting(Stage stage, CurrencyCode target, boolean visible, NotConverted money) {
    }

    /**
     * Summary rows for these targets (EUR, USD) and the stage (null: every stage), added up in SQL by bucket
     * key, lead contributor and visibility: a few rows per figure, whatever the number of contributions.
     */
    List<Summary> summary(Viewer viewer, Collection<CurrencyCode> targets, Stage stage, By by) {
        return jdbc.sql("SELECT g.stage, g.target, " + by.key + " AS key, g.lead, g.visible, g.amount, g.contributions"
                        + " FROM (SELECT s.stage, s.target, " + by.group + " AS k, s.contributor_ids[1] AS lead,"
                        + " " + Visibility.contributorsPredicate("s") + " AS visible,"
                        + " sum(s.amount) AS amount, sum(s.contributions) AS contributions"
                        + " FROM contribution_summary s WHERE s.target = ANY(:targets)"
                        + " AND (CAST(:stage AS text) IS NULL OR s.stage = :stage)"
                        + " GROUP BY 1, 2, 3, 4, 5 HAVING sum(s.contributions) > 0) g")
                .params(Visibility.parameters(viewer))
                .param("targets", targets.stream().map(CurrencyCode::code).toArray(String[]::new))
                .param("stage", stage == null ? null : stage.name())
                .query((rs, n) -> {
                    CurrencyCode currency = CurrencyCode.of(rs.getString("target"));
                    return new Summary(Stage.valueOf(rs.getString("stage")), currency, rs.getString("key"),
                            rs.getString("lead"), rs.getBoolean("visible"),
                            Money.of(rs.getBigDecimal("amount"), currency), rs.getInt("contributions"));
                })
                .list();
    }

    /** Money waiting for a rate to these targets, per stage, target, currency and visibility. */
    List<Waiting> waiting(Viewer viewer, Collection<CurrencyCode> targets, Stage stage) {
        return jdbc.sql("SELECT u.stage, u.target, u.currency, " + Visibility.contributorsPredicate("u") + " AS visible,"
                        + " sum(u.original) AS amount, sum(u.contributions) AS contributions, min(u.since) AS since"
                        + " FROM contribution_unconverted u WHERE u.target = ANY(:targets)"
                        + " AND (CAST(:stage AS text) IS NULL OR u.stage = :stage)"
                        + " GROUP BY 1, 2, 3, 4")
                .params(Visibility.parameters(viewer))
                .param("targets", targets.stream().map(CurrencyCode::code).toArray(String[]::new))
                .param("stage", stage == null ? null : stage.name())
                .query((rs, n) -> {
                    CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
                    return new Waiting(Stage.valueOf(rs.getString("stage")), CurrencyCode.of(rs.getString("target")),
                            rs.getBoolean("visible"), new NotConverted(new Money(rs.getBigDecimal("amount"), currency),
                                    rs.getInt("contributions"), rs.getObject("since", LocalDate.class)));
                })
                .list();
    }

    /** Every contribution, for figures in a currency that is not kept converted. */
    List<ContributionRow> rows(Viewer viewer) {
        return jdbc.sql("""
                SELECT c.id, c.currency, coalesce(c.category, c.earmark) AS earmark, c.program, c.announced_on, c.pledged_amount, c.pledged_on,
                       c.committed_amount, c.committed_on, c.paid_amount, c.paid_on,
                       ARRAY(SELECT o.code FROM contribution_contributor cc JOIN organisation o ON o.id = cc.organisation_id
                             WHERE cc.contribution_id = c.id ORDER BY cc.position) AS contributors,
                       """ + Visibility.contributionPredicate("c") + """
                        AS visible
                FROM contribution c
                WHERE c.stage <> 'WITHDRAWN'""")
                .params(Visibility.parameters(viewer))
                .query((rs, n) -> {
                    CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
                    return new ContributionRow(rs.getObject("id", UUID.class),
                            Arrays.asList((String[]) rs.getArray("contributors").getArray()), rs.getString("earmark"),
                            rs.getObject("announced_on", LocalDate.class), rs.getBoolean("visible"),
                            money(rs.getBigDecimal("pledged_amount"), currency), rs.getObject("pledged_on", LocalDate.class),
                            money(rs.getBigDecimal("committed_amount"), currency), rs.getObject("committed_on", LocalDate.class),
                            money(rs.getBigDecimal("paid_amount"), currency), rs.getObject("paid_on", LocalDate.class),
                            rs.getString("program"));
                })
                .list();
    }

    private static Money money(BigDecimal amount, CurrencyCode currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
