package org.palisade.money;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uses currencies (BWP, MNT, MUR) that no other test touches: all tests share one database. */
class ExchangeRatePagesIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesEveryBadRow() {
        signInAs(TestUsers.ADMIN);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        open("/exchange-rates");
        upload("rates.csv", """
                date,currency,units_per_eur,source
                2001-01-02,BWP,1.5000,ECB
                2001-13-02,BWP,1.5100,ECB
                2001-01-04,XYZ,abc,ECB
                """);

        var problems = page.locator(".form-errors");
        assertThat(problems.locator("h2")).hasText("Nothing was imported from rates.csv: 3 problems to correct.");
        assertThat(problems.locator("tbody tr")).hasCount(3);
        assertThat(problems.locator("tbody tr").nth(0)).containsText("3");
        assertThat(problems.locator("tbody tr").nth(0)).containsText("date");
        assertThat(problems.locator("tbody tr").nth(1)).containsText("currency");
        assertThat(problems.locator("tbody tr").nth(2)).containsText("units_per_eur");
        screenshot("exchange-rates-import-refused");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void aGoodFileIsImportedAndShownInTheReadersNotation() {
        signInAs(TestUsers.COORDINATOR);
        open("/exchange-rates");
        upload("bwp.csv", """
                date,currency,units_per_eur
                2002-03-01,BWP,1.4650
                2002-03-04,BWP,1.4700
                """);
        assertThat(page.locator(".notice")).hasText("Imported 2 new rates; 0 replaced an earlier rate of the same day.");

        open("/exchange-rates?currency=bwp");
        assertThat(page.locator("table tbody")).containsText("1.465");
        assertThat(page.locator("table tbody")).containsText("4 Mar 2002");
        screenshot("exchange-rates");

        open("/exchange-rates?currency=BWP&lang=uk");
        assertThat(page.locator("table tbody")).containsText("1,465");
    }

    @Test
    void oneRateByHandIsCheckedBesideItsFields() {
        signInAs(TestUsers.ADMIN);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        open("/exchange-rates");
        assertEveryFieldHasALabel();
        page.getByLabel("Currency", new Page.GetByLabelOptions().setExact(true)).first().fill("EUR");
        page.getByLabel("Date").fill("2003-01-02");
        page.getByLabel("Units per euro").fill("-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record rate")).click();
        assertThat(page.locator("#currency-error")).hasText("EUR is the reference currency: its rate is always 1.");
        assertThat(page.locator("#unitsPerEur-error")).hasText("Enter a positive rate such as 1.1560.");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);

        page.getByLabel("Currency", new Page.GetByLabelOptions().setExact(true)).first().fill("MNT");
        page.getByLabel("Units per euro").fill("11.7250");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record rate")).click();
        assertThat(page.locator(".notice")).hasText("Rate of MNT on 2003-01-02 recorded.");
    }

    @Test
    void aLongListIsPaged() {
        StringBuilder csv = new StringBuilder("date,currency,units_per_eur\n");
        for (int day = 1; day <= 31; day++) {
            csv.append(String.format("2004-01-%02d,MUR,40.%04d%n", day, day));
        }
        signInAs(TestUsers.ADMIN);
        open("/exchange-rates");
        upload("january.csv", csv.toString());
        assertThat(page.locator(".notice")).containsText("Imported 31 new rates");

        open("/exchange-rates?currency=MUR");
        var pages = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages"));
        assertThat(pages).containsText("Page 1 of");
        assertThat(page.locator("table tbody tr")).hasCount(30);
        pages.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Next page")).click();
        assertThat(pages).containsText("Page 2 of");
        // the filter is kept from page to page
        assertThat(page.locator("table tbody")).not().containsText("MNT");
        assertThat(pages.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Previous page"))).isVisible();
    }

    @Test
    void aBadRowIsReportedInUkrainianOnTheUkrainianPage() {
        signInAs(TestUsers.ADMIN);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        open("/exchange-rates?lang=uk");
        page.getByLabel("Файл CSV", new Page.GetByLabelOptions().setExact(true)).setInputFiles(new FilePayload(
                "rates.csv", "text/csv", "date,currency,units_per_eur\n2001-13-02,BWP,abc\n".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Імпортувати")).click();

        var problems = page.locator(".form-errors tbody");
        assertThat(problems).containsText("Укажіть дату у форматі РРРР-ММ-ДД (було «2001-13-02»).");
        assertThat(problems).containsText("Курс має бути десятковим числом, наприклад 1.1560 (було «abc»).");
        assertThat(problems).not().containsText("must be");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    private void upload(String name, String csv) {
        page.getByLabel("CSV file", new Page.GetByLabelOptions().setExact(true)).setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
    }
}
