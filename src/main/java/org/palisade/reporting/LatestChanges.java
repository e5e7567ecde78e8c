package org.palisade.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
 * The most recent events of the ledger for the dashboard, newest first: packages reaching a status, and
 * contributions pledged, committed and paid (each on the date it carries), only those the viewer may see (a
 * visible contribution to a hidden package does not name the package), in one statement.
 */
@Component
class LatestChanges {

    /**
     * One event.
     *
     * @param kind          "package" (a status was reached) or "contribution" (a stage was reached)
     * @param what          the status or the stage reached
     * @param packageNumber the package concerned (null for the general pool or a package not shown)
     * @param on            the day it happened
     * @param by            who changed the package (null for a contribution)
     * @param amount        the amount of the stage, for a contribution
     * @param contributors  the contributors, the lead first, for a contribution
     */
    record Change(String kind, UUID recordId, String what, Integer packageNumber, LocalDate on, Instant at, String by,
            Money amount, List<UUID> contributors) {

        public boolean joint() {
            return contributors.size() > 1;
        }
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
        // commitments and payments carry only their date: events sort by day, then by when they were recorded,
        // and a later stage after an earlier one of the same day
        String sql = "WITH c AS ("
                + " SELECT c.*, CASE WHEN " + visiblePackage + " THEN p.number END AS package_number,"
                + "        ARRAY(SELECT cc.organisation_id FROM contribution_contributor cc"
                + "               WHERE cc.contribution_id = c.id ORDER BY cc.position) AS contributors"
                + "   FROM contribution c LEFT JOIN aid_package p ON p.id = c.package_id"
                + "  WHERE " + Visibility.contributionPredicate("c") + ")"
                + " SELECT * FROM ("
                + " SELECT 'package' AS kind, p.id AS record_id, s.status AS what, p.number AS package_number,"
                + "        (s.changed_at AT TIME ZONE 'UTC')::date AS day, s.changed_at AS at, 0 AS step,"
                + "        s.changed_by AS by, NULL::numeric AS amount, NULL AS currency, NULL::uuid[] AS contributors"
                + "   FROM package_status_change s JOIN aid_package p ON p.id = s.package_id"
                + "  WHERE " + visiblePackage
                + " UNION ALL SELECT 'contribution', id, 'PLEDGED', package_number, pledged_on, created_at, 1, NULL,"
                + "        pledged_amount, currency, contributors FROM c"
                + " UNION ALL SELECT 'contribution', id, 'COMMITTED', package_number, committed_on, created_at, 2, NULL,"
                + "        committed_amount, currency, contributors FROM c WHERE committed_on IS NOT NULL"
                + " UNION ALL SELECT 'contribution', id, 'PAID', package_number, paid_on, created_at, 3, NULL,"
                + "        paid_amount, currency, contributors FROM c WHERE paid_on IS NOT NULL"
                + " UNION ALL SELECT 'contribution', id, 'WITHDRAWN', package_number, withdrawn_on, created_at, 4, NULL,"
                + "        pledged_amount, currency, contributors FROM c WHERE withdrawn_on IS NOT NULL"
                + ") changes ORDER BY day DESC, at DESC, step DESC LIMIT :limit";
        return jdbc.sql(sql)
                .params(Visibility.parameters(current.viewer()))
                .param("limit", limit)
                .query((rs, n) -> {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    CurrencyCode currency = amount == null ? null : CurrencyCode.of(rs.getString("currency").strip());
                    return new Change(rs.getString("kind"), rs.getObject("record_id", UUID.class),
                            rs.getString("what"), (Integer) rs.getObject("package_number"),
                            rs.getObject("day", LocalDate.class), rs.getTimestamp("at").toInstant(),
                            rs.getString("by"),
                            amount == null ? null : Money.of(amount.setScale(currency.minorUnits(),
                                    RoundingMode.UNNECESSARY), currency),
                            ids(rs.getArray("contributors")));
                })
                .list();
    }

    private static List<UUID> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }
}
