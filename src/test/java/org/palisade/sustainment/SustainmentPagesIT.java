package org.palisade.sustainment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.palisade.sustainment.SustainmentFixture.Systems;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recipient's planner reads the supply outlook, records use on the form (a wrong quantity is refused beside
 * the field), and proposes the requirements that fill the gap; a contributor is not shown stock at all.
 */
class SustainmentPagesIT extends BrowserTest {

    @Autowired
    SustainmentFixture fixture;

    private Locator row(String name) {
        return page.locator("#outlook-heading ~ .table-wrap tr", new Page.LocatorOptions().setHasText(name));
    }

    @Test
    void thePlannerRecordsUseAndProposesWhatFillsTheGap() throws Exception {
        Systems s = fixture.delivered();
        signInAs(TestUsers.PLANNER);
        open("/sustainment");
        assertThat(page.locator("h1")).hasText("Sustainment");
        assertThat(row(s.interceptor().name())).containsText("30 interceptors");
        assertThat(row(s.interceptor().name())).containsText("20 days");
        assertThat(row(s.interceptor().name())).containsText("10 interceptors");
        assertEveryFieldHasALabel();

        // a quantity of 0 is refused beside its field and records nothing
        page.getByLabel("Platform or consumable").selectOption(new SelectOption().setValue(s.interceptor().id().toString()));
        page.getByLabel("Quantity").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the report")).click();
        assertThat(page.locator("#quantity-error")).containsText("at least 1");
        assertThat(row(s.interceptor().name())).containsText("30 interceptors");

        page.getByLabel("Quantity").fill("6");
        page.locator("#on").fill(LocalDate.now().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the report")).click();
        assertThat(page.locator(".notice")).containsText("recorded");
        assertThat(row(s.interceptor().name())).containsText("24 interceptors");
        assertThat(row(s.interceptor().name())).containsText("16 days");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                "Propose requirements for 90 days of supply at Normal intensity")).click();
        // 90 × 1.5 = 135, less 24 on hand and 10 on order
        assertThat(page.locator(".proposal-summary")).containsText(s.interceptor().name() + ": 101 interceptors");
        assertThat(fixture.inDraft(s.interceptor())).hasSize(1);

        shots("en");
        open("/sustainment?lang=uk");
        assertThat(page.locator("h1")).hasText("Забезпечення");
        shots("uk");
        open("/sustainment?lang=en");
    }

    @Test
    void theOutlookSortsByItsColumnsSoonestRunOutFirstToBeginWith() {
        fixture.delivered();
        signInAs(TestUsers.PLANNER);
        open("/sustainment?lang=en");
        Locator outlook = page.locator("#outlook-heading ~ .table-wrap table");
        assertThat(outlook.locator("th[aria-sort=ascending]")).containsText("Runs out");
        outlook.locator("th a", new Locator.LocatorOptions().setHasText("Consumable")).click();
        assertThat(outlook.locator("th[aria-sort=ascending]")).containsText("Consumable");
        java.util.List<String> names = outlook.locator("tbody th[scope=row]").allTextContents();
        org.assertj.core.api.Assertions.assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        outlook.locator("th a", new Locator.LocatorOptions().setHasText("Consumable")).click();
        org.assertj.core.api.Assertions.assertThat(outlook.locator("tbody th[scope=row]").allTextContents())
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        // stock starts with the most on hand; the intensity chosen stays
        open("/sustainment?intensity=HIGH&sort=stock");
        assertThat(outlook.locator("th[aria-sort=descending]")).containsText("Stock");
        assertThat(page.locator("nav.intensity a[aria-current=page]")).containsText("High");
    }

    private void shots(String language) throws Exception {
        page.setViewportSize(1366, 900);
        copy(screenshot("sustainment-" + language + "-1366"));
        page.setViewportSize(375, 800);
        copy(screenshot("sustainment-" + language + "-375"));
        assertFitsNarrowScreen();
        page.setViewportSize(1366, 900);
    }

    private static void copy(Path shot) throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "shots-sustain");
        Files.createDirectories(dir);
        Files.copy(shot, dir.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aContributorIsNotShownStockUseOrFieldedSystems() {
        signInAs(TestUsers.CONTRIBUTOR_NLD);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sustainment"))).hasCount(0);
        expectErrorsInConsole();
        var response = page.navigate(url("/sustainment"));
        assertThat(response.status()).isEqualTo(403);
        expectErrorsInConsole();
    }

    @Test
    void aCoordinatorAddsAConsumableToTheCatalogue() {
        signInAs(TestUsers.COORDINATOR);
        open("/sustainment/catalogue");
        assertEveryFieldHasALabel();
        String name = "Rocket pods " + java.util.UUID.randomUUID();
        page.locator("input[name=kind][value=CONSUMABLE]").check();
        page.locator("#name").fill(name);
        page.locator("#unit").fill("pods");
        page.locator("#unitCost").fill("160,000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(page.locator(".notice")).containsText(name);
        assertThat(page.locator("#consumables-heading ~ .table-wrap")).containsText(name);
        assertFitsNarrowScreen();
    }
}
