package org.palisade.imports;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.palisade.contributions.ContributionStage;
import org.palisade.contributions.Program;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.platform.Violations;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.Disclosure;

/**
 * The rules one row of an import must keep, each broken one named by the row and the column at fault
 * ({@code rows[7].currency}): every contributor a known contributor named once, a plain decimal amount that
 * is positive, at most 10^13 and has no more decimals than its ISO 4217 currency, a stage that has happened
 * (pledged, committed or paid) dated no later than today, a known program, category and disclosure, and a
 * source, if any, with its title and an http(s) address.
 */
final class RowCheck {

    static final String HEADERS = Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
            .collect(Collectors.joining(","));
    static final String CATEGORIES = Arrays.stream(CapabilityCategory.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    /** Programs an imported contribution may name; an empty cell is PURL, as every contribution Palisade runs. */
    static final String PROGRAMS = Arrays.stream(Program.values()).map(Enum::name).collect(Collectors.joining(", "));

    static final int TITLE_LIMIT = 500;
    static final int OUTLET_LIMIT = 300;
    static final int URL_LIMIT = 2000;
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern JOINT = Pattern.compile("[+;]");

    /** A source named by a row: its title, outlet or issuer, address and publication date (each may be null). */
    record Source(String title, String outlet, String url, LocalDate published) {
    }

    /** One row as it would be created: the contributors' codes and ids, the lead first. */
    record Line(int row, List<Organisation> contributors, Money amount, ContributionStage stage, LocalDate on,
            Program program, CapabilityCategory category, Disclosure disclosure, Source source) {

        public String contributorCodes() {
            return contributors.stream().map(o -> o.code().value()).collect(Collectors.joining("+"));
        }
    }

    private final Map<Integer, ImportColumn> columns;
    private final Map<String, Organisation> organisations;
    private final LocalDate today;

    /**
     * @param columns       the file's columns by position, as {@link #header} read them
     * @param organisations the organisations named anywhere in the file, by code (unknown codes are absent)
     */
    RowCheck(Map<Integer, ImportColumn> columns, Map<String, Organisation> organisations, LocalDate today) {
        this.columns = columns;
        this.organisations = organisations;
        this.today = today;
    }

    /** The columns of the header row by position; every broken rule of the header is added to {@code v}. */
    static Map<Integer, ImportColumn> header(List<String> cells, Violations v) {
        Map<Integer, ImportColumn> found = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            var column = ImportColumn.ofHeader(text);
            if (column.isEmpty()) {
                add(v, 1, text, new ImportRefusal.UnknownColumn(text));
            } else if (found.containsValue(column.get())) {
                add(v, 1, column.get().header(), new ImportRefusal.ColumnTwice(column.get().header()));
            } else {
                found.put(i, column.get());
            }
        }
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required() && !found.containsValue(c)) {
                add(v, 1, c.header(), new ImportRefusal.ColumnMissing(c.header()));
            }
        }
        return found;
    }

    /** The codes a row names as contributors, as written (upper case, without spaces). */
    static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        for (String part : JOINT.split(cell == null ? "" : cell)) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The row as it would be created, or null when it breaks a rule (each added to {@code v}). */
    Line check(int row, List<String> cells, Violations v) {
        Map<ImportColumn, String> cell = new EnumMap<>(ImportColumn.class);
        columns.forEach((index, column) -> {
            String text = index < cells.size() ? cells.get(index).strip() : "";
            if (!text.isEmpty()) {
                cell.put(column, text);
            }
        });
        boolean ok = true;
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required() && !cell.containsKey(c)) {
                ok = add(v, row, c.header(), new ImportRefusal.Required(c.header()));
            }
        }
        List<Organisation> contributors = new ArrayList<>();
        for (String code : codes(cell.get(ImportColumn.CONTRIBUTORS))) {
            Organisation o = organisations.get(code);
            if (o == null) {
                ok = add(v, row, "contributors", new ImportRefusal.UnknownContributor(code));
            } else if (!o.is(OrganisationKind.CONTRIBUTOR)) {
                ok = add(v, row, "contributors", new ImportRefusal.NotAContributor(code));
            } else if (contributors.contains(o)) {
                ok = add(v, row, "contributors", new ImportRefusal.ContributorTwice(code));
            } else {
                contributors.add(o);
            }
        }
        CurrencyCode currency = null;
        String currencyText = cell.get(ImportColumn.CURRENCY);
        if (currencyText != null) {
            try {
                currency = CurrencyCode.of(currencyText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                ok = add(v, row, "currency", new ImportRefusal.UnknownCurrency(currencyText));
            }
        }
        Money amount = null;
        String amountText = cell.get(ImportColumn.AMOUNT);
        if (amountText != null) {
            if (!DECIMAL.matcher(amountText).matches()) {
                ok = add(v, row, "amount", new ImportRefusal.NotADecimal(amountText));
            } else {
                BigDecimal value = new BigDecimal(amountText);
                String code = currency == null ? currencyText : currency.code();
                if (value.signum() <= 0 || value.compareTo(Money.MAX) > 0) {
                    ok = add(v, row, "amount", new ImportRefusal.AmountOutOfRange(value, code));
                } else if (currency != null && value.stripTrailingZeros().scale() > currency.minorUnits()) {
                    ok = add(v, row, "amount", new ImportRefusal.TooManyDecimals(value, code, currency.minorUnits()));
                } else if (currency != null) {
                    amount = new Money(value, currency);
                }
            }
        }
        ContributionStage stage = null;
        String stageText = cell.get(ImportColumn.STAGE);
        if (stageText != null) {
            stage = switch (stageText.toLowerCase(Locale.ROOT)) {
                case "pledged" -> ContributionStage.PLEDGED;
                case "committed" -> ContributionStage.COMMITTED;
                case "paid" -> ContributionStage.PAID;
                default -> null;
            };
            if (stage == null) {
                ok = add(v, row, "stage", new ImportRefusal.UnknownStage(stageText));
            }
        }
        LocalDate on = date(row, "date", cell.get(ImportColumn.DATE), v);
        ok &= on != null || !cell.containsKey(ImportColumn.DATE);
        Program program = Program.PURL;
        String programText = cell.get(ImportColumn.PROGRAM);
        if (programText != null) {
            try {
                program = Program.valueOf(programText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                ok = add(v, row, "program", new ImportRefusal.UnknownProgram(programText));
            }
        }
        CapabilityCategory category = null;
        String categoryText = cell.get(ImportColumn.CATEGORY);
        if (categoryText != null) {
            try {
                category = CapabilityCategory.valueOf(categoryText.toUpperCase(Locale.ROOT).replaceAll("[ -]", "_"));
            } catch (IllegalArgumentException e) {
                ok = add(v, row, "category", new ImportRefusal.UnknownCategory(categoryText));
            }
        }
        Disclosure disclosure = null;
        String disclosureText = cell.get(ImportColumn.DISCLOSURE);
        if (disclosureText != null) {
            try {
                disclosure = Disclosure.valueOf(disclosureText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                ok = add(v, row, "disclosure", new ImportRefusal.UnknownDisclosure(disclosureText));
            }
        }
        Source source = source(row, cell, v);
        ok &= source != null;
        if (!ok || contributors.isEmpty() || amount == null || stage == null || on == null || disclosure == null) {
            return null;
        }
        return new Line(row, contributors, amount, stage, on, program, category, disclosure,
                source.title() == null ? null : source);
    }

    private Source source(int row, Map<ImportColumn, String> cell, Violations v) {
        boolean ok = true;
        String title = cell.get(ImportColumn.SOURCE_TITLE);
        String outlet = cell.get(ImportColumn.SOURCE_OUTLET);
        String url = cell.get(ImportColumn.SOURCE_URL);
        String publishedText = cell.get(ImportColumn.SOURCE_PUBLISHED);
        if (title == null && (outlet != null || url != null || publishedText != null)) {
            ok = add(v, row, "source_title", new ImportRefusal.SourceWithoutTitle());
        }
        if (title != null && outlet == null) {
            // a source is recorded with its outlet or issuer: who said it is half of what it is worth
            ok = add(v, row, "source_outlet", new ImportRefusal.Required("source_outlet"));
        }
        if (title != null && title.length() > TITLE_LIMIT) {
            ok = add(v, row, "source_title", new ImportRefusal.TooLong("source_title", TITLE_LIMIT));
        }
        if (outlet != null && outlet.length() > OUTLET_LIMIT) {
            ok = add(v, row, "source_outlet", new ImportRefusal.TooLong("source_outlet", OUTLET_LIMIT));
        }
        if (url != null) {
            if (url.length() > URL_LIMIT) {
                ok = add(v, row, "source_url", new ImportRefusal.TooLong("source_url", URL_LIMIT));
            } else if (!isWebAddress(url)) {
                ok = add(v, row, "source_url", new ImportRefusal.NotAUrl(url));
            }
        }
        LocalDate published = date(row, "source_published", publishedText, v);
        ok &= published != null || publishedText == null;
        return ok ? new Source(title, outlet, url, published) : null;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A date as YYYY-MM-DD that has passed (or is today); null when absent or broken (then added to {@code v}). */
    private LocalDate date(int row, String column, String text, Violations v) {
        if (text == null) {
            return null;
        }
        LocalDate on;
        try {
            on = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(v, row, column, new ImportRefusal.NotADate(text));
            return null;
        }
        if (on.isAfter(today)) {
            add(v, row, column, new ImportRefusal.DateInFuture(on, today));
            return null;
        }
        return on;
    }

    /** Adds the refusal at the row's column; false, so that a check can note that the row failed. */
    static boolean add(Violations v, int row, String column, ImportRefusal refusal) {
        v.add("rows[" + row + "]." + column, refusal);
        return false;
    }
}
