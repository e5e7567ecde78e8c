package org.palisade.contributions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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

/** The contribution list narrowed by its filters and sorted by its columns; the package list's amounts. */
class ContributionListIT extends BrowserTest {

    @Autowired
    Packages packages;
    @Autowired
    Fixtures fixtures;

    AidPackage pkg;

    @BeforeEach
    void twoPledgesToOnePackage() {
        fixtures.usdRates();
        pkg = packages.propose(new Packages.Proposal("Filtered " + UUID.randomUUID(), Money.of("500000000", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        packages.open(pkg.id(), null, null);
        pledge("1111111", "EUR", "2025-08-05", "AIR_AND_MISSILE_DEFENCE");
        pledge("2222222", "USD", "2025-09-10", null);
    }

    private void pledge(String amount, String currency, String on, String earmark) {
        Map<String, Object> body = new HashMap<>(Map.of("contributors", List.of("NLD"),
                "amount", Map.of("amount", amount, "currency", currency), "packageId", pkg.id().toString(),
                "disclosure", "PUBLIC", "announcedOn", on));
        if (earmark != null) {
            body.put("earmark", earmark);
        }
        var answer = new Api(port).as(TestUsers.CONTRIBUTOR_NLD).post("/api/v1/contributions", body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    private Locator rows() {
        return page.locator("table.cards-on-narrow tbody tr");
    }

    @Test
    void theListIsNarrowedByCurrencyEarmarkAndDatesAndSortedByItsColumns() {
        String base = "/contributions?packageId=" + pkg.id();
        open(base + "&currency=usd");
        assertThat(rows()).hasCount(1);
        assertThat(rows().first()).containsText("2,222,222.00 USD");

        open(base + "&earmark=AIR_AND_MISSILE_DEFENCE");
        assertThat(rows()).hasCount(1);
        assertThat(rows().first()).containsText("1,111,111.00 EUR");

        open(base);
        page.getByLabel("Announced from").fill("2025-09-01");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Show")).click();
        assertThat(rows()).hasCount(1);
        assertThat(rows().first()).containsText("2,222,222.00 USD");

        // a column heading sorts by it, and again the other way round; the filters stay
        open(base + "&sort=announced,asc");
        assertThat(rows().first()).containsText("1,111,111.00 EUR");
        page.locator("th a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Announced")).click();
        assertThat(page.locator("th[aria-sort=descending]")).containsText("Announced");
        assertThat(rows().first()).containsText("2,222,222.00 USD");
        assertThat(rows()).hasCount(2);
        // a sort the list does not offer is ignored, not an error
        open(base + "&sort=password,desc");
        assertThat(rows()).hasCount(2);
        assertEveryFieldHasALabel();

        // on a phone the amounts are on the first screen and nothing needs sideways scrolling
        assertFitsNarrowScreen();
        assertThat(page.locator("td.amount.card-first").first()).isInViewport();
        screenshot("contributions-filtered-375");
    }

    @Test
    void thePackageListNamesThePledgedAmountBesideItsPercentage() {
        open("/packages/" + pkg.id());
        assertThat(page.locator(".coverage").first().locator(".coverage__amount")).containsText("EUR");
        open("/packages?status=OPEN");
        assertThat(page.locator(".package-card", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(pkg.name())).locator(".coverage__amount").first()).containsText("EUR");
    }
}
