package org.palisade.audit;

import java.util.Map;
import java.util.UUID;
import org.palisade.platform.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes changes the way every module does: inside a transaction that commits. */
final class RecordedChanges {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    RecordedChanges(ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    /** Commits {@code count} changes of one new package record; returns its id. */
    UUID packageChangedTimes(int count) {
        UUID id = UUID.randomUUID();
        for (int i = 1; i <= count; i++) {
            int step = i;
            transactions.executeWithoutResult(status -> events.publishEvent(new RecordChanged("package", id, null,
                    "changed", step == 1 ? null : Map.of("step", step - 1), Map.of("step", step), "step " + step)));
        }
        return id;
    }
}
