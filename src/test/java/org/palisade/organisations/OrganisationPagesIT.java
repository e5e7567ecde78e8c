package org.palisade.organisations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OrganisationPagesIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStateIsRegisteredWithItsNatoMembershipAndListed() {
        String code = unusedStateCode();
        signInAs(TestUsers.ADMIN);
        open("/organisations/new");
        assertEveryFieldHasALabel();
        page.getByLabel("Name").fill("Test state " + code);
        page.getByLabel("Code").fill(code.toLowerCase());
        page.getByLabel("Contributor").check();
        page.getByLabel("Member of NATO since").fill("2023-04-04");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();

        assertThat(page.locator(".notice")).hasText("Organisation " + code + " registered.");
        assertThat(page.locator("h1")).hasText("Test state " + code);
        assertThat(page.locator("table")).containsText("NATO");
        assertThat(page.locator("table")).containsText("4 Apr 2023");

        // a further membership: an end before its start is refused beside the field, then corrected
        page.getByLabel("Alliance").selectOption("EU");
        page.getByLabel("From").fill("2024-05-01");
        page.getByLabel("Until").fill("2024-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a membership")).click();
        assertThat(page.locator("#to-error")).hasText("The end must come after the start.");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        page.getByLabel("Until").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a membership")).click();
        assertThat(page.locator(".notice")).containsText("membership of EU recorded");
        assertThat(page.locator("table tbody tr")).hasCount(2);
        assertThat(page.locator("table tbody tr").nth(1)).containsText("ongoing");
        screenshot("organisation-detail");

        // the shared test register is long: look for the new state page by page, in the order of codes
        var listed = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code).setExact(true));
        int p = 0;
        do {
            open("/organisations?sort=code&page=" + p++);
        } while (listed.count() == 0 && p < 50);
        assertThat(listed).isVisible();
        screenshot("organisations");
    }

    @Test
    void aStateCodeThatIsNotIsoIsRefusedBesideTheFieldAndNothingIsSaved() {
        signInAs(TestUsers.ADMIN);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        open("/organisations/new");
        page.getByLabel("Name").fill("Nowhere");
        page.getByLabel("Code").fill("QQQ");
        page.getByLabel("Recipient").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();

        assertThat(page.locator("#code-error")).containsText("ISO 3166-1 alpha-3");
        assertThat(page.getByLabel("Code")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Code")).hasAttribute("aria-describedby", "code-hint code-error");
        // what the person typed is kept, so only the mistake needs correcting
        assertThat(page.getByLabel("Name")).hasValue("Nowhere");
        assertThat(page.locator(".form-errors")).containsText("Nothing was saved");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void anInstitutionWithoutARoleIsRefusedInUkrainianToo() {
        signInAs(TestUsers.ADMIN);
        open("/organisations/new?lang=uk");
        page.getByLabel("Назва").fill("Інституція");
        page.getByLabel("Інституція").check();
        page.getByLabel("Код").fill("INST" + ThreadLocalRandom.current().nextInt(1000, 9999));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зареєструвати")).click();
        assertThat(page.locator("#kinds-error")).hasText("Оберіть хоча б одну роль.");
        assertThat(page.locator(".form-errors h2")).hasText("Виправте цю помилку та надішліть ще раз. Нічого не збережено.");
    }

    @Test
    void aCodeAlreadyTakenIsRefusedBesideTheCodeFieldInTheReadersLanguage() {
        signInAs(TestUsers.ADMIN);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        open("/organisations/new?lang=uk");
        page.getByLabel("Назва").fill("Ще одна НАТО");
        page.getByLabel("Інституція").check();
        page.getByLabel("Координатор").check();
        page.getByLabel("Код").fill("nato-2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зареєструвати")).click();
        assertThat(page.locator("#code-error")).hasText(
                "Код має містити від 2 до 16 великих латинських літер, цифр або _ і починатися з літери (було «NATO-2»).");

        page.getByLabel("Код").fill("NATO");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зареєструвати")).click();

        // only the use case knows the code is taken; its refusal is still said in Ukrainian beside the field
        assertThat(page.locator("#code-error")).hasText("Організація з кодом NATO вже існує.");
        assertThat(page.getByLabel("Код")).hasAttribute("aria-invalid", "true");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnknownOrganisationIsAPageNotFound() {
        var response = page.navigate(url("/organisations/00000000-0000-0000-0000-000000000001"));
        expectErrorsInConsole();
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");

        response = page.navigate(url("/organisations/not-a-uuid"));
        expectErrorsInConsole();
        assertThat(response.status()).isEqualTo(404);
    }

    /** A real ISO code no other test has registered in the shared database. */
    private String unusedStateCode() {
        List<String> taken = jdbc.sql("SELECT code FROM organisation").query(String.class).list();
        return List.of("ISL", "LUX", "MLT", "CYP", "IRL", "AUT", "CHE", "NZL", "AUS", "JPN", "KOR", "PRT").stream()
                .filter(c -> !taken.contains(c)).findFirst().orElseThrow();
    }
}
