package org.palisade.contributions;

/**
 * The mechanism a contribution goes through: PURL (the Prioritized Ukraine Requirements List, whose packages
 * Palisade runs) or any other. A package is a PURL tranche, so a package contribution is PURL; money of the
 * general pool may be either.
 */
public enum Program {
    PURL, OTHER
}
