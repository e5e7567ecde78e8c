package org.palisade.sources;

/**
 * How a conflict between claims is resolved: the used claim stands, another of the claims becomes the used one,
 * or the claims do not really disagree (they speak of different things, or the difference does not matter).
 */
public enum ConflictDecision {
    KEEP_USED, USE_OTHER, NOT_A_CONFLICT
}
