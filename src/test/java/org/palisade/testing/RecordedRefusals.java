package org.palisade.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.palisade.platform.AttemptRefused;
import org.palisade.platform.RecordChanged;
import org.palisade.security.AccessPolicy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every refused attempt the application published during the tests, as the audit trail hears them
 * ({@link AttemptRefused}, a {@link RecordChanged} with action {@value AccessPolicy#REFUSED}). Tests take {@link #count()} before a
 * request and look at what came after it.
 */
@Component
public class RecordedRefusals {

    private final List<RecordChanged> refusals = new CopyOnWriteArrayList<>();

    @EventListener
    void heard(AttemptRefused refused) {
        if (AccessPolicy.REFUSED.equals(refused.attempt().action())) {
            refusals.add(refused.attempt());
        }
    }

    public int count() {
        return refusals.size();
    }

    /** Refusals heard since {@code from} (an earlier {@link #count()}) of attempts by this user. */
    public List<RecordChanged> since(int from, String username) {
        return refusals.subList(from, refusals.size()).stream()
                .filter(r -> r.after() instanceof Map<?, ?> attempt && username.equals(attempt.get("by")))
                .toList();
    }
}
