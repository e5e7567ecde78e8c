package org.palisade.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palisade.platform.InvalidRequest;

class SheetReaderTest {

    record Read(int number, List<String> cells) {
    }

    static List<Read> read(byte[] content) {
        List<Read> rows = new ArrayList<>();
        SheetReader.read(content, (number, cells) -> rows.add(new Read(number, cells)));
        return rows;
    }

    @Test
    void csvFollowsRfc4180QuotingAndCountsRowsFromTheHeader() {
        List<Read> rows = read("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(rows).containsExactly(new Read(1, List.of("a", "b", "c")),
                new Read(2, List.of("x, y", "say \"hi\"", "two\nlines")), new Read(4, List.of("last", "", "")));
    }

    @Test
    void csvThatIsNotUtf8IsRefusedAsAWhole() {
        assertThatThrownBy(() -> read(new byte[] {'a', ',', (byte) 0xE9, '\n'}))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("UTF-8");
    }

    @Test
    void anUnclosedQuoteNamesTheRowItBeginsIn() {
        assertThatThrownBy(() -> read("a\n\"open\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidRequest.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("rows[2]"));
    }

    @Test
    void xlsxCellsArriveAsPlainDecimalsAndIsoDatesWhateverTheirDisplayFormat() throws Exception {
        List<Object[]> one = new ArrayList<>();
        one.add(new Object[] {"NLD", 25000000.5, "EUR", "pledged", LocalDate.of(2025, 8, 4), "public"});
        byte[] workbook = ImportFiles.xlsx(one);

        List<Read> rows = read(workbook);

        assertThat(rows.get(0).cells()).containsExactly("Contributors", "Amount", "Currency", "Stage", "Date", "Disclosure");
        assertThat(rows.get(1)).isEqualTo(new Read(2, List.of("NLD", "25000000.5", "EUR", "pledged", "2025-08-04",
                "public")));
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("XLSX");
    }
}
