package org.palisade.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Ids that ascend with time: UUIDs of version 7 (RFC 9562), the time in milliseconds first. Written in that order,
 * they add to the end of each primary key and of every index that begins or ends with the id, instead of to a
 * random page of it for every row, as random (version 4) ids do: fewer pages touched per write, and after each
 * checkpoint fewer whole pages copied into the WAL. A single record's id ({@link #next}) has 74 random bits after
 * the time; the ids of a batch ({@link #batch}, e.g. an import) have their position in the batch, then 42 random
 * bits, so they ascend within the millisecond too. Unguessable enough for URLs, on top of the access checks
 * every read makes; an id tells the time its record was made, which whoever may see the record sees anyway.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The largest batch whose positions fit the 32 bits kept for them. */
    public static final long MAX_BATCH = 1L << 32;

    private TimeOrderedIds() {
    }

    /** One id, made now: after every id made in an earlier millisecond. */
    public static UUID next(Clock clock) {
        long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
        // 48 bits of time, version 7, 12 random bits; then variant 10 and 62 random bits
        long high = millis << 16 | 0x7000L | RANDOM.nextInt(0x1000);
        long low = 0x8000_0000_0000_0000L | RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
        return new UUID(high, low);
    }

    /** {@code count} ascending ids, made now. */
    public static List<UUID> batch(int count, Clock clock) {
        long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // 48 bits of time, version 7, the position's top 12 bits; then variant 10, its low 20 bits, 42 random
            long high = millis << 16 | 0x7000L | (Integer.toUnsignedLong(i) >>> 20 & 0xFFFL);
            long low = 0x8000_0000_0000_0000L | (i & 0xFFFFFL) << 42 | RANDOM.nextLong() & 0x3FF_FFFF_FFFFL;
            ids.add(new UUID(high, low));
        }
        return ids;
    }
}
