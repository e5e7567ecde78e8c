package org.palisade.audit;

/** How an entry of the chain was found to differ from what the sequencer wrote. */
public enum Tampering {
    /** Its content no longer produces its hash. */
    ALTERED,
    /** It is missing: a gap in the sequence, or cut from the end of the chain. */
    DELETED,
    /** It was never written by the sequencer: nothing links to it, or no checkpoint covers it. */
    INSERTED,
    /** It sits at the wrong place: it links to an entry that comes after it. */
    REORDERED
}
