package org.palisade.requirements;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.palisade.organisations.Organisations;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requirement list through the pages: a new draft from the version in force, two items added, one moved up
 * without a page reload, submitted, approved by the three parties, compared with the version before, and a
 * package built from the newly approved items.
 */
class RequirementsJourneyIT extends BrowserTest {

    @Autowired
    Requirements requirements;
    @Autowired
    Organisations organisations;

    @Test
    void aDraftIsRankedSubmittedApprovedAndAPackageIsBuiltFromIt() {
        int run = ThreadLocalRandom.current().nextInt(100000);
        // whatever earlier tests left, start from an approved version and nothing being worked on
        RequirementList before = RequirementsFixture.approvedList(requirements, organisations, "Baseline radar " + run);
        String interceptors = "Interceptors " + run;
        String shells = "155 mm shells " + run;

        signInAs(TestUsers.PLANNER);
        open("/requirements");
        screenshot("requirements-approved");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Start a new draft from the version in force")).click();
        assertThat(page.locator(".notice")).hasText("Draft version " + (before.number() + 1) + " started.");
        assertThat(page.locator("h1")).hasText("List version " + (before.number() + 1));
        String draftUrl = page.url();

        addItem(interceptors, "20", "interceptors", "4000000");
        addItem(shells, "50000", "rounds", "3500");
        assertThat(ranks()).hasCount(3);
        assertThat(row(3)).containsText(shells);

        // re-rank with htmx: the page is not reloaded (a marker set on the window survives) and focus stays
        page.evaluate("window.__notReloaded = true");
        Locator moveUp = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move up: " + shells));
        moveUp.click();
        assertThat(row(2)).containsText(shells);
        assertThat(row(3)).containsText(interceptors);
        assertThat(page.evaluate("window.__notReloaded === true")).isEqualTo(true);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move up: " + shells))).isFocused();
        assertThat(page).hasURL(draftUrl);
        // the keyboard alone moves it once more, to the top; "up" is then disabled and focus goes to "down"
        page.keyboard().press("Enter");
        assertThat(row(1)).containsText(shells);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move up: " + shells))).isDisabled();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move down: " + shells))).isFocused();
        // a draft shows its items once, with their controls
        assertThat(page.locator("table")).hasCount(1);
        screenshot("requirements-draft");

        // the order is stored, not just shown
        page.reload();
        assertThat(row(1)).containsText(shells);

        // someone else changes the draft meanwhile (and puts it back): a move from this page is refused, shown
        // as the error page in place of the page, not silently dropped
        UUID draftId = UUID.fromString(draftUrl.substring(draftUrl.lastIndexOf('/') + 1));
        UUID shellsId = UUID.fromString(row(1).getAttribute("id").substring("item-".length()));
        requirements.moveItem(draftId, shellsId, Move.down(), null);
        requirements.moveItem(draftId, shellsId, Move.up(), null);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move down: " + shells)).click();
        assertThat(page.locator("h1")).hasText("This cannot be done now");
        assertThat(page.locator(".error-page__details")).containsText("was changed by someone else");
        expectErrorsInConsole();
        page.navigate(draftUrl);
        assertThat(row(1)).containsText(shells);

        // an item carried over from the version in force is edited: the diff will show its new quantity
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit: Baseline radar " + run)).click();
        assertThat(page.getByLabel("Description")).hasValue("Baseline radar " + run);
        page.getByLabel("Quantity").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save item")).click();
        assertThat(page.locator("#quantity-error")).hasText("Enter a positive whole number.");
        page.getByLabel("Quantity").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save item")).click();
        assertThat(page.locator(".notice")).hasText("Item ranked 2 saved.");
        assertThat(row(2)).containsText("12 interceptors");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
        assertThat(page.locator(".notice")).containsText("submitted for approval");
        assertThat(page.locator(".badge").first()).hasText("Submitted");

        // each party approves for itself, and is offered only its own party
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve as coordinator"))).hasCount(0);
        String submittedUrl = page.url();
        approveAs(TestUsers.COORDINATOR, submittedUrl, "Approve as coordinator");
        assertThat(page.locator(".notice")).containsText("by the coordinator recorded");
        approveAs(TestUsers.SUPPLIER, submittedUrl, "Approve as supplier");
        screenshot("requirements-submitted");
        approveAs(TestUsers.PLANNER, submittedUrl, "Approve as recipient");
        assertThat(page.locator(".notice")).hasText("Version " + (before.number() + 1) + " is approved and now in force.");
        assertThat(page.locator(".badge").first()).hasText("Approved");
        // each approval names the party's organisation in words, not by its code
        assertThat(page.locator(".approvals")).containsText("by Ukraine (" + TestUsers.PLANNER + ",");

        open("/requirements/versions");
        page.getByLabel("Compare version").selectOption(new SelectOption().setLabel("List version " + before.number()));
        page.getByLabel("with version").selectOption(new SelectOption().setLabel("List version " + (before.number() + 1)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
        assertThat(page.locator("h1")).hasText("Changes from version " + before.number() + " to version " + (before.number() + 1));
        assertThat(page.locator("#added-heading")).containsText("2 requirements added");
        assertThat(page.locator("#reranked-heading + ul")).containsText("Baseline radar " + run + ": rank 1 → 2");
        assertThat(page.locator("#quantity-heading + ul")).containsText("Baseline radar " + run + ": 10 interceptors → 12 interceptors");
        screenshot("requirements-diff");

        signOut();
        signInAs(TestUsers.COORDINATOR);
        open("/packages/new");
        page.getByLabel("Name").fill("From list " + run);
        page.getByLabel("Target value").fill("80000000");
        page.getByLabel("Currency").fill("USD");
        page.getByLabel("Assembled by").selectOption(new SelectOption().setValue("NATO"));
        Locator interceptorsRow = page.locator("tbody tr", new Page.LocatorOptions().setHasText(interceptors));
        assertThat(interceptorsRow).containsText("20 interceptors");
        interceptorsRow.getByRole(AriaRole.TEXTBOX).fill("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose package")).click();
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(interceptors)).locator(".field-error"))
                .hasText("Only 20 interceptors are left of this item.");
        interceptorsRow = page.locator("tbody tr", new Page.LocatorOptions().setHasText(interceptors));
        interceptorsRow.getByRole(AriaRole.TEXTBOX).fill("5");
        screenshot("package-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose package")).click();

        assertThat(page.locator("h1")).containsText("From list " + run);
        Locator items = page.locator("#items-heading + table, #items-heading ~ .table-wrap table");
        assertThat(items).containsText(interceptors);
        assertThat(items).containsText("5 interceptors");

        // what the package took is no longer offered in full
        open("/packages/new");
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(interceptors))).containsText("15 interceptors");
        String packagePage = page.url();

        // the list is coalition business: a visitor sees the public package but not what its items are
        open("/packages");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("From list " + run).setExact(false)).first().click();
        packagePage = page.url();
        signOut();
        page.navigate(packagePage);
        assertThat(page.locator("h1")).containsText("From list " + run);
        assertThat(page.locator("main")).not().containsText(interceptors);
        assertThat(page.locator("main")).containsText("An item of a requirement list that is not public; signing in may show it");
    }

    private void addItem(String description, String quantity, String unit, String unitCost) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an item")).click();
        assertEveryFieldHasALabel();
        page.getByLabel("Category").selectOption("AIR_AND_MISSILE_DEFENCE");
        page.getByLabel("Description").fill(description);
        page.getByLabel("Quantity").fill(quantity);
        page.getByLabel("Unit", new Page.GetByLabelOptions().setExact(true)).fill(unit);
        page.getByLabel("Unit cost estimate").fill(unitCost);
        page.getByLabel("Currency").fill("USD");
        page.getByLabel("Needed by").fill("2026-03-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an item")).click();
        assertThat(page.locator(".notice")).containsText("Item added at rank");
    }

    private void approveAs(String username, String listUrl, String button) {
        signOut();
        signInAs(username);
        page.navigate(listUrl);
        assertThat(page.locator(".approvals + h3 + .cards form, .cards form")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    private Locator ranks() {
        return page.locator("#draft-items tbody tr");
    }

    private Locator row(int rank) {
        return page.locator("#draft-items tbody tr").nth(rank - 1);
    }
}
