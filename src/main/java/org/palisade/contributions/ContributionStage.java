package org.palisade.contributions;

/**
 * Where the money stands: promised, bound by an agreement, or transferred; or a promise taken back (a pledge
 * binds nobody yet, so it may be withdrawn; a withdrawn pledge counts nowhere).
 */
public enum ContributionStage {
    PLEDGED, COMMITTED, PAID, WITHDRAWN
}
