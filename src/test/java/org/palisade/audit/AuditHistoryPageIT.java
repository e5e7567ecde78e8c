package org.palisade.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** A record's history page: every change with who, when and what, shown only to those who may read the record. */
class AuditHistoryPageIT extends BrowserTest {

    @Autowired
    Packages packages;
    @Autowired
    Organisations organisations;
    @Autowired
    AuditTrail trail;
    @Autowired
    org.palisade.organisations.OrganisationNames names;

    private AidPackage proposedAndOpened(Disclosure disclosure) {
        UUID owner = organisations.byCode("NATO").orElseThrow().id();
        AidPackage p = packages.propose(new Packages.Proposal("Audited " + UUID.randomUUID(), Money.of("1000", "EUR"),
                owner, disclosure, List.of()));
        packages.open(p.id(), null, "ready for pledges");
        trail.sequenceNow();
        return p;
    }

    private static String owner(AidPackage p) {
        return p.owner().toString();
    }

    @Test
    void aPackagesHistoryListsEachChangeWithItsReasonAndChangedFields() {
        AidPackage p = proposedAndOpened(Disclosure.PUBLIC);
        open("/packages/" + p.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History of changes")).click();
        assertThat(page.locator("h1")).hasText("History of changes");
        assertThat(page.locator("ol.history > li")).hasCount(2);
        assertThat(page.locator("ol.history > li").first()).containsText("Opened for funding");
        assertThat(page.locator("ol.history > li").first()).containsText("Reason given: ready for pledges");
        assertThat(page.locator("ol.history > li").first()).containsText("Status: Proposed → Open");
        assertThat(page.locator("ol.history > li").nth(1)).containsText("Package proposed");
        assertThat(page.locator("ol.history > li").nth(1)).containsText("Owner: " + names.name(organisations.byCode("NATO").orElseThrow(), java.util.Locale.ENGLISH));
        assertThat(page.locator("ol.history > li").nth(1)).containsText("Target value: 1,000.00 EUR");
        assertThat(page.locator("ol.history .changes").nth(1)).not().containsText(owner(p));
        // the stored entry, exactly as recorded, is one click away
        page.locator("ol.history > li summary").first().click();
        assertThat(page.locator("ol.history > li pre").first()).containsText("\"status\" : \"OPEN\"");
        screenshot("audit-history");
    }

    @Test
    void aVisitorSeesNoHistoryOfAConfidentialPackage() {
        AidPackage p = proposedAndOpened(Disclosure.CONFIDENTIAL);
        var response = page.navigate(url("/audit/package/" + p.id()));
        assertThat(response.status()).isEqualTo(404);
        expectErrorsInConsole();
        signInAs(TestUsers.AUDITOR);
        open("/audit/package/" + p.id());
        // proposed, opened, and the visitor's refused attempt to read it, newest first
        assertThat(page.locator("ol.history > li")).hasCount(3);
        assertThat(page.locator("ol.history > li").first()).containsText("Access refused");
    }

    @Test
    void theHistoryPageReadsInUkrainian() {
        AidPackage p = proposedAndOpened(Disclosure.PUBLIC);
        open("/audit/package/" + p.id() + "?lang=uk");
        assertThat(page.locator("h1")).hasText("Історія змін");
        assertThat(page.locator("ol.history > li").first()).containsText("Відкрито для фінансування");
        assertThat(page.locator("ol.history > li").first()).containsText("Статус: Запропоновано → Відкрито");
    }
}
