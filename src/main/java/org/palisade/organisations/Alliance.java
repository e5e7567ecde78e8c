package org.palisade.organisations;

/** Alliances whose membership matters to the figures ("NATO share of aid" uses membership at the date). */
public enum Alliance {
    NATO, EU
}
