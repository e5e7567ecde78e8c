package org.palisade.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** On a 375 px phone the money is on the first screen, whole, and who gave it is named in words. */
class NarrowScreensIT extends BrowserTest {

    @Autowired
    Packages packages;
    @Autowired
    Contributions contributions;
    @Autowired
    Fixtures fixtures;

    AidPackage pkg;
    UUID contribution;

    @BeforeEach
    void aJointPledgeOfALongAmount() {
        pkg = packages.propose(new Packages.Proposal("Narrow " + UUID.randomUUID(), Money.of("619918390.80", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        contribution = contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("DNK"), fixtures.contributor("SWE")),
                Money.of("619918390.80", "EUR"), pkg.id(), null, Disclosure.PUBLIC, java.time.LocalDate.of(2025, 8, 5),
                null)).id();
    }

    @Test
    void theContributionsListShowsEachAmountWholeOnTheFirstScreen() {
        page.setViewportSize(375, 800);
        open("/contributions?packageId=" + pkg.id());
        assertFitsNarrowScreen();
        Locator amount = page.locator("table.cards-on-narrow tbody tr").first().locator("td.card-first");
        assertThat(amount).containsText("619,918,390.80 EUR");
        assertWithinTheFirstScreen(amount);
        // contributors by name, not only in hover text
        assertThat(page.locator("table.cards-on-narrow tbody tr").first()).containsText("Denmark + Sweden");
        screenshot("contributions-375");
    }

    @Test
    void thePackagePageShowsItsAmountsWhole() {
        page.setViewportSize(375, 800);
        open("/packages/" + pkg.id() + "?lang=uk");
        assertFitsNarrowScreen();
        Locator pledged = page.locator("table.cards-on-narrow td.amount").first();
        assertThat(pledged).containsText("EUR");
        BoundingBox box = pledged.boundingBox();
        assertThat(box.x + box.width).isLessThanOrEqualTo(375);
        // nothing of the amount is cut off inside its own box
        assertThat(((Number) pledged.evaluate("e => e.scrollWidth - e.clientWidth")).intValue()).isLessThanOrEqualTo(0);
        // "Усього у валюті пакета" beside "0,00 EUR": the label wraps within its half, never under the amount
        assertThat(cardLabelsRunningPastTheirBox()).isEmpty();
        screenshot("package-375-uk");
    }

    @Test
    void aContributionPageShowsEachFactUnderItsTermAndNothingPastTheEdge() {
        page.setViewportSize(375, 800);
        open("/contributions/" + contribution + "?lang=uk");
        assertFitsNarrowScreen();
        // the longest term ("Категорія коштів загального пулу") no longer squeezes its value off the screen
        Locator term = page.locator("dl.facts dt").first();
        Locator value = page.locator("dl.facts dd").first();
        assertThat(value.boundingBox().y).as("value under its term").isGreaterThanOrEqualTo(term.boundingBox().y + term.boundingBox().height - 1);
        assertThat(value.boundingBox().x).isEqualTo(term.boundingBox().x);
        screenshot("contribution-375-uk");
    }

    @Test
    void aPackageCardKeepsItsTargetAndCoverageAmountsWhole() {
        page.setViewportSize(375, 800);
        open("/packages?lang=uk");
        Locator card = page.locator(".package-card", new com.microsoft.playwright.Page.LocatorOptions().setHasText(pkg.name()));
        Locator target = card.locator(".badge + span");
        assertThat(target).containsText("619");
        assertOnOneLine(target);
        assertOnOneLine(card.locator(".coverage__amount").first());
        assertFitsNarrowScreen();
    }

    /** An element whose text is not broken over lines: no taller than one line of its own text. */
    private static void assertOnOneLine(Locator element) {
        double lineHeight = ((Number) element.evaluate(
                "e => parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.5")).doubleValue();
        assertThat(element.boundingBox().height).as("one line: " + element.textContent()).isLessThan(lineHeight * 1.5);
    }

    @Test
    void theGlossaryFitsANarrowScreen() {
        page.setViewportSize(375, 800);
        open("/glossary?lang=uk");
        assertFitsNarrowScreen();
        // the pledge form's program and general pool are explained too, in the form's own words
        assertThat(page.locator("dl.glossary-terms")).containsText("Загальний пул");
        assertThat(page.locator("dl.glossary-terms")).containsText("Програма");
        open("/glossary?lang=en");
        assertFitsNarrowScreen();
        assertThat(page.locator("dl.glossary-terms")).containsText("General pool");
    }

    /**
     * The card labels (a cell's data-label, drawn before its value) whose text does not fit the box the card
     * gives them, so that it would run on under the value beside it: measured on a copy laid out as the label is.
     */
    private List<?> cardLabelsRunningPastTheirBox() {
        return (List<?>) page.evaluate("""
                () => [...document.querySelectorAll('table.cards-on-narrow td[data-label]')].filter(td => td.offsetParent)
                  .filter(td => {
                    const label = getComputedStyle(td, '::before');
                    const copy = document.createElement('span');
                    copy.textContent = td.dataset.label;
                    Object.assign(copy.style, {position: 'absolute', visibility: 'hidden', display: 'block',
                      fontFamily: label.fontFamily, fontSize: label.fontSize, fontWeight: label.fontWeight,
                      whiteSpace: label.whiteSpace, overflowWrap: label.overflowWrap, width: label.width});
                    document.body.appendChild(copy);
                    const runsOn = copy.scrollWidth > copy.clientWidth + 1;
                    copy.remove();
                    return runsOn;
                  }).map(td => td.dataset.label + ' beside ' + td.textContent.trim())""");
    }

    private static void assertWithinTheFirstScreen(Locator element) {
        BoundingBox box = element.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of the amount").isLessThanOrEqualTo(375);
        assertThat(box.y + box.height).as("bottom of the amount").isLessThanOrEqualTo(800);
        assertThat(((Number) element.evaluate("e => e.scrollWidth - e.clientWidth")).intValue()).isLessThanOrEqualTo(0);
    }
}
