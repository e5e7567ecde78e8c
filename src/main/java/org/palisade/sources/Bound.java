package org.palisade.sources;

/** How exactly an article states an amount: as the figure, about it, at least it, up to it, or between two. */
enum Bound {
    EXACT, ABOUT, AT_LEAST, UP_TO, BETWEEN
}
