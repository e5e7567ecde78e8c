package org.palisade.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.palisade.platform.InvalidRequest;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of an uploaded file one at a time, whichever its format: CSV (UTF-8, RFC 4180 quoting) or
 * the first sheet of an XLSX workbook, read with POI's SAX event API so that a large sheet is streamed
 * instead of held as a workbook. Every cell arrives as text: in XLSX a date cell as YYYY-MM-DD and a number
 * as a plain decimal (never in the cell's display format, which would add grouping or round).
 */
final class SheetReader {

    /** Receives each row with its number in the file (the header is row 1), its cells by column from 0. */
    interface Rows {
        void row(int number, List<String> cells);
    }

    enum Format {
        CSV, XLSX;

        /** By content, not by name: an XLSX file is a ZIP archive, anything else is read as CSV. */
        static Format of(byte[] content) {
            return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
                    ? XLSX : CSV;
        }
    }

    private static final java.util.regex.Pattern SCIENTIFIC =
            java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+");

    private SheetReader() {
    }

    static void read(byte[] content, Rows rows) {
        if (Format.of(content) == Format.XLSX) {
            xlsx(content, rows);
        } else {
            csv(content, rows);
        }
    }

    static void csv(byte[] content, Rows rows) {
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new InvalidRequest("file", "the file is neither XLSX nor CSV in UTF-8", "imports.unreadable.encoding");
        }
        int i = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int number = 1;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < n && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i < n && text.charAt(i) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                emit(number++, cells, rows);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidRequest("rows[" + number + "]", "a quoted cell is not closed", "imports.unreadable.quote",
                    number);
        }
        if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            emit(number, cells, rows);
        }
    }

    private static void emit(int number, List<String> cells, Rows rows) {
        // a line with nothing in it is no row (e.g. the empty line many editors leave at the end)
        if (cells.stream().anyMatch(s -> !s.isBlank())) {
            rows.row(number, cells);
        }
    }

    static void xlsx(byte[] content, Rows rows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidRequest("file", "the workbook has no sheet", "imports.unreadable.no-sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Collector(rows), new PlainFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (InvalidRequest e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.UnsupportedFileFormatException e) {
            throw new InvalidRequest("file", "the file is not a readable XLSX workbook", "imports.unreadable.xlsx");
        }
    }

    /** Gathers the cells of a row by their column letter (empty cells are absent from the sheet's XML). */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();

        Collector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            emit(rowNum + 1, new ArrayList<>(cells), rows);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            // a number stored without a style arrives as the sheet's raw text, which may be 2.5E7
            cells.add(value == null ? "" : SCIENTIFIC.matcher(value).matches()
                    ? new BigDecimal(value).stripTrailingZeros().toPlainString() : value);
        }
    }

    /** Numbers as plain decimals and dates as ISO dates, whatever format the cell is shown in. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }
}
