package org.palisade.audit;

import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Walks the sequenced entries in order and stops at the first one that is not what the sequencer wrote.
 * Checks, in this order for each entry: its place (a gap means entries were deleted), its link to the entry
 * before it (a broken link means an entry was inserted or the order changed), then its content (the hash).
 * The link is checked before the content because a moved or inserted entry usually has a sound hash of its
 * own: only the link tells where the break began.
 */
final class ChainWalk {

    private final Function<String, OptionalLong> sequenceWithHash;
    private long expected = 1;
    private long checked;
    private ChainRow previous;
    private Finding finding;

    /** @param sequenceWithHash finds the sequence number of the entry holding a hash, if any (to read a broken link) */
    ChainWalk(Function<String, OptionalLong> sequenceWithHash) {
        this.sequenceWithHash = sequenceWithHash;
    }

    /** Takes the next entry in sequence order; false once a break was found and the walk is over. */
    boolean accept(ChainRow entry) {
        if (finding != null) {
            return false;
        }
        finding = placeOf(entry);
        if (finding == null) {
            finding = linkOf(entry);
        }
        if (finding == null && !entry.contentIntact()) {
            finding = new Finding(entry.sequence(), entry.id(), Tampering.ALTERED,
                    "entry " + entry.sequence() + " was altered: its content no longer matches its hash");
        }
        if (finding != null) {
            return false;
        }
        previous = entry;
        expected++;
        checked++;
        return true;
    }

    private Finding placeOf(ChainRow entry) {
        long at = entry.sequence();
        if (at == expected) {
            return null;
        }
        if (at > expected) {
            String missing = at == expected + 1 ? "entry " + expected + " was deleted"
                    : "entries " + expected + " to " + (at - 1) + " were deleted";
            return new Finding(expected, null, Tampering.DELETED, missing + ": the chain jumps from "
                    + (expected - 1) + " to " + at + " (entry " + entry.id() + ")");
        }
        return new Finding(at, entry.id(), Tampering.INSERTED,
                "entry " + entry.id() + " was inserted: it repeats sequence number " + at);
    }

    private Finding linkOf(ChainRow entry) {
        String expectedLink = previous == null ? ChainHash.GENESIS : previous.hash();
        if (expectedLink.equals(entry.prevHash())) {
            return null;
        }
        long at = entry.sequence();
        OptionalLong linked = ChainHash.GENESIS.equals(entry.prevHash()) ? OptionalLong.of(0)
                : sequenceWithHash.apply(entry.prevHash());
        if (linked.isEmpty()) {
            if (!entry.contentIntact()) {
                return new Finding(at, entry.id(), Tampering.ALTERED,
                        "entry " + at + " was altered: its link and content no longer match its hash");
            }
            if (previous == null) {
                return new Finding(at, entry.id(), Tampering.DELETED, "the chain does not start at entry " + at
                        + ": it links to a hash no entry holds, so the entries before it were removed");
            }
            // A sound entry pointing at a hash nobody holds: its predecessor was changed and re-hashed.
            return new Finding(previous.sequence(), previous.id(), Tampering.ALTERED, "entry "
                    + previous.sequence() + " was altered and re-hashed: entry " + at + " links to its former hash");
        }
        long target = linked.getAsLong();
        if (target > at) {
            return new Finding(at, entry.id(), Tampering.REORDERED, "entry " + at
                    + " was reordered: it links to entry " + target + ", which now comes after it");
        }
        // It links further back than its predecessor: what lies between was slipped in.
        long first = target + 1;
        String inserted = first == at - 1 ? "entry " + first + " was inserted"
                : "entries " + first + " to " + (at - 1) + " were inserted";
        return new Finding(first, first == previous.sequence() ? previous.id() : null, Tampering.INSERTED,
                inserted + ": entry " + at + " links straight to " + (target == 0 ? "the start of the chain"
                        : "entry " + target));
    }

    /** The first break, or null when every entry taken so far is sound. */
    Finding finding() {
        return finding;
    }

    /** How many entries were found sound. */
    long checked() {
        return checked;
    }

    /** The last sound entry, or null. */
    ChainRow head() {
        return previous;
    }
}
