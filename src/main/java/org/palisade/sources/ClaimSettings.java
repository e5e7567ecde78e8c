package org.palisade.sources;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code palisade.claims.amount-tolerance}: how far amounts of one currency may differ before they disagree. */
@Component
class ClaimSettings {

    private final BigDecimal tolerance;

    ClaimSettings(@Value("${palisade.claims.amount-tolerance:2%}") String tolerance) {
        this.tolerance = ClaimConflicts.tolerance(tolerance);
    }

    BigDecimal tolerance() {
        return tolerance;
    }
}
