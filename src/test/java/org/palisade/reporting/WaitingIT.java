package org.palisade.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.security.Disclosure;
import org.palisade.testing.Api;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.Fixtures;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** "Waiting for me": what the signed-in person's organisation and role may do next. */
class WaitingIT extends BrowserTest {

    @Autowired
    Packages packages;
    @Autowired
    Fixtures fixtures;

    @Test
    void aContributorSeesOpenPackagesAndTheirPledgesToCommitAndACoordinatorThePackagesToOpen() {
        fixtures.usdRates();
        UUID owner = fixtures.coordinator();
        AidPackage proposed = packages.propose(new Packages.Proposal("Waiting to open " + UUID.randomUUID(),
                Money.of("1000000", "EUR"), owner, Disclosure.PUBLIC, List.of()));
        AidPackage open = packages.propose(new Packages.Proposal("Waiting for money " + UUID.randomUUID(),
                Money.of("1000000", "EUR"), owner, Disclosure.PUBLIC, List.of()));
        packages.open(open.id(), null, null);
        var pledged = new Api(port).as(TestUsers.CONTRIBUTOR_NLD).post("/api/v1/contributions", Map.of(
                "contributors", List.of("NLD"), "amount", Map.of("amount", "7654321", "currency", "EUR"),
                "packageId", open.id().toString(), "disclosure", "PUBLIC", "announcedOn", "2025-08-05"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(pledged.status()).as(pledged.body()).isEqualTo(201);

        open("/waiting");
        assertThat(page.locator("main")).containsText("Sign in to see what waits");

        signInAs(TestUsers.CONTRIBUTOR_NLD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Waiting for me")).click();
        assertThat(page.locator("section[aria-labelledby=waiting-open]")).containsText(open.name());
        assertThat(page.locator("section[aria-labelledby=waiting-open]")).not().containsText(proposed.name());
        assertThat(page.locator("section[aria-labelledby=waiting-advance]")).containsText("7,654,321.00 EUR");
        assertThat(page.locator("section[aria-labelledby=waiting-steps]")).hasCount(0);
        assertFitsNarrowScreen();
        screenshot("waiting-375");

        page.setViewportSize(1280, 900);
        signOut();
        signInAs(TestUsers.COORDINATOR);
        open("/waiting?lang=en");
        assertThat(page.locator("section[aria-labelledby=waiting-steps]")).containsText(proposed.name());
        assertThat(page.locator("section[aria-labelledby=waiting-steps] li",
                new Page.LocatorOptions().setHasText(proposed.name()))).containsText("Open for funding");
        assertThat(page.locator("section[aria-labelledby=waiting-advance]")).hasCount(0);
    }

    @Test
    void whatWaitsIsFoundHoweverManyPackagesCameAfterIt() {
        fixtures.usdRates();
        UUID nato = fixtures.coordinator();
        UUID other = fixtures.organisation("LISTS_COORD", org.palisade.organisations.OrganisationKind.COORDINATOR).id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AidPackage oldestToOpen = packages.propose(new Packages.Proposal("Oldest to open " + tag,
                Money.of("1000000", "EUR"), nato, Disclosure.PUBLIC, List.of()));
        AidPackage oldestOpen = packages.propose(new Packages.Proposal("Oldest open " + tag,
                Money.of("1000000", "EUR"), nato, Disclosure.PUBLIC, List.of()));
        packages.open(oldestOpen.id(), null, null);
        // more than the 200 packages the page used to look at, all newer, none waiting for NATO's coordinator
        for (int i = 0; i < 205; i++) {
            AidPackage newer = packages.propose(new Packages.Proposal("Newer " + tag + " " + i,
                    Money.of("1000000", "EUR"), other, Disclosure.PUBLIC, List.of()));
            packages.open(newer.id(), null, null);
        }

        signInAs(TestUsers.COORDINATOR);
        open("/waiting?lang=en");
        assertThat(findOnPages("waiting-steps", oldestToOpen.name())).containsText("Open for funding");
        signOut();

        signInAs(TestUsers.CONTRIBUTOR_NLD);
        open("/waiting?lang=en");
        String heading = page.locator("#waiting-open").textContent();
        assertThat(Long.parseLong(heading.replaceAll(".*\\(([\\d,]+)\\).*", "$1").replace(",", "")))
                .as(heading).isGreaterThanOrEqualTo(206);
        assertThat(findOnPages("waiting-open", oldestOpen.name())).isVisible();
    }

    /** The entry of a part of /waiting naming {@code text}, following that part's next-page links. */
    private com.microsoft.playwright.Locator findOnPages(String part, String text) {
        for (int pages = 0; pages < 100; pages++) {
            var section = page.locator("section[aria-labelledby=" + part + "]");
            var entry = section.locator("li", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(text));
            if (entry.count() > 0) {
                return entry.first();
            }
            var next = section.locator("a[rel=next]");
            assertThat(next.count()).as("'" + text + "' is on a page of " + part).isEqualTo(1);
            next.click();
            page.waitForLoadState();
        }
        throw new AssertionError("'" + text + "' not found in " + part);
    }
}
