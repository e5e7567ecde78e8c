package org.palisade.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed audit entries their place in the hash chain, in batches, and writes a checkpoint after each.
 * Writers never wait for it: they append unsequenced entries in their own transactions. Several instances
 * may run; each turn, the one that wins a PostgreSQL advisory lock sequences and the others skip.
 */
@Component
class Sequencer implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(Sequencer.class);

    private final AuditRepository repository;
    private final TransactionTemplate transactions;
    private final AuditProperties properties;
    private final Clock clock;
    private volatile String lastRefusal;

    Sequencer(AuditRepository repository, TransactionTemplate transactions, AuditProperties properties,
            ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.sequencerEnabled()) {
            registrar.addFixedDelayTask(this::sequenceIfLeader, properties.sequencerInterval());
        }
    }

    /** One scheduled turn: sequences everything pending if this instance wins the lock; otherwise does nothing. */
    int sequenceIfLeader() {
        try {
            int total = 0;
            int placed;
            do {
                placed = transactions.execute(status -> repository.tryLockSequencer() ? sequenceBatch() : 0);
                total += placed;
            } while (placed == properties.batchSize());
            lastRefusal = null;
            return total;
        } catch (ChainRefused e) {
            // Logged once per distinct state: the turn repeats four times per merge delay.
            if (!e.getMessage().equals(lastRefusal)) {
                log.error(e.getMessage());
                lastRefusal = e.getMessage();
            }
            return 0;
        }
    }

    /** Waits for the lock, then sequences every entry committed so far. */
    int sequenceAll() {
        int total = 0;
        int placed;
        do {
            placed = transactions.execute(status -> {
                repository.lockSequencer();
                return sequenceBatch();
            });
            total += placed;
        } while (placed == properties.batchSize());
        return total;
    }

    private int sequenceBatch() {
        Optional<AuditRepository.Link> head = repository.lastEntry();
        Optional<AuditRepository.Link> checkpoint = repository.lastCheckpoint();
        if (!head.equals(checkpoint)) {
            // Extending the chain now would let the next checkpoint vouch for whatever changed its head.
            throw new ChainRefused("Audit sequencing stopped: the chain ends at " + describe(head)
                    + " but the last checkpoint records " + describe(checkpoint)
                    + "; run the audit verification to find the entry that was changed");
        }
        List<ChainRow> pending = repository.unsequenced(properties.batchSize());
        if (pending.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long sequence = head.map(AuditRepository.Link::sequence).orElse(0L);
        String link = head.map(AuditRepository.Link::hash).orElse(ChainHash.GENESIS);
        List<ChainRow> placed = new ArrayList<>(pending.size());
        for (ChainRow entry : pending) {
            ChainRow next = entry.placed(++sequence, link, now);
            placed.add(next);
            link = next.hash();
        }
        repository.place(placed);
        repository.checkpoint(new AuditRepository.Link(sequence, link), now);
        return placed.size();
    }

    private static String describe(Optional<AuditRepository.Link> link) {
        return link.map(l -> "entry " + l.sequence() + " (" + l.hash() + ")").orElse("nothing");
    }

    /** The chain's head does not match the last checkpoint: sequencing waits for a person to look. */
    static final class ChainRefused extends IllegalStateException {
        ChainRefused(String message) {
            super(message);
        }
    }
}
