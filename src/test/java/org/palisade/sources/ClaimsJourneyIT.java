package org.palisade.sources;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.Fixtures;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator sees a contribution's claims disagree on its page and side by side, resolves the conflict by
 * choosing the other claim with a reason, and records a new source and a claim on it.
 */
class ClaimsJourneyIT extends BrowserTest {

    @Autowired
    Contributions contributions;
    @Autowired
    Sources sources;
    @Autowired
    Claims claims;
    @Autowired
    Fixtures fixtures;

    @Test
    void aConflictBetweenTwoReportsIsShownSideBySideAndResolvedWithAReason() {
        Contribution c = contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("SWE")),
                Money.of("495000000", "USD"), null, null, Disclosure.PUBLIC, LocalDate.of(2025, 8, 5), null));
        UUID mod = sources.record(new SourceDraft(SourceKind.OFFICIAL_STATEMENT, "Ukraine MoD " + UUID.randomUUID(),
                "Second package", null, null, "en", null, null));
        UUID press = sources.record(new SourceDraft(SourceKind.NEWS_ARTICLE, "Press", "Second package at USD 585M",
                null, LocalDate.of(2025, 8, 6), "en", null, null));
        claims.recordFor(c.id(), new ClaimDraft(mod, List.of("DNK", "NOR", "SWE"), Money.of("495000000", "USD"),
                null, null, null, ClaimProgram.PURL, null, "USD 495M, incl. HIMARS ammunition"));
        UUID other = claims.recordFor(c.id(), new ClaimDraft(press, List.of("DNK", "NOR", "SWE"),
                Money.of("585000000", "USD"), null, null, null, ClaimProgram.PURL, null, null));
        int otherNumber = claims.get(other).number();

        signInAs(TestUsers.COORDINATOR);
        open("/contributions/" + c.id());
        // the claims part is loaded into the contribution's page
        assertThat(page.locator("#contribution-claims")).containsText("One conflict between sources is open");
        page.locator("#contribution-claims").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("All claims, side by side")).click();

        assertThat(page.locator("h1")).containsText("Claims about the contribution of Sweden");
        var amountRow = page.locator("table.spreads tr", new Page.LocatorOptions().setHasText("Amount"));
        assertThat(amountRow).containsText("495,000,000.00 USD");
        assertThat(amountRow).containsText("585,000,000.00 USD");
        assertThat(amountRow).containsText("Conflict");
        assertThat(page.locator("table.spreads tr", new Page.LocatorOptions().setHasText("Contributors")))
                .containsText("Agree");
        assertThat(page.locator("table.claims-side tbody tr")).hasCount(2);
        assertThat(page.locator("table.claims-side tbody tr").nth(1)).containsText("(in conflict)");
        // recorded by the application, not a person: named in words, not by the username "system"
        assertThat(page.locator("table.claims-side tbody tr").first()).containsText("Chosen by the system on");
        assertEveryFieldHasALabel();
        screenshot("claims-record");
        assertFitsNarrowScreen();
        screenshot("claims-record-375");
        page.setViewportSize(1366, 900);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resolve")).click();
        assertThat(page.locator("h1")).containsText("Amount");
        page.getByLabel("Use another claim").check();
        page.getByLabel("The claim to use").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Claim " + otherNumber));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve conflict")).click();
        // nothing saved without the reason, which is asked for beside its field
        assertThat(page.locator("#reason").locator("xpath=..")).containsText("Give the reason");
        assertThat(claims.conflictsAbout(c.id()).get(0).isOpen()).isTrue();
        page.getByLabel("Reason").fill("the later report counts the HIMARS ammunition");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve conflict")).click();

        assertThat(page.locator(".notice")).containsText("Conflict resolved");
        assertThat(page.locator("table.claims-side tbody tr").nth(1)).containsText("Used");
        assertThat(page.locator("table.claims-side tbody tr").nth(1))
                .containsText("the later report counts the HIMARS ammunition");
        assertThat(claims.get(other).used()).isTrue();

        open("/sources/" + mod + "?lang=uk");
        assertThat(page.locator("dl.facts")).containsText("автор: система");
        // its language by name, not by the code the form takes
        assertThat(page.locator("dl.facts")).containsText("англійська");
        open("/sources/new?lang=en");
        assertEveryFieldHasALabel();
        page.getByLabel("Outlet or issuer").fill("Reuters");
        page.getByLabel("Title").fill("Nordic countries fund a PURL package " + UUID.randomUUID());
        page.getByLabel("Published").fill("2025-08-06");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record source")).click();
        assertThat(page.locator(".notice")).containsText("Source recorded");
        assertThat(page.locator("h1")).containsText("Nordic countries fund");
    }

    @Test
    void theConflictsListShowsWhatEachClaimSaysInBothLanguages() {
        Contribution c = contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("DNK")),
                Money.of("495000000", "USD"), null, null, Disclosure.PUBLIC, LocalDate.of(2025, 8, 5), null));
        UUID s = sources.record(new SourceDraft(SourceKind.NEWS_ARTICLE, "Interfax-Ukraine", "Three packages",
                null, LocalDate.of(2025, 8, 23), "en", null, null));
        claims.recordFor(c.id(), new ClaimDraft(s, List.of("DNK", "NOR", "SWE"), Money.of("495000000", "USD"),
                null, null, null, null, null, null));
        claims.recordFor(c.id(), new ClaimDraft(s, List.of("DNK", "FIN", "SWE"), Money.of("500000000", "EUR"),
                ClaimBound.ABOUT, null, null, null, null, null));

        open("/claims/conflicts?lang=en");
        assertThat(page.locator("main")).containsText("DNK, FIN, SWE");
        assertThat(page.locator("main")).containsText("about 500,000,000.00 EUR");
        screenshot("claims-conflicts");
        assertFitsNarrowScreen();
        screenshot("claims-conflicts-375");
        page.setViewportSize(1366, 900);
        open("/claims/conflicts?lang=uk");
        assertThat(page.locator("h1")).hasText("Відкриті розбіжності між джерелами");
        assertThat(page.locator("main")).containsText("близько 500");
        screenshot("claims-conflicts-uk");
        assertFitsNarrowScreen();
        screenshot("claims-conflicts-375-uk");
        page.setViewportSize(1366, 900);
        open("/claims/contributions/" + c.id() + "?lang=uk");
        assertThat(page.locator("h1")).containsText("Твердження про внесок: Данія");
        screenshot("claims-record-uk");
        assertFitsNarrowScreen();
        screenshot("claims-record-375-uk");
    }
}
