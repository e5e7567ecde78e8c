package org.palisade.audit;

import java.util.UUID;

/**
 * The first place where the chain breaks.
 *
 * @param sequence the sequence number of the entry named (for a deletion: the first missing number)
 * @param entryId  the entry named, or null when it is missing
 */
record Finding(long sequence, UUID entryId, Tampering kind, String problem) {

    /** The earlier of two findings; either may be null. */
    static Finding first(Finding a, Finding b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.sequence < a.sequence ? b : a;
    }
}
