package org.palisade.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.requirements.Requirements;
import org.palisade.requirements.RequirementsFixture;
import org.palisade.security.Disclosure;
import org.palisade.testing.Api;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.Fixtures;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** One search box: packages, contributions and requirement items, each as far as the reader may see them. */
class SearchIT extends BrowserTest {

    @Autowired
    Packages packages;
    @Autowired
    Organisations organisations;
    @Autowired
    Requirements requirements;
    @Autowired
    Fixtures fixtures;

    private static String word() {
        return "Quokka" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    @Test
    void aVisitorFindsPublicPackagesByTheBeginningOfAWordButNotConfidentialOnes() {
        String word = word();
        UUID owner = fixtures.coordinator();
        AidPackage shown = packages.propose(new Packages.Proposal(word + " interceptors", Money.of("1000000", "EUR"),
                owner, Disclosure.PUBLIC, List.of()));
        packages.propose(new Packages.Proposal(word + " secret", Money.of("1000000", "EUR"), owner,
                Disclosure.CONFIDENTIAL, List.of()));

        open("/search?q=" + word.substring(0, 9).toLowerCase());
        assertThat(page.locator("#found-packages")).hasText("Packages (1)");
        assertThat(page.locator("section[aria-labelledby=found-packages]")).containsText(word + " interceptors");
        assertThat(page.locator("main")).not().containsText(word + " secret");
        // the package's number finds it too
        open("/search?q=" + shown.number());
        assertThat(page.locator("section[aria-labelledby=found-packages]")).containsText(word + " interceptors");

        // a coordinator may see confidential packages: both are found
        signInAs(TestUsers.COORDINATOR);
        page.locator("#header-q").fill(word);
        page.locator("#header-q").press("Enter");
        assertThat(page.locator("#found-packages")).hasText("Packages (2)");
        assertFitsNarrowScreen();
        screenshot("search-375");
    }

    @Test
    void contributionsAreFoundByTheirContributorsAndRequirementItemsByTheirDescription() {
        String word = word();
        RequirementsFixture.approvedList(requirements, organisations, word + " launchers");
        fixtures.usdRates();
        UUID owner = fixtures.coordinator();
        AidPackage pkg = packages.propose(new Packages.Proposal("Searched " + word, Money.of("1000000", "EUR"),
                owner, Disclosure.PUBLIC, List.of()));
        packages.open(pkg.id(), null, null);
        var pledged = new Api(port).as(TestUsers.CONTRIBUTOR_NLD).post("/api/v1/contributions", Map.of(
                "contributors", List.of("NLD"), "amount", Map.of("amount", "1234567", "currency", "EUR"),
                "packageId", pkg.id().toString(), "disclosure", "PUBLIC", "announcedOn", "2025-08-05"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(pledged.status()).as(pledged.body()).isEqualTo(201);

        // the requirement list is for the coalition: a visitor finds none of its items, a signed-in user does
        open("/search?q=" + word + "&lang=en");
        assertThat(page.locator("#found-items")).hasText("Requirement items (0)");
        signInAs(TestUsers.CONTRIBUTOR_DEU);
        open("/search?q=" + word + "&lang=en");
        assertThat(page.locator("section[aria-labelledby=found-items]")).containsText(word + " launchers");
        // the shared test ledger holds many Dutch pledges, newest first: look through the pages for this one
        boolean found = false;
        for (int p = 0; p < 100 && !found; p++) {
            open("/search?q=nld&kind=contributions&page=" + p);
            found = page.locator("section[aria-labelledby=found-contributions]").innerText().contains("1,234,567.00 EUR");
        }
        org.assertj.core.api.Assertions.assertThat(found).as("the pledge is among the contributions found").isTrue();
        assertThat(page.locator("section[aria-labelledby=found-packages]")).hasCount(0);

        open("/search?q=" + word + "&lang=uk");
        assertThat(page.locator("#found-items")).containsText("Позиції потреб");
        assertEveryFieldHasALabel();
        screenshot("search-uk");
    }

    @Test
    void aUkrainianReaderFindsNationsByTheirUkrainianNamesInAnyCaseAndByTheirBeginnings() {
        fixtures.usdRates();
        String pledger = users.contributorOf("DNK");
        UUID denmark = fixtures.contributor("DNK");
        // organisations written behind the application's back (the test users) get their names at the next start
        organisations.refreshSearchedNames();
        String word = word();
        AidPackage danish = packages.propose(new Packages.Proposal("Assembled " + word, Money.of("1000000", "EUR"),
                denmark, Disclosure.PUBLIC, List.of()));
        packages.open(danish.id(), null, null);
        String amount = "2" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var pledged = new Api(port).as(pledger).post("/api/v1/contributions", Map.of(
                "contributors", List.of("DNK"), "amount", Map.of("amount", amount, "currency", "EUR"),
                "packageId", danish.id().toString(), "disclosure", "PUBLIC", "announcedOn", "2025-08-05"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(pledged.status()).as(pledged.body()).isEqualTo(201);

        // a package Denmark funds is found too, unless the visitor may not see Denmark's money in it
        AidPackage funded = packages.propose(new Packages.Proposal("Funded " + word, Money.of("1000000", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        AidPackage secretlyFunded = packages.propose(new Packages.Proposal("Quietly " + word, Money.of("1000000", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        for (AidPackage p : List.of(funded, secretlyFunded)) {
            packages.open(p.id(), null, null);
            var pledge = new Api(port).as(pledger).post("/api/v1/contributions", Map.of(
                    "contributors", List.of("DNK"), "amount", Map.of("amount", "1000", "currency", "EUR"),
                    "packageId", p.id().toString(), "disclosure", p == funded ? "PUBLIC" : "CONFIDENTIAL",
                    "announcedOn", "2025-08-05"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(pledge.status()).as(pledge.body()).isEqualTo(201);
        }
        List<String> foundByName = new java.util.ArrayList<>();
        for (int p = 0; p < 100; p++) {
            open("/search?q=%D0%94%D0%B0%D0%BD%D1%96%D1%8F&kind=packages&lang=en&page=" + p);
            String text = page.locator("section[aria-labelledby=found-packages]").innerText();
            foundByName.add(text);
            if (page.locator("section[aria-labelledby=found-packages] a[rel=next]").count() == 0) {
                break;
            }
        }
        org.assertj.core.api.Assertions.assertThat(String.join("\n", foundByName)).contains("Funded " + word)
                .doesNotContain("Quietly " + word);

        for (String typed : List.of("Данія", "данія", "ДАН", "Denm")) {
            open("/search?q=" + typed + "&kind=packages&lang=uk");
            boolean found = false;
            for (int p = 0; p < 100 && !found; p++) {
                open("/search?q=" + typed + "&kind=packages&page=" + p);
                found = page.locator("section[aria-labelledby=found-packages]").innerText().contains("Assembled " + word);
            }
            org.assertj.core.api.Assertions.assertThat(found).as("Denmark's package found by '" + typed + "'").isTrue();
        }
        String formatted = String.format(java.util.Locale.ENGLISH, "%,d.00 EUR", Long.parseLong(amount));
        boolean found = false;
        open("/search?q=%D0%B4%D0%B0%D0%BD%D1%96&kind=contributions&lang=en");
        for (int p = 0; p < 100 && !found; p++) {
            open("/search?q=%D0%B4%D0%B0%D0%BD%D1%96&kind=contributions&page=" + p);
            found = page.locator("section[aria-labelledby=found-contributions]").innerText().contains(formatted);
        }
        org.assertj.core.api.Assertions.assertThat(found).as("the Danish pledge found by 'дані'").isTrue();

        // the Netherlands by a part of its Ukrainian name, from the search box in the header
        open("/?lang=uk");
        page.locator("#header-q").fill("нідерл");
        page.locator("#header-q").press("Enter");
        assertThat(page.locator("#found-contributions")).not().containsText("(0)");
        assertThat(page.locator("section[aria-labelledby=found-contributions]")).containsText("Нідерланди");
    }
}
