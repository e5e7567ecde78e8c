package org.palisade.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor, without signing in, reads the public ledger in both languages, on a wide and on a 375 px screen. */
class PublicLedgerPageIT extends BrowserTest {

    @Autowired
    Contributions contributions;
    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void publicMoney() {
        fixtures.usdRates();
        contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("DNK"), fixtures.contributor("NOR")),
                Money.of("495000000.00", "USD"), null, null, Disclosure.PUBLIC, LocalDate.of(2025, 8, 6), null));
        contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("NLD")),
                Money.of("500000000.00", "EUR"), null, null, Disclosure.PUBLIC, LocalDate.now(), null));
    }

    @Test
    void aVisitorReadsTheLedgerAndFollowsAFigureToItsContributions() {
        page.setViewportSize(1366, 900);
        open("/ledger");
        assertThat(page.locator("h1")).hasText("Public aid ledger");
        assertThat(page.locator("#table-contributors")).containsText("Denmark + Norway");
        assertThat(page.locator("#table-nato")).isVisible();
        assertThat(page.locator("canvas#chart-years")).isVisible();
        assertThat(page.locator("#ytd-usd")).containsText("USD");
        screenshot("ledger-1366-en");

        page.locator("#table-contributors a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Denmark + Norway")).first().click();
        assertThat(page.locator("h1")).hasText("Contributions behind the figure");
        assertThat(page.locator("#behind")).containsText("495,000,000.00 USD");

        page.navigate(url("/ledger?lang=uk"));
        assertThat(page.locator("h1")).hasText("Відкритий реєстр допомоги");
        assertThat(page.locator("#table-nato")).isVisible();
        screenshot("ledger-1366-uk");
    }

    @Test
    void onA375PixelPhoneTheAmountsAreWholeAndOnScreen() {
        page.setViewportSize(375, 800);
        for (String language : List.of("en", "uk")) {
            open("/ledger?lang=" + language);
            assertFitsNarrowScreen();
            Locator headline = page.locator("#ytd-usd");
            BoundingBox box = headline.boundingBox();
            assertThat(box.x + box.width).as("headline amount inside the screen").isLessThanOrEqualTo(375);
            for (Locator amount : page.locator("#table-contributors td.amount").all()) {
                amount.scrollIntoViewIfNeeded();
                BoundingBox b = amount.boundingBox();
                assertThat(b.x + b.width).as("amount " + amount.textContent()).isLessThanOrEqualTo(375);
                assertThat(((Number) amount.evaluate("e => e.scrollWidth - e.clientWidth")).intValue()).isLessThanOrEqualTo(0);
            }
            screenshot("ledger-375-" + language);
        }
    }
}
