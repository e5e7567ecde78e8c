package org.palisade.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.palisade.contributions.Program;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.WebPages;
import org.palisade.requirements.CapabilityCategory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public ledger's pages, for everyone without signing in: every table with its chart, the contributions
 * behind each figure, and each table as CSV and XLSX with the same numbers.
 */
@WebPages
class LedgerPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MEMBERSHIP = Set.of(PublicLedger.ALL, PublicLedger.SOME, PublicLedger.NONE);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final PublicLedger ledger;
    private final LedgerLabels labels;

    LedgerPages(PublicLedger ledger, LedgerLabels labels) {
        this.ledger = ledger;
        this.labels = labels;
    }

    /** What one chart draws: labels, values in whole US dollars. */
    record Chart(List<String> labels, List<BigDecimal> values, String currency, String kind) {
    }

    @GetMapping("/ledger")
    String ledger(@RequestParam(defaultValue = "PLEDGED") Stage stage, Model model, Locale locale) {
        LedgerFigures figures = ledger.figures(stage);
        Map<String, String> names = labels.of(figures, locale);
        model.addAttribute("figures", figures);
        model.addAttribute("stage", stage);
        model.addAttribute("stageWord", labels.message("coverage." + stage.name().toLowerCase(Locale.ROOT), locale));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("labels", names);
        model.addAttribute("tables", LedgerFigures.TABLES);
        Map<String, String> charts = new java.util.HashMap<>();
        for (String table : LedgerFigures.TABLES) {
            LedgerTable t = figures.table(table);
            List<String> chartLabels = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (LedgerTable.Row r : t.rows()) {
                chartLabels.add(names.get(table + ":" + r.key()));
                values.add(r.amounts().usd().amount().setScale(0, RoundingMode.HALF_EVEN));
            }
            charts.put(table, JSON.writeValueAsString(new Chart(chartLabels, values, "USD",
                    table.equals("nato") || table.equals("eu") ? "share" : "bars")));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("links", links(figures));
        LocalDate today = figures.asOf();
        // years as text: a number argument would be written with a thousands separator ("2,026")
        model.addAttribute("thisYear", String.valueOf(today.getYear()));
        model.addAttribute("lastYear", String.valueOf(today.getYear() - 1));
        model.addAttribute("sameDate", today.minusYears(1));
        return "reporting/ledger";
    }

    /** Where each figure's contributions are listed: "table:key" → the filtered list. */
    static Map<String, String> links(LedgerFigures figures) {
        Map<String, String> links = new java.util.HashMap<>();
        String stage = "/ledger/contributions?stage=" + figures.stage().name();
        LocalDate today = figures.asOf();
        for (String table : LedgerFigures.TABLES) {
            for (LedgerTable.Row r : figures.table(table).rows()) {
                String k = java.net.URLEncoder.encode(r.key(), StandardCharsets.UTF_8);
                String url = switch (table) {
                    case "stages" -> "/ledger/contributions?stage=" + r.key();
                    case "years" -> stage + "&year=" + k;
                    case "year-so-far" -> switch (r.key()) {
                        case "SO_FAR" -> stage + "&from=" + today.withDayOfYear(1) + "&to=" + today;
                        case "SAME_DATE" -> stage + "&from=" + today.withDayOfYear(1).minusYears(1) + "&to="
                                + today.minusYears(1);
                        default -> stage + "&year=" + (today.getYear() - 1);
                    };
                    case "contributors" -> stage + "&contributors=" + k;
                    case "categories" -> stage + "&category=" + k;
                    case "programs" -> stage + "&program=" + k;
                    default -> stage + "&" + table + "=" + k;
                };
                links.put(table + ":" + r.key(), url);
            }
        }
        return links;
    }

    @GetMapping("/ledger/contributions")
    String behind(@RequestParam(defaultValue = "PLEDGED") Stage stage, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String contributors, @RequestParam(required = false) String category,
            @RequestParam(required = false) String program, @RequestParam(required = false) String nato,
            @RequestParam(required = false) String eu, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before, Model model,
            Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        LedgerRepository.Filter filter = filter(stage, year, from, to, contributors, category, program, nato, eu);
        int size = 50;
        LedgerRepository.EntryPage found = ledger.behind(filter, LedgerRepository.Cursor.parse(after, "after"),
                LedgerRepository.Cursor.parse(before, "before"), Math.max(page, 0), size);
        model.addAttribute("entries", found.entries());
        model.addAttribute("next", found.next());
        model.addAttribute("previous", found.previous());
        model.addAttribute("filter", filter);
        model.addAttribute("names", labels.byCode(found.entries().stream().flatMap(e -> e.contributors().stream())
                .collect(java.util.stream.Collectors.toSet()), locale));
        model.addAttribute("stageWord", labels.message("coverage." + stage.name().toLowerCase(Locale.ROOT), locale));
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        String without = java.util.Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("page=")
                && !p.startsWith("lang=") && !p.startsWith("after=") && !p.startsWith("before="))
                .collect(java.util.stream.Collectors.joining("&"));
        model.addAttribute("pageBase", "/ledger/contributions?" + (without.isEmpty() ? "" : without + "&"));
        return "reporting/ledger-contributions";
    }

    @GetMapping("/ledger/tables/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name, @RequestParam(defaultValue = "PLEDGED") Stage stage,
            Locale locale) {
        List<List<Object>> rows = rows(name, stage, locale);
        StringBuilder out = new StringBuilder("\uFEFF"); // a byte-order mark, so spreadsheets read UTF-8
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(csvCell(cell));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return download(out.toString().getBytes(StandardCharsets.UTF_8), CSV, fileName(name, stage, "csv"));
    }

    @GetMapping("/ledger/tables/{name}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String name, @RequestParam(defaultValue = "PLEDGED") Stage stage,
            Locale locale) throws IOException {
        List<List<Object>> rows = rows(name, stage, locale);
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet(name);
            for (int i = 0; i < rows.size(); i++) {
                Row r = sheet.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    Object cell = rows.get(i).get(j);
                    if (cell instanceof BigDecimal d) {
                        r.createCell(j).setCellValue(d.doubleValue());
                    } else if (cell instanceof Long n) {
                        r.createCell(j).setCellValue(n);
                    } else {
                        r.createCell(j).setCellValue(cell == null ? "" : cell.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return download(out.toByteArray(), XLSX, fileName(name, stage, "xlsx"));
        }
    }

    /**
     * A table as a header row naming each column's unit and currency, then its rows and a total row: the same
     * numbers as the page (which shows them rounded to whole units).
     */
    List<List<Object>> rows(String name, Stage stage, Locale locale) {
        LedgerFigures figures = ledger.figures(stage);
        LedgerTable table = figures.table(name);
        if (table == null) {
            throw new NotFound("ledger table", name);
        }
        Map<String, String> names = labels.of(figures, locale);
        String stageWord = labels.message("coverage." + stage.name().toLowerCase(Locale.ROOT), locale);
        boolean shares = table.rows().stream().anyMatch(r -> r.shareUsd() != null || r.shareEur() != null);
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(labels.message("ledger.download.key", locale),
                labels.message("ledger.download.label", locale),
                labels.message("ledger.download.amount", locale, name.equals("stages") ? labels.message("ledger.download.amount.any", locale) : stageWord, "EUR"),
                labels.message("ledger.download.amount", locale, name.equals("stages") ? labels.message("ledger.download.amount.any", locale) : stageWord, "USD"),
                labels.message("ledger.download.count", locale), labels.message("ledger.download.sourced", locale)));
        if (shares) {
            header.add(labels.message("ledger.download.share", locale, "EUR"));
            header.add(labels.message("ledger.download.share", locale, "USD"));
        }
        rows.add(header);
        for (LedgerTable.Row r : table.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.key(), names.get(name + ":" + r.key()),
                    r.amounts().eur().amount(), r.amounts().usd().amount(), r.amounts().contributions(), r.sourced()));
            if (shares) {
                row.add(r.shareEur());
                row.add(r.shareUsd());
            }
            rows.add(row);
        }
        if (!name.equals("year-so-far")) {
            rows.add(new ArrayList<>(List.of("TOTAL", labels.message("ledger.total", locale),
                    table.total().eur().amount(), table.total().usd().amount(), table.total().contributions(),
                    table.sourced())));
        }
        return rows;
    }

    static LedgerRepository.Filter filter(Stage stage, Integer year, LocalDate from, LocalDate to, String contributors,
            String category, String program, String nato, String eu) {
        if (category != null && !category.equals(Figures.UNEARMARKED)
                && java.util.Arrays.stream(CapabilityCategory.values()).noneMatch(c -> c.name().equals(category))) {
            throw new InvalidRequest("category", "unknown category '" + category + "'");
        }
        if (program != null && java.util.Arrays.stream(Program.values()).noneMatch(p -> p.name().equals(program))) {
            throw new InvalidRequest("program", "program is PURL or OTHER");
        }
        if (nato != null && !MEMBERSHIP.contains(nato)) {
            throw new InvalidRequest("nato", "nato is ALL, SOME or NONE");
        }
        if (eu != null && !MEMBERSHIP.contains(eu)) {
            throw new InvalidRequest("eu", "eu is ALL, SOME or NONE");
        }
        return new LedgerRepository.Filter(stage, year, from, to, blank(contributors), category, program, nato, eu);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip().replace(' ', '+');
    }

    private static String fileName(String name, Stage stage, String extension) {
        return "palisade-" + name + "-" + stage.name().toLowerCase(Locale.ROOT) + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(body);
    }

    private static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
        // a cell that a spreadsheet would run as a formula is quoted and prefixed (CSV injection)
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(cell instanceof BigDecimal)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.startsWith("'")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
