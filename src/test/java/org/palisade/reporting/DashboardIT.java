package org.palisade.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.palisade.money.Money;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard on the demo data from public reporting, in a database of its own (so other tests' records do
 * not change its figures): totals per stage, package coverage, both charts with their tables, latest changes,
 * in both languages and at 375 px.
 */
@TestPropertySource(properties = "palisade.demo-data=true")
class DashboardIT extends BrowserTest {

    @Autowired
    Packages packages;
    @Autowired
    Organisations organisations;

    @Test
    void theDashboardShowsTotalsCoverageChartsAndLatestChanges() {
        open("/");
        Locator totals = page.locator("#totals-heading + .cards");
        assertThat(totals.locator(".card")).hasCount(3);
        assertThat(totals.locator(".card").nth(0)).containsText("Pledged");
        // every total in both currencies, each with its code
        assertThat(totals.locator(".card").nth(0).locator(".figure")).hasCount(2);
        assertThat(totals.locator(".card").nth(0).locator(".figure").nth(0)).containsText("EUR");
        assertThat(totals.locator(".card").nth(0).locator(".figure").nth(1)).containsText("USD");

        Locator cards = page.locator("#packages-heading + .cards .package-card");
        assertThat(cards).hasCount(4);
        assertThat(page.locator(".package-card", new Page.LocatorOptions().setHasText("Netherlands"))
                .locator(".coverage").nth(2)).containsText("100%");

        // Chart.js drew both charts, and the same figures are in tables
        assertThat(page.locator("#chart-contributor")).isVisible();
        assertThat(page.waitForFunction("() => Chart.getChart(document.getElementById('chart-contributor')) !== undefined"
                + " && Chart.getChart(document.getElementById('chart-category')) !== undefined").jsonValue()).isEqualTo(true);
        // contributors by name, a joint contribution as the names of all its contributors
        assertThat(page.locator("#table-contributor")).containsText("Denmark + Norway + Sweden");
        assertThat(page.locator("#table-contributor")).containsText("Netherlands");
        assertThat(page.locator("main > p.lead")).containsText("Prioritized Ukraine Requirements List (PURL)");
        assertThat(page.locator("#table-category")).containsText("Not earmarked");

        assertThat(page.locator("#latest-heading + ol li").first()).isVisible();
        // payments and commitments are changes too; the demo history carries the dates it describes
        Locator latest = page.locator("#latest-heading + ol");
        assertThat(latest).containsText("Denmark + Norway + Sweden paid 495,000,000 USD");
        assertThat(latest.locator("li", new Locator.LocatorOptions().setHasText("Denmark + Norway + Sweden paid")))
                .containsText("joint");
        assertThat(latest).containsText("23 Aug 2025");
        assertThat(latest).containsText("(by the system)");
        assertThat(page.locator(".empty-state")).hasCount(0);
        screenshot("dashboard");

        assertFitsNarrowScreen();
        screenshot("dashboard-375");
    }

    @Test
    void theDemoQuantitiesReadInThePluralTheUnitFieldAsksFor() {
        page.setDefaultNavigationTimeout(30_000);
        signInAs(TestUsers.COORDINATOR);
        open("/");
        page.locator(".package-card a", new Page.LocatorOptions().setHasText("Canada")).click();
        Locator items = page.locator("section[aria-labelledby=items-heading]");
        assertThat(items).containsText("3,000 interceptors");
        assertThat(items).containsText("100 missiles");
    }

    @Test
    void aConfidentialPackageIsNamedOnlyToThoseWhoMaySeeIt() {
        // the first pages of an application just started with demo data render every template for the first
        // time; on a build machine shared with other builds that can take longer than the usual 10 s
        page.setDefaultNavigationTimeout(30_000);
        AidPackage secret = packages.propose(new Packages.Proposal("Confidential tranche", Money.of("1000000", "EUR"),
                organisations.byCode("NATO").orElseThrow().id(), Disclosure.CONFIDENTIAL, List.of()));
        packages.open(secret.id(), null, null);

        open("/");
        assertThat(page.locator("main")).not().containsText("Confidential tranche");
        assertThat(page.locator("#latest-heading + ol")).not().containsText("Package " + secret.number() + " ");

        signInAs(TestUsers.COORDINATOR);
        open("/");
        assertThat(page.locator(".package-card", new Page.LocatorOptions().setHasText("Confidential tranche"))).isVisible();
        assertThat(page.locator("#latest-heading + ol li").first()).containsText("Package " + secret.number());
    }

    @Test
    void theDashboardReadsInUkrainian() {
        open("/?lang=uk");
        assertThat(page.locator("h1")).hasText("Огляд");
        assertThat(page.locator("#totals-heading")).hasText("Разом усі внески");
        assertThat(page.locator(".package-card").first()).containsText("Обіцяно");
        // Ukrainian number notation: groups separated by spaces, never by commas
        String figure = page.locator("#totals-heading + .cards .figure").first().textContent();
        assertThat(figure).matches("[0-9\\s\\u00A0\\u202F]+ EUR");
        // names, dates and "system" in Ukrainian
        assertThat(page.locator("#latest-heading + ol")).containsText("Данія + Норвегія + Швеція: сплачено");
        assertThat(page.locator("#latest-heading + ol")).containsText("серп. 2025");
        assertThat(page.locator("#latest-heading + ol")).containsText("система");
        screenshot("dashboard-uk");
    }
}
