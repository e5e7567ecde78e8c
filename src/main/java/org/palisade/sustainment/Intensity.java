package org.palisade.sustainment;

/** How hard fielded platforms are used: each use rate is given per day at each intensity. */
public enum Intensity {
    LOW, NORMAL, HIGH
}
