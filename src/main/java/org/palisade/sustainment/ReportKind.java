package org.palisade.sustainment;

/**
 * What the recipient reports: {@link #STOCK} of a consumable received outside the ledger (other programmes),
 * {@link #USE} of a consumable, {@link #LOSS} of a consumable or of fielded platforms, and platforms
 * {@link #FIELDED} outside the ledger. Stock and fielded systems name their source.
 */
public enum ReportKind {
    STOCK, USE, LOSS, FIELDED;

    /** Whether a report of this kind may name an entry of this kind. */
    boolean appliesTo(EntryKind entry) {
        return switch (this) {
            case STOCK, USE -> entry == EntryKind.CONSUMABLE;
            case FIELDED -> entry == EntryKind.PLATFORM;
            case LOSS -> true;
        };
    }

    boolean needsSource() {
        return this == STOCK || this == FIELDED;
    }
}
