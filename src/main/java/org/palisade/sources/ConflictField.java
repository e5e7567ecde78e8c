package org.palisade.sources;

/** A field on which claims about the same record can disagree. */
public enum ConflictField {
    CONTRIBUTORS, AMOUNT, CURRENCY, DATE
}
