package org.palisade.sources;

/** How a claim states its amount: as the figure, about it, at least it, or up to it. */
public enum ClaimBound {
    ABOUT, EXACT, AT_LEAST, UP_TO
}
