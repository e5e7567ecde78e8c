package org.palisade.sustainment;

import static org.palisade.platform.Refusals.term;

import java.util.Locale;
import org.palisade.platform.RefusalWords;
import org.palisade.sustainment.SustainmentRefusal.CsvColumns;
import org.palisade.sustainment.SustainmentRefusal.CsvEmpty;
import org.palisade.sustainment.SustainmentRefusal.CsvHeader;
import org.palisade.sustainment.SustainmentRefusal.DateInFuture;
import org.palisade.sustainment.SustainmentRefusal.DateInvalid;
import org.palisade.sustainment.SustainmentRefusal.KindNotForEntry;
import org.palisade.sustainment.SustainmentRefusal.NameTaken;
import org.palisade.sustainment.SustainmentRefusal.QuantityNotPositive;
import org.palisade.sustainment.SustainmentRefusal.RateInvalid;
import org.palisade.sustainment.SustainmentRefusal.RatesOutOfOrder;
import org.palisade.sustainment.SustainmentRefusal.Required;
import org.palisade.sustainment.SustainmentRefusal.SourceMissing;
import org.palisade.sustainment.SustainmentRefusal.TooLong;
import org.palisade.sustainment.SustainmentRefusal.UnknownCategory;
import org.palisade.sustainment.SustainmentRefusal.UnknownEntry;
import org.palisade.sustainment.SustainmentRefusal.UnknownIntensity;
import org.palisade.sustainment.SustainmentRefusal.UnknownReportKind;
import org.palisade.sustainment.SustainmentRefusal.WrongKind;

/** The words of {@link SustainmentRefusal}: the API's English, and the arguments of each type's bundle key. */
public final class SustainmentRefusalWords implements RefusalWords<SustainmentRefusal> {

    @Override
    public Class<SustainmentRefusal> type() {
        return SustainmentRefusal.class;
    }

    @Override
    public String english(SustainmentRefusal refusal) {
        if (refusal instanceof Required) {
            return "required";
        } else if (refusal instanceof TooLong r) {
            return "at most " + r.max() + " characters";
        } else if (refusal instanceof NameTaken r) {
            return "the catalogue already holds an entry named '" + r.name() + "'";
        } else if (refusal instanceof UnknownCategory r) {
            return "unknown capability category '" + r.given() + "'";
        } else if (refusal instanceof RateInvalid r) {
            return "a rate per day is a number of at least 0 with at most " + DailyRate.SCALE + " decimals (was '"
                    + r.given() + "')";
        } else if (refusal instanceof RatesOutOfOrder r) {
            return "rates must rise with intensity: low " + r.low() + " ≤ normal " + r.normal() + " ≤ high " + r.high();
        } else if (refusal instanceof WrongKind r) {
            return "'" + r.name() + "' is not a " + r.expected().name().toLowerCase(Locale.ROOT);
        } else if (refusal instanceof UnknownEntry r) {
            return "the catalogue holds no entry '" + r.given() + "'";
        } else if (refusal instanceof KindNotForEntry r) {
            return r.kind().name().toLowerCase(Locale.ROOT) + " is not reported for '" + r.name() + "', a "
                    + r.entryKind().name().toLowerCase(Locale.ROOT) + " (stock and use of consumables, fielded "
                    + "platforms, losses of either)";
        } else if (refusal instanceof UnknownReportKind r) {
            return "kind must be STOCK, USE, LOSS or FIELDED (was '" + r.given() + "')";
        } else if (refusal instanceof QuantityNotPositive r) {
            return "quantity must be a whole number of at least 1 (was '" + r.given() + "')";
        } else if (refusal instanceof DateInvalid r) {
            return "date must be YYYY-MM-DD (was '" + r.given() + "')";
        } else if (refusal instanceof DateInFuture r) {
            return r.on() + " is in the future (today is " + r.today() + ")";
        } else if (refusal instanceof SourceMissing r) {
            return r.kind() == ReportKind.STOCK ? "stock from outside the ledger needs its source"
                    : "systems fielded from outside the ledger need their source";
        } else if (refusal instanceof CsvHeader r) {
            return "the first line must be the header '" + r.expected() + "'";
        } else if (refusal instanceof CsvColumns r) {
            return "expected the columns " + r.expected();
        } else if (refusal instanceof CsvEmpty) {
            return "the file holds no reports";
        } else if (refusal instanceof UnknownIntensity r) {
            return "intensity must be LOW, NORMAL or HIGH (was '" + r.given() + "')";
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    @Override
    public Object[] arguments(SustainmentRefusal refusal, Locale locale) {
        if (refusal instanceof TooLong r) {
            return new Object[] {r.max()};
        } else if (refusal instanceof NameTaken r) {
            return new Object[] {r.name()};
        } else if (refusal instanceof UnknownCategory r) {
            return new Object[] {r.given()};
        } else if (refusal instanceof RateInvalid r) {
            return new Object[] {r.given(), DailyRate.SCALE};
        } else if (refusal instanceof RatesOutOfOrder r) {
            return new Object[] {r.low(), r.normal(), r.high()};
        } else if (refusal instanceof WrongKind r) {
            return new Object[] {r.name(), term("sustainment.kind." + r.expected().name())};
        } else if (refusal instanceof UnknownEntry r) {
            return new Object[] {r.given()};
        } else if (refusal instanceof KindNotForEntry r) {
            return new Object[] {term("sustainment.report." + r.kind().name()), r.name(),
                    term("sustainment.kind." + r.entryKind().name())};
        } else if (refusal instanceof UnknownReportKind r) {
            return new Object[] {r.given()};
        } else if (refusal instanceof QuantityNotPositive r) {
            return new Object[] {r.given()};
        } else if (refusal instanceof DateInvalid r) {
            return new Object[] {r.given()};
        } else if (refusal instanceof DateInFuture r) {
            return new Object[] {r.on().toString(), r.today().toString()};
        } else if (refusal instanceof SourceMissing r) {
            return new Object[] {term("sustainment.report." + r.kind().name())};
        } else if (refusal instanceof CsvHeader r) {
            return new Object[] {r.expected()};
        } else if (refusal instanceof CsvColumns r) {
            return new Object[] {r.expected()};
        } else if (refusal instanceof UnknownIntensity r) {
            return new Object[] {r.given()};
        }
        return new Object[0];
    }
}
