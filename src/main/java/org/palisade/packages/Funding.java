package org.palisade.packages;

import java.time.LocalDate;
import org.palisade.money.Money;

/**
 * What one contribution brings to a package at each stage, with the date of that stage (the date whose rate
 * converts it). Committed and paid are null until reached.
 */
public record Funding(Money pledged, LocalDate pledgedOn, Money committed, LocalDate committedOn, Money paid,
        LocalDate paidOn) {
}
