package org.palisade.reporting;

import java.time.Clock;
import java.time.LocalDate;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many shipments the viewer may see are overdue, for the dashboard: read from the view
 * {@code shipment_progress} that the deliveries module publishes, in one statement.
 */
@Component
class OverdueShipments {

    private final JdbcClient jdbc;
    private final CurrentViewer current;
    private final Clock clock;

    OverdueShipments(JdbcClient jdbc, CurrentViewer current, Clock clock) {
        this.jdbc = jdbc;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    long count() {
        return jdbc.sql("SELECT count(*) FROM shipment_progress sp JOIN aid_package p ON p.id = sp.package_id"
                        + " WHERE sp.next_expected_on < :today AND " + Visibility.packagePredicate("p"))
                .param("today", LocalDate.now(clock)).params(Visibility.parameters(current.viewer()))
                .query(Long.class).single();
    }
}
