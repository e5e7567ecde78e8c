package org.palisade.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every timestamp comes from, so tests can fix time, and so records of the past (the demo data's
 * August 2025 packages) can be written with the dates they describe: see {@link #during}.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {

    private static final ThreadLocal<Instant> PAST = new ThreadLocal<>();

    @Bean
    Clock clock() {
        return new RecordingClock();
    }

    /**
     * Runs {@code work} on this thread with the application clock reading {@code at}: every record and audit
     * entry it writes carries that time. Only for loading history that happened before it was recorded.
     */
    public static void during(Instant at, Runnable work) {
        Instant outer = PAST.get();
        PAST.set(at);
        try {
            work.run();
        } finally {
            if (outer == null) {
                PAST.remove();
            } else {
                PAST.set(outer);
            }
        }
    }

    /** UTC system time, unless this thread is loading history (see {@link #during}). */
    private static final class RecordingClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            Instant past = PAST.get();
            return past != null ? past : Instant.now();
        }
    }
}
