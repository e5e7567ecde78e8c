package org.palisade.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.Money;

/**
 * One contribution as the figures need it; {@code visible} says whether the viewer may see it itself.
 *
 * @param earmark the category figures count it under: a pool contribution's own category, else its earmark
 * @param program PURL or OTHER
 */
record ContributionRow(UUID id, List<String> contributors, String earmark, LocalDate announcedOn, boolean visible,
        Money pledged, LocalDate pledgedOn, Money committed, LocalDate committedOn, Money paid, LocalDate paidOn,
        String program) {

    /** A PURL contribution. */
    ContributionRow(UUID id, List<String> contributors, String earmark, LocalDate announcedOn, boolean visible,
            Money pledged, LocalDate pledgedOn, Money committed, LocalDate committedOn, Money paid, LocalDate paidOn) {
        this(id, contributors, earmark, announcedOn, visible, pledged, pledgedOn, committed, committedOn, paid, paidOn,
                "PURL");
    }

    /** The amount and date at a stage, or null when the contribution has not reached it. */
    Money at(Stage stage) {
        return switch (stage) {
            case PLEDGED -> pledged;
            case COMMITTED -> committed;
            case PAID -> paid;
        };
    }

    LocalDate dateOf(Stage stage) {
        return switch (stage) {
            case PLEDGED -> pledgedOn;
            case COMMITTED -> committedOn;
            case PAID -> paidOn;
        };
    }

    String lead() {
        return contributors.get(0);
    }
}
