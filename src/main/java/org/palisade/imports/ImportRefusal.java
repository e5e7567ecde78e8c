package org.palisade.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.palisade.platform.Refusal;

/**
 * Why an import refuses a file or one of its rows: facts only, worded by {@link ImportRefusalWords}. A row's
 * refusal is placed as {@code rows[<row>].<column>} (the row's number in the file, the header being row 1).
 */
public sealed interface ImportRefusal extends Refusal {

    /** The file's first row lacks a column the template requires. */
    record ColumnMissing(String column) implements ImportRefusal {
    }

    /** A header the template does not know (often a typing error in a required one). */
    record UnknownColumn(String header) implements ImportRefusal {
    }

    record ColumnTwice(String column) implements ImportRefusal {
    }

    /** The file holds a header and no row of data. */
    record NoRows() implements ImportRefusal {
    }

    record TooManyRows(int limit) implements ImportRefusal {
    }

    /** A required cell is empty. */
    record Required(String column) implements ImportRefusal {
    }

    /** No organisation has this code. */
    record UnknownContributor(String code) implements ImportRefusal {
    }

    /** The organisation exists but is not registered as a contributor. */
    record NotAContributor(String code) implements ImportRefusal {
    }

    record ContributorTwice(String code) implements ImportRefusal {
    }

    /** Not a plain decimal such as 25000000 or 25000000.50. */
    record NotADecimal(String text) implements ImportRefusal {
    }

    /** Positive and at most 10^13 in its currency. */
    record AmountOutOfRange(BigDecimal amount, String currency) implements ImportRefusal {
    }

    record TooManyDecimals(BigDecimal amount, String currency, int minorUnits) implements ImportRefusal {
    }

    record UnknownCurrency(String text) implements ImportRefusal {
    }

    record UnknownStage(String text) implements ImportRefusal {
    }

    record NotADate(String text) implements ImportRefusal {
    }

    /** A stage, like a publication, records what has happened: its date cannot lie after today. */
    record DateInFuture(LocalDate on, LocalDate today) implements ImportRefusal {
    }

    record UnknownProgram(String text) implements ImportRefusal {
    }

    record UnknownCategory(String text) implements ImportRefusal {
    }

    record UnknownDisclosure(String text) implements ImportRefusal {
    }

    /** A source's address must be an http or https URL. */
    record NotAUrl(String text) implements ImportRefusal {
    }

    /** An outlet, address or publication date names a source, which then needs its title. */
    record SourceWithoutTitle() implements ImportRefusal {
    }

    record TooLong(String column, int limit) implements ImportRefusal {
    }

    /** The same file (by its SHA-256 digest) was imported before: importing it again creates nothing. */
    record AlreadyImported(int number, Instant on) implements ImportRefusal {
    }

    /** The same file is being imported right now. */
    record BeingImported(int number) implements ImportRefusal {
    }

    /** The page's upload is no longer kept (after a day): the file must be chosen again. */
    record UploadGone() implements ImportRefusal {
    }
}
