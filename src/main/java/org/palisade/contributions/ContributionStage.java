package org.palisade.contributions;

/** Where the money stands: promised, bound by an agreement, or transferred. */
public enum ContributionStage {
    PLEDGED, COMMITTED, PAID
}
