package org.palisade.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells that this instance's imports are alive, and gives up the imports nobody runs any more. While an import
 * runs, its row's {@code updated_at} is renewed every {@code palisade.imports.heartbeat-interval} (10 s), also
 * during a single long statement that tells no progress. A running import whose {@code updated_at} is older than
 * {@code palisade.imports.stale-after} (2 min) belongs to a process that ended (a restart, a crash, a kill): its
 * transaction was rolled back with its connection, so it imported nothing, and it is marked FAILED with that
 * reason at start-up and whenever imports are read, so that no page polls it forever and its file may be
 * imported again.
 */
@Component
class ImportHeartbeat implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportHeartbeat.class);

    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "contribution-import-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final ImportRepository repository;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration staleAfter;

    ImportHeartbeat(ImportRepository repository, MessageSource messages, Clock clock,
            @Value("${palisade.imports.heartbeat-interval:10s}") Duration interval,
            @Value("${palisade.imports.stale-after:2m}") Duration staleAfter) {
        if (staleAfter.compareTo(interval.multipliedBy(3)) <= 0) {
            throw new IllegalArgumentException("palisade.imports.stale-after (" + staleAfter
                    + ") must be more than three heartbeat intervals (" + interval + ")");
        }
        this.repository = repository;
        this.messages = messages;
        this.clock = clock;
        this.staleAfter = staleAfter;
        beats.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The import runs here from now on: its heartbeat is kept until {@link #stopped}. */
    void beating(UUID id) {
        running.add(id);
    }

    void stopped(UUID id) {
        running.remove(id);
    }

    private void beat() {
        if (running.isEmpty()) {
            return;
        }
        try {
            repository.beat(List.copyOf(running), clock.instant());
        } catch (RuntimeException e) {
            // a missed beat is harmless unless they all are; the next one tries again
            log.warn("Could not renew the heartbeat of running imports {}", running, e);
        }
    }

    /**
     * Marks FAILED every running import whose heartbeat is older than the limit, with the reason worded for the
     * page and the API; answers how many there were.
     */
    @EventListener(ApplicationReadyEvent.class)
    int giveUpStale() {
        Instant now = clock.instant();
        List<ImportJob.Problem> reason = List.of(ImportRunner.fileProblem(messages,
                "the import was interrupted: the process running it stopped; nothing was imported",
                "imports.failed.abandoned"));
        int given = repository.abandon(now.minus(staleAfter), now, repository.problemsJson(reason));
        if (given > 0) {
            log.warn("Gave up {} import(s) whose process stopped while they ran (no heartbeat for {})", given,
                    staleAfter);
        }
        return given;
    }

    @Override
    public void destroy() {
        beats.shutdownNow();
    }
}
