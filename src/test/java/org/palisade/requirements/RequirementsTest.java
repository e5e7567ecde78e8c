package org.palisade.requirements;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.palisade.platform.RecordChanged;
import org.palisade.testing.PalisadeTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An integration test of requirement lists on the real application and PostgreSQL, in a context (and so a
 * database) of its own: the list is one per installation ("only one open version"), so these tests empty it
 * before each test without disturbing other modules' tests. Adds a settable clock and a recorder of
 * {@link RecordChanged} events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PalisadeTest
@Import(RequirementsTest.Support.class)
@interface RequirementsTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Support {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(Instant.parse("2025-08-05T10:00:00Z"));
        }

        @Bean
        RecordedChanges recordedChanges() {
            return new RecordedChanges();
        }
    }

    /** A clock tests move by hand, so recorded times can be asserted exactly. */
    class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Every RecordChanged published, and whether it was published inside the writing transaction. */
    class RecordedChanges {

        record Seen(RecordChanged change, boolean inTransaction) {
        }

        final List<Seen> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(RecordChanged change) {
            seen.add(new Seen(change, TransactionSynchronizationManager.isActualTransactionActive()));
        }

        void clear() {
            seen.clear();
        }

        List<String> actions() {
            return seen.stream().map(s -> s.change().action()).toList();
        }
    }
}
