package org.palisade.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.palisade.platform.AttemptRefused;
import org.palisade.platform.LastWrites;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.TimeOrderedIds;
import org.palisade.security.CurrentViewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends an unsequenced audit entry for every {@link RecordChanged}, synchronously and inside the
 * transaction that made the change: the entry commits or rolls back with it, and nobody waits for the chain.
 * A refused attempt ({@link AttemptRefused}) is written at once on connections of its own instead.
 */
@Component
class AuditRecorder {

    private final LastWrites lastWrites;
    private final RefusalPool refusals;
    private final CurrentViewer currentViewer;
    private final JsonMapper json;
    private final Clock clock;

    AuditRecorder(LastWrites lastWrites, RefusalPool refusals, CurrentViewer currentViewer, JsonMapper json,
            ObjectProvider<Clock> clock) {
        this.lastWrites = lastWrites;
        this.refusals = refusals;
        this.currentViewer = currentViewer;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    // MANDATORY: a change published outside a transaction would be saved whatever happened to its entry; better
    // that the publisher fails loudly in its first test.
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(RecordChanged change) {
        // nobody reads the entry before the commit: a hot write sends it with its other last writes
        lastWrites.write(AuditRepository.APPEND, AuditRepository.appendParams(entryOf(change)));
    }

    // not in the refused request's transaction, which rolls back, nor on its pool (see AttemptRefused)
    @EventListener
    void refused(AttemptRefused refused) {
        refusals.append(entryOf(refused.attempt()));
    }

    private ChainRow entryOf(RecordChanged change) {
        Objects.requireNonNull(change.recordType(), "RecordChanged needs a record type");
        Objects.requireNonNull(change.recordId(), "RecordChanged needs a record id");
        Objects.requireNonNull(change.action(), "RecordChanged needs an action");
        return new ChainRow(TimeOrderedIds.next(clock), clock.instant().truncatedTo(ChronoUnit.MICROS),
                currentViewer.username(), currentViewer.organisationId(), change.recordType(), change.recordId(),
                change.owner(), change.action(), toJson(change.before()), toJson(change.after()), change.reason(),
                null, null, null, null);
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
