package org.palisade.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads contributions for figures in one statement, marking each row visible or not for the viewer. */
@Repository
class FigureRepository {

    private final JdbcClient jdbc;

    FigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContributionRow> rows(Viewer viewer, UUID packageId) {
        return jdbc.sql("""
                SELECT c.id, c.currency, c.earmark, c.announced_on, c.pledged_amount, c.pledged_on,
                       c.committed_amount, c.committed_on, c.paid_amount, c.paid_on,
                       ARRAY(SELECT o.code FROM contribution_contributor cc JOIN organisation o ON o.id = cc.organisation_id
                             WHERE cc.contribution_id = c.id ORDER BY cc.position) AS contributors,
                       """ + Visibility.contributionPredicate("c") + """
                        AS visible
                FROM contribution c
                WHERE (CAST(:package AS uuid) IS NULL OR c.package_id = :package)
                  AND c.stage <> 'WITHDRAWN'""")
                .params(Visibility.parameters(viewer)).param("package", packageId)
                .query((rs, n) -> {
                    CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
                    return new ContributionRow(rs.getObject("id", UUID.class),
                            Arrays.asList((String[]) rs.getArray("contributors").getArray()), rs.getString("earmark"),
                            rs.getObject("announced_on", LocalDate.class), rs.getBoolean("visible"),
                            money(rs.getBigDecimal("pledged_amount"), currency), rs.getObject("pledged_on", LocalDate.class),
                            money(rs.getBigDecimal("committed_amount"), currency), rs.getObject("committed_on", LocalDate.class),
                            money(rs.getBigDecimal("paid_amount"), currency), rs.getObject("paid_on", LocalDate.class));
                })
                .list();
    }

    private static Money money(BigDecimal amount, CurrencyCode currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
