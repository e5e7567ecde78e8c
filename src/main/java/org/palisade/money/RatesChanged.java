package org.palisade.money;

import java.time.LocalDate;

/**
 * Rates of a currency changed for the dates in [{@code from}, {@code until}) ({@code until} null: every later
 * date): amounts converted at those dates must be converted again. Published inside the recording
 * transaction, which holds the exclusive rate lock, so synchronous listeners re-convert before it commits.
 */
public record RatesChanged(CurrencyCode currency, LocalDate from, LocalDate until) {
}
