package org.palisade.deliveries;

/** What the recipient found wrong with a handed-over item. */
public enum DiscrepancyKind {
    SHORT, DAMAGED, WRONG_ITEM
}
