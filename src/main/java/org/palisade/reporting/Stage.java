package org.palisade.reporting;

/** The stages figures are reported at. */
public enum Stage {
    PLEDGED, COMMITTED, PAID
}
