package org.palisade.imports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.palisade.imports.ImportFiles.csv;
import static org.palisade.imports.ImportFiles.uniqueCode;

import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.Fixtures;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import journey in the browser: a file with a bad row is refused on the dry run's page, by row and column,
 * and saves nothing; a good file's dry run shows what would be created, the import runs with its progress shown
 * and ends with the contributions imported. Screenshots in English and Ukrainian, 1366 and 375 px wide.
 */
class ImportPagesIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    long contributionsOf(String code) {
        return jdbc.sql("""
                SELECT count(*) FROM contribution_contributor cc JOIN organisation o ON o.id = cc.organisation_id
                WHERE o.code = :code""").param("code", code).query(Long.class).single();
    }

    void upload(String name, byte[] content) {
        page.locator("#file").setInputFiles(new FilePayload(name, "text/csv", content));
        page.locator("form[action$='/imports/dry-run'] button[type=submit]").click();
    }

    /** The page at 1366 px and at 375 px (where nothing may stick out), kept for the report as well. */
    void shots(String name) {
        page.setViewportSize(1366, 900);
        keep(screenshot(name + "-1366"));
        assertFitsNarrowScreen();
        keep(screenshot(name + "-375"));
        page.setViewportSize(1366, 900);
    }

    static void keep(Path shot) {
        try {
            Path dir = Files.createDirectories(Path.of("/tmp/shots-import"));
            Files.copy(shot, dir.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the copy is a convenience; target/screenshots keeps the originals
        }
    }

    @Test
    void aFileIsCheckedThenImportedWithItsProgressShown() {
        String nation = uniqueCode();
        String partner = uniqueCode();
        fixtures.contributor(nation);
        fixtures.contributor(partner);
        signInAs(TestUsers.COORDINATOR);

        open("/contributions");
        page.locator("a[href$='/imports']").first().click();
        assertThat(page.locator("h1")).hasText("Import contributions");
        assertEveryFieldHasALabel();
        shots("imports-en");

        upload("broken.csv", csv(nation + ",100,EUR,pledged,2025-08-04,PURL,,public,,,,",
                nation + ",100,EUX,pledged,2025-08-04,PURL,,public,,,,"));
        var problems = page.locator(".form-errors tbody tr");
        assertThat(problems).hasCount(1);
        assertThat(problems.first()).containsText("3");
        assertThat(problems.first()).containsText("currency");
        assertThat(problems.first()).containsText("Unknown ISO 4217 currency “EUX”.");
        assertThat(page.locator("form[action$='/imports/start']")).hasCount(0);
        shots("imports-dry-run-refused-en");
        assertThat(contributionsOf(nation)).isZero();

        open("/imports");
        byte[] good = csv(nation + ",500000000,EUR,pledged,2025-08-04,PURL,AIR_AND_MISSILE_DEFENCE,public,"
                        + "The Netherlands funds a PURL package,Ministry of Defence,https://www.example.org/a,2025-08-04",
                nation + "+" + partner + ",495000000.00,USD,committed,2025-08-05,PURL,ROCKET_ARTILLERY_AMMUNITION,"
                        + "coalition,,,,",
                partner + ",1250.75,GBP,paid,2025-08-06,OTHER,,confidential,,,,");
        upload("good.csv", good);
        assertThat(page.locator("h1")).hasText("Dry run: what the import would create");
        assertThat(page.locator("table").last().locator("tbody tr")).hasCount(3);
        assertThat(page.locator("main")).containsText("500,000,000.00 EUR");
        shots("imports-dry-run-en");
        assertThat(contributionsOf(nation)).as("a dry run saves nothing").isZero();

        page.locator("form[action$='/imports/start'] button").click();
        assertThat(page.locator("h1")).containsText("Import ");
        assertThat(page.locator("#import-outcome h2")).hasText("Imported");
        assertThat(page.locator("#import-outcome")).containsText("3 contributions imported");
        shots("imports-result-en");
        assertThat(contributionsOf(nation)).isEqualTo(2);

        // the same file again: the dry run says it was imported, and offers no import
        open("/imports");
        upload("good-again.csv", good);
        assertThat(page.locator("main")).containsText("This file was already imported on");
        assertThat(page.locator("form[action$='/imports/start']")).hasCount(0);

        // in Ukrainian
        open("/imports?lang=uk");
        assertThat(page.locator("h1")).hasText("Імпорт внесків");
        shots("imports-uk");
        upload("broken.csv", csv(nation + ",100,EUR,pledged,2025-08-04,PURL,,public,,,,",
                nation + ",100,EUX,pledged,2025-08-04,PURL,,public,,,,"));
        assertThat(page.locator(".form-errors tbody tr").first()).containsText("Невідома валюта ISO 4217 «EUX».");
        shots("imports-dry-run-refused-uk");
        open("/imports");
        upload("good-uk.csv", csv(partner + ",42.00,EUR,paid,2025-08-07,,,public,,,,"));
        assertThat(page.locator("h1")).hasText("Пробний запуск: що створить імпорт");
        shots("imports-dry-run-uk");
        page.locator("form[action$='/imports/start'] button").click();
        assertThat(page.locator("#import-outcome h2")).hasText("Імпортовано");
        shots("imports-result-uk");
    }

    @Test
    void aRunningImportShowsItsProgressAndThePageFollowsItToTheEnd() {
        // an import as another instance would leave it while writing: its state is in the database
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO contribution_import (id, digest, file_name, format, status, phase, rows_total, rows_done,
                                                 started_by, started_at, updated_at)
                VALUES (:id, :digest, 'ledger-2025.xlsx', 'XLSX', 'RUNNING', 'WRITING', 100000, 40000, 'coordinator-nato',
                        now(), now())""")
                .param("id", id).param("digest", FileCheck.digest(id.toString().getBytes())).update();
        signInAs(TestUsers.COORDINATOR);

        open("/imports/" + id);
        assertThat(page.locator("#import-outcome h2")).hasText("Importing");
        assertThat(page.locator("#import-outcome")).containsText("Writing the contributions");
        assertThat(page.locator("#import-outcome")).containsText("40,000 of 100,000 rows");
        assertThat(page.locator("#import-outcome progress")).hasAttribute("value", "40");
        shots("imports-progress-en");
        open("/imports/" + id + "?lang=uk");
        assertThat(page.locator("#import-outcome")).containsText("40 000 з 100 000 рядків");
        shots("imports-progress-uk");

        jdbc.sql("""
                UPDATE contribution_import SET status = 'IMPORTED', phase = 'DONE', rows_done = 100000,
                       contributions = 100000, finished_at = now() WHERE id = :id""").param("id", id).update();
        // no reload: the page polls the import and shows its end by itself
        assertThat(page.locator("#import-outcome h2")).hasText("Імпортовано");
        assertThat(page.locator("#import-outcome progress")).hasCount(0);
    }

    @Test
    void anImportWhoseProcessStoppedEndsOnItsPageAsInterruptedInsteadOfPollingForever() {
        // a running import whose process then stops: its heartbeat (updated_at) is renewed no more
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO contribution_import (id, digest, file_name, format, status, phase, rows_total, rows_done,
                                                 started_by, started_at, updated_at)
                VALUES (:id, :digest, 'ledger-2024.csv', 'CSV', 'RUNNING', 'TOTALS', 100000, 100000, 'coordinator-nato',
                        now(), now())""")
                .param("id", id).param("digest", FileCheck.digest(id.toString().getBytes())).update();
        signInAs(TestUsers.COORDINATOR);
        open("/imports/" + id);
        assertThat(page.locator("#import-outcome h2")).hasText("Importing");

        jdbc.sql("UPDATE contribution_import SET updated_at = now() - INTERVAL '1 hour' WHERE id = :id")
                .param("id", id).update();
        // no reload: the next poll finds it given up, with the reason
        assertThat(page.locator("#import-outcome h2")).hasText("Not imported");
        assertThat(page.locator("#import-outcome")).containsText(
                "The import was interrupted: the server running it stopped (a restart or a crash). Nothing was imported;"
                        + " start it again.");
        assertThat(page.locator("#import-outcome progress")).hasCount(0);
        shots("imports-interrupted-en");
        open("/imports/" + id + "?lang=uk");
        assertThat(page.locator("#import-outcome")).containsText("Імпорт перервано: сервер, що його виконував, зупинився");
        shots("imports-interrupted-uk");
    }

    @Test
    void administratorsAndContributorsAreNotOfferedTheImport() {
        signInAs(TestUsers.ADMIN);
        open("/contributions");
        assertThat(page.locator("main a[href$='/imports']")).hasCount(0);
        var refused = page.navigate(url("/imports"));
        assertThat(refused.status()).isEqualTo(403);
        expectErrorsInConsole();
    }
}
