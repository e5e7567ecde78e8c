package org.palisade.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The most recent events of the ledger for the dashboard, newest first: packages reaching a status and
 * contributions recorded, only those the viewer may see (a visible contribution to a hidden package does
 * not name the package), in one statement.
 */
@Component
class LatestChanges {

    /**
     * One event.
     *
     * @param kind          "package" (a status was reached) or "contribution" (a pledge was recorded)
     * @param what          the status reached, or the contribution's current stage
     * @param packageNumber the package concerned (null for the general pool)
     * @param by            who changed the package, or the lead contributor's code
     * @param amount        the pledge, for a contribution
     */
    record Change(String kind, UUID recordId, String what, Integer packageNumber, Instant at, String by, Money amount) {
    }

    private final JdbcClient jdbc;
    private final CurrentViewer current;

    LatestChanges(JdbcClient jdbc, CurrentViewer current) {
        this.jdbc = jdbc;
        this.current = current;
    }

    @Transactional(readOnly = true)
    List<Change> newest(int limit) {
        String visiblePackage = Visibility.packagePredicate("p");
        String sql = "SELECT * FROM ("
                + " SELECT 'package' AS kind, p.id AS record_id, s.status AS what, p.number AS package_number,"
                + "        s.changed_at AS at, s.changed_by AS by, NULL::numeric AS amount, NULL AS currency"
                + "   FROM package_status_change s JOIN aid_package p ON p.id = s.package_id"
                + "  WHERE " + visiblePackage
                + " UNION ALL"
                + " SELECT 'contribution', c.id, c.stage, CASE WHEN " + visiblePackage + " THEN p.number END,"
                + "        c.created_at, o.code, c.pledged_amount, c.currency"
                + "   FROM contribution c"
                + "   JOIN organisation o ON o.id = c.owner_id"
                + "   LEFT JOIN aid_package p ON p.id = c.package_id"
                + "  WHERE " + Visibility.contributionPredicate("c")
                + ") changes ORDER BY at DESC, kind LIMIT :limit";
        return jdbc.sql(sql)
                .params(Visibility.parameters(current.viewer()))
                .param("limit", limit)
                .query((rs, n) -> {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    CurrencyCode currency = amount == null ? null : CurrencyCode.of(rs.getString("currency").strip());
                    return new Change(rs.getString("kind"), rs.getObject("record_id", UUID.class),
                            rs.getString("what"), (Integer) rs.getObject("package_number"),
                            rs.getTimestamp("at").toInstant(), rs.getString("by"),
                            amount == null ? null : Money.of(amount.setScale(currency.minorUnits(),
                                    java.math.RoundingMode.UNNECESSARY), currency));
                })
                .list();
    }
}
