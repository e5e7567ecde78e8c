package org.palisade.deliveries;

import java.util.Locale;

/** The steps of a shipment, reached in this order. */
public enum Milestone {
    /** Left the supplier's stocks or factory. */
    SHIPPED,
    /** Arrived at the logistics hub where the recipient takes it over. */
    AT_HUB,
    /** Handed over to the recipient, who then confirms receipt or reports a discrepancy. */
    HANDED_OVER;

    /** The name of the milestone in the API, e.g. {@code at-hub}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
