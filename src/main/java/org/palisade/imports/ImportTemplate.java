package org.palisade.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The downloadable template: the header row and three example rows (a pledge of one nation, a joint
 * commitment, a payment without a source), as CSV or as an XLSX workbook whose second sheet explains each
 * column in the reader's language.
 */
@Component
class ImportTemplate {

    static final List<List<String>> EXAMPLES = List.of(
            List.of("NLD", "500000000", "EUR", "pledged", "2025-08-04", "PURL", "AIR_AND_MISSILE_DEFENCE", "public",
                    "The Netherlands funds a PURL package", "Ministry of Defence of the Netherlands",
                    "https://www.example.org/news/nld-purl", "2025-08-04"),
            List.of("DNK+NOR+SWE", "495000000.00", "USD", "committed", "2025-08-05", "PURL",
                    "ROCKET_ARTILLERY_AMMUNITION", "public", "Denmark, Norway and Sweden fund a PURL package",
                    "Ministry of Defence of Ukraine", "https://www.example.org/news/nordic-purl", "2025-08-05"),
            List.of("DEU", "500000000", "USD", "paid", "2025-08-13", "PURL", "", "coalition", "", "", "", ""));

    private final MessageSource messages;

    ImportTemplate(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv() {
        StringBuilder out = new StringBuilder(RowCheck.HEADERS).append("\r\n");
        for (List<String> row : EXAMPLES) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quoted(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
    static String quoted(String cell) {
        return cell.matches(".*[,\"\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    byte[] xlsx(Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet rows = workbook.createSheet("contributions");
            ImportColumn[] columns = ImportColumn.values();
            Row header = rows.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
            }
            for (int r = 0; r < EXAMPLES.size(); r++) {
                Row row = rows.createRow(r + 1);
                for (int i = 0; i < columns.length; i++) {
                    // every cell as text: amounts stay exact and dates stay YYYY-MM-DD whatever the spreadsheet's locale
                    row.createCell(i).setCellValue(EXAMPLES.get(r).get(i));
                }
            }
            for (int i = 0; i < columns.length; i++) {
                rows.setColumnWidth(i, 22 * 256);
            }
            Sheet about = workbook.createSheet(messages.getMessage("imports.template.about", null, locale));
            Row aboutHeader = about.createRow(0);
            aboutHeader.createCell(0).setCellValue(messages.getMessage("imports.column", null, locale));
            aboutHeader.createCell(1).setCellValue(messages.getMessage("imports.template.required", null, locale));
            aboutHeader.createCell(2).setCellValue(messages.getMessage("imports.template.meaning", null, locale));
            aboutHeader.createCell(3).setCellValue(messages.getMessage("imports.template.example", null, locale));
            for (int i = 0; i < columns.length; i++) {
                Row row = about.createRow(i + 1);
                row.createCell(0).setCellValue(columns[i].header());
                row.createCell(1).setCellValue(messages.getMessage(columns[i].required() ? "imports.template.yes"
                        : "imports.template.no", null, locale));
                row.createCell(2).setCellValue(messages.getMessage("imports.column." + columns[i].header(),
                        new Object[] {RowCheck.PROGRAMS, RowCheck.CATEGORIES}, locale));
                row.createCell(3).setCellValue(columns[i].example());
            }
            about.setColumnWidth(0, 20 * 256);
            about.setColumnWidth(2, 90 * 256);
            about.setColumnWidth(3, 40 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
