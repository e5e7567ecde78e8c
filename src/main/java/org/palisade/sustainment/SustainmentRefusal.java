package org.palisade.sustainment;

import java.time.LocalDate;
import org.palisade.platform.Refusal;

/** Why the sustainment module refuses something: facts only, worded by {@link SustainmentRefusalWords}. */
public sealed interface SustainmentRefusal extends Refusal {

    /** A field that must be given. */
    record Required() implements SustainmentRefusal {
    }

    /** A text longer than its field holds. */
    record TooLong(int max) implements SustainmentRefusal {
    }

    /** Catalogue entries are told apart by name (case does not matter). */
    record NameTaken(String name) implements SustainmentRefusal {
    }

    /** A capability category that does not exist. */
    record UnknownCategory(String given) implements SustainmentRefusal {
    }

    /** A rate per day is a number of at least zero with at most four decimals. */
    record RateInvalid(String given) implements SustainmentRefusal {
    }

    /** Use rises with intensity: low ≤ normal ≤ high. */
    record RatesOutOfOrder(String low, String normal, String high) implements SustainmentRefusal {
    }

    /** An entry named as a platform (or a consumable) that is the other kind. */
    record WrongKind(String name, EntryKind expected) implements SustainmentRefusal {
    }

    /** A catalogue entry that does not exist (an id, or a name in a CSV row). */
    record UnknownEntry(String given) implements SustainmentRefusal {
    }

    /** A report whose kind does not apply to the entry: use and stock of consumables, fielded platforms. */
    record KindNotForEntry(ReportKind kind, String name, EntryKind entryKind) implements SustainmentRefusal {
    }

    /** A report kind that does not exist. */
    record UnknownReportKind(String given) implements SustainmentRefusal {
    }

    /** Reports count whole units, at least one. */
    record QuantityNotPositive(String given) implements SustainmentRefusal {
    }

    /** A date as YYYY-MM-DD. */
    record DateInvalid(String given) implements SustainmentRefusal {
    }

    /** What happened cannot be dated after today. */
    record DateInFuture(LocalDate on, LocalDate today) implements SustainmentRefusal {
    }

    /** Outside stock and fielded systems name where they come from. */
    record SourceMissing(ReportKind kind) implements SustainmentRefusal {
    }

    /** The first line of a CSV upload must be its header. */
    record CsvHeader(String expected) implements SustainmentRefusal {
    }

    /** A CSV row with fewer columns than the header. */
    record CsvColumns(String expected) implements SustainmentRefusal {
    }

    /** A CSV upload without a single report. */
    record CsvEmpty() implements SustainmentRefusal {
    }

    /** An intensity that does not exist. */
    record UnknownIntensity(String given) implements SustainmentRefusal {
    }
}
