package org.palisade.platform;

/**
 * A refused action as a value of the module whose rule it is, e.g. {@code PackageRefusal.IllegalMove(3,
 * FUNDED, [CONTRACTED, CANCELLED])}. It carries facts only; the words are chosen at the edge by the module's
 * {@link RefusalWords}, through {@link Refusals}: English on the API, the reader's language on pages.
 * Each module keeps its refusals in one sealed interface extending this one.
 */
public interface Refusal {
}
