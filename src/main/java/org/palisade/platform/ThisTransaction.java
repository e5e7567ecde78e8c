package org.palisade.platform;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values kept for the current transaction only: made on first use, forgotten when it commits or rolls back, so
 * that nothing of one transaction is left on its thread for the next.
 */
public final class ThisTransaction {

    private ThisTransaction() {
    }

    /**
     * The value kept under {@code key} in the current transaction, made by {@code make} on first use; null
     * outside a transaction.
     */
    public static <T> T keep(Object key, Supplier<T> make) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        T kept = kept(key);
        if (kept == null) {
            kept = make.get();
            TransactionSynchronizationManager.bindResource(key, kept);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return kept;
    }

    /** The value kept under {@code key} in the current transaction, or null. */
    @SuppressWarnings("unchecked")
    public static <T> T kept(Object key) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (T) TransactionSynchronizationManager.getResource(key) : null;
    }
}
