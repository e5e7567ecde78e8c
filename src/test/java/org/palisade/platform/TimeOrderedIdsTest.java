package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void theIdsOfABatchAscendAsPostgresqlComparesThemAndAreVersionSevenAndDistinct() {
        List<UUID> ids = TimeOrderedIds.batch(1_100_000, Clock.systemUTC());

        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        for (int i = 1; i < ids.size(); i++) {
            // PostgreSQL compares uuids byte by byte, as unsigned numbers
            assertThat(unsigned(ids.get(i - 1)).compareTo(unsigned(ids.get(i)))).as("id %d", i).isNegative();
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        // the time comes first: a later batch sorts after an earlier one
        assertThat(ids.get(0).getMostSignificantBits() >>> 16).isLessThanOrEqualTo(System.currentTimeMillis());
    }

    @Test
    void aSingleIdIsVersionSevenAndSortsAfterTheIdsOfEarlierMilliseconds() {
        java.time.Instant t = java.time.Instant.parse("2026-12-03T10:00:00Z");
        UUID earlier = TimeOrderedIds.next(Clock.fixed(t, java.time.ZoneOffset.UTC));
        UUID later = TimeOrderedIds.next(Clock.fixed(t.plusMillis(1), java.time.ZoneOffset.UTC));

        assertThat(unsigned(earlier).compareTo(unsigned(later))).isNegative();
        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(t.toEpochMilli());
        // the rest is random: ids of one millisecond differ
        Clock fixed = Clock.fixed(t, java.time.ZoneOffset.UTC);
        List<UUID> sameMillisecond = java.util.stream.Stream.generate(() -> TimeOrderedIds.next(fixed)).limit(10_000).toList();
        assertThat(new HashSet<>(sameMillisecond)).hasSize(10_000);
    }

    static String unsigned(UUID id) {
        return id.toString();
    }
}
