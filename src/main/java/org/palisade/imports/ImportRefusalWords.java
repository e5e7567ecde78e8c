package org.palisade.imports;

import java.util.Locale;
import org.palisade.imports.ImportRefusal.AlreadyImported;
import org.palisade.imports.ImportRefusal.AmountOutOfRange;
import org.palisade.imports.ImportRefusal.BeingImported;
import org.palisade.imports.ImportRefusal.ColumnMissing;
import org.palisade.imports.ImportRefusal.ColumnTwice;
import org.palisade.imports.ImportRefusal.ContributorTwice;
import org.palisade.imports.ImportRefusal.DateInFuture;
import org.palisade.imports.ImportRefusal.NoRows;
import org.palisade.imports.ImportRefusal.NotAContributor;
import org.palisade.imports.ImportRefusal.NotADate;
import org.palisade.imports.ImportRefusal.NotADecimal;
import org.palisade.imports.ImportRefusal.NotAUrl;
import org.palisade.imports.ImportRefusal.Required;
import org.palisade.imports.ImportRefusal.SourceWithoutTitle;
import org.palisade.imports.ImportRefusal.TooLong;
import org.palisade.imports.ImportRefusal.TooManyDecimals;
import org.palisade.imports.ImportRefusal.TooManyRows;
import org.palisade.imports.ImportRefusal.UnknownCategory;
import org.palisade.imports.ImportRefusal.UnknownColumn;
import org.palisade.imports.ImportRefusal.UnknownContributor;
import org.palisade.imports.ImportRefusal.UnknownCurrency;
import org.palisade.imports.ImportRefusal.UnknownDisclosure;
import org.palisade.imports.ImportRefusal.UnknownProgram;
import org.palisade.imports.ImportRefusal.UnknownStage;
import org.palisade.imports.ImportRefusal.UploadGone;
import org.palisade.money.MoneyFormat;
import org.palisade.platform.PageFormats;
import org.palisade.platform.RefusalWords;

/** The words of {@link ImportRefusal}: the API's English, and the arguments of each type's bundle key. */
public final class ImportRefusalWords implements RefusalWords<ImportRefusal> {

    @Override
    public Class<ImportRefusal> type() {
        return ImportRefusal.class;
    }

    @Override
    public String english(ImportRefusal refusal) {
        if (refusal instanceof ColumnMissing r) {
            return "the first row must name the column '" + r.column() + "'";
        } else if (refusal instanceof UnknownColumn r) {
            return "unknown column '" + r.header() + "'; the template's columns are " + RowCheck.HEADERS;
        } else if (refusal instanceof ColumnTwice r) {
            return "the column '" + r.column() + "' is named twice";
        } else if (refusal instanceof NoRows) {
            return "the file holds no contribution below its header";
        } else if (refusal instanceof TooManyRows r) {
            return "a file holds at most " + r.limit() + " rows";
        } else if (refusal instanceof Required r) {
            return r.column() + " is required";
        } else if (refusal instanceof UnknownContributor r) {
            return "no organisation has the code '" + r.code() + "'";
        } else if (refusal instanceof NotAContributor r) {
            return r.code() + " is not registered as a contributor";
        } else if (refusal instanceof ContributorTwice r) {
            return r.code() + " is named twice";
        } else if (refusal instanceof NotADecimal r) {
            return "amount must be a plain decimal such as 25000000 or 25000000.50 (was '" + r.text() + "')";
        } else if (refusal instanceof AmountOutOfRange r) {
            return "amount must be positive and at most 10^13 " + r.currency() + " (was " + r.amount().toPlainString() + ")";
        } else if (refusal instanceof TooManyDecimals r) {
            return r.amount().toPlainString() + " has more decimals than " + r.currency() + " allows (" + r.minorUnits()
                    + ")";
        } else if (refusal instanceof UnknownCurrency r) {
            return "unknown ISO 4217 currency '" + r.text() + "'";
        } else if (refusal instanceof UnknownStage r) {
            return "stage must be pledged, committed or paid (was '" + r.text() + "')";
        } else if (refusal instanceof NotADate r) {
            return "date must be YYYY-MM-DD (was '" + r.text() + "')";
        } else if (refusal instanceof DateInFuture r) {
            return "cannot be after today " + r.today() + ": it records what has happened (was " + r.on() + ")";
        } else if (refusal instanceof UnknownProgram r) {
            return "unknown program '" + r.text() + "'; known: " + RowCheck.PROGRAMS;
        } else if (refusal instanceof UnknownCategory r) {
            return "unknown category '" + r.text() + "'; known: " + RowCheck.CATEGORIES;
        } else if (refusal instanceof UnknownDisclosure r) {
            return "disclosure must be public, coalition or confidential (was '" + r.text() + "')";
        } else if (refusal instanceof NotAUrl r) {
            return "must be an http or https address (was '" + r.text() + "')";
        } else if (refusal instanceof SourceWithoutTitle) {
            return "a source with an outlet, address or publication date needs its title";
        } else if (refusal instanceof TooLong r) {
            return r.column() + " is at most " + r.limit() + " characters";
        } else if (refusal instanceof AlreadyImported r) {
            return "this file was already imported on " + r.on() + " as import " + r.number()
                    + "; importing it again creates nothing";
        } else if (refusal instanceof BeingImported r) {
            return "this file is being imported right now as import " + r.number();
        } else if (refusal instanceof UploadGone) {
            return "the uploaded file is no longer kept; choose it again";
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    @Override
    public Object[] arguments(ImportRefusal refusal, Locale locale) {
        PageFormats formats = new PageFormats(locale);
        if (refusal instanceof ColumnMissing r) {
            return new Object[] {r.column()};
        } else if (refusal instanceof UnknownColumn r) {
            return new Object[] {r.header(), RowCheck.HEADERS};
        } else if (refusal instanceof ColumnTwice r) {
            return new Object[] {r.column()};
        } else if (refusal instanceof TooManyRows r) {
            return new Object[] {formats.number(r.limit())};
        } else if (refusal instanceof Required r) {
            return new Object[] {r.column()};
        } else if (refusal instanceof UnknownContributor r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof NotAContributor r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof ContributorTwice r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof NotADecimal r) {
            return new Object[] {r.text()};
        } else if (refusal instanceof AmountOutOfRange r) {
            return new Object[] {new MoneyFormat(locale).format(r.amount(), r.currency()), r.currency()};
        } else if (refusal instanceof TooManyDecimals r) {
            return new Object[] {r.amount().toPlainString(), r.currency(), r.minorUnits()};
        } else if (refusal instanceof UnknownCurrency r) {
            return new Object[] {r.text()};
        } else if (refusal instanceof UnknownStage r) {
            return new Object[] {r.text()};
        } else if (refusal instanceof NotADate r) {
            return new Object[] {r.text()};
        } else if (refusal instanceof DateInFuture r) {
            return new Object[] {formats.date(r.on()), formats.date(r.today())};
        } else if (refusal instanceof UnknownProgram r) {
            return new Object[] {r.text(), RowCheck.PROGRAMS};
        } else if (refusal instanceof UnknownCategory r) {
            return new Object[] {r.text(), RowCheck.CATEGORIES};
        } else if (refusal instanceof UnknownDisclosure r) {
            return new Object[] {r.text()};
        } else if (refusal instanceof NotAUrl r) {
            return new Object[] {r.text()};
        } else if (refusal instanceof TooLong r) {
            return new Object[] {r.column(), formats.number(r.limit())};
        } else if (refusal instanceof AlreadyImported r) {
            return new Object[] {formats.time(r.on()), String.valueOf(r.number())};
        } else if (refusal instanceof BeingImported r) {
            return new Object[] {String.valueOf(r.number())};
        }
        return new Object[0];
    }
}
