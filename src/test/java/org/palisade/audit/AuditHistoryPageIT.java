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

    private AidPackage proposedAndOpened(Disclosure disclosure) {
        UUID owner = organisations.byCode("NATO").orElseThrow().id();
        AidPackage p = packages.propose(new Packages.Proposal("Audited " + UUID.randomUUID(), Money.of("1000", "EUR"),
                owner, disclosure, List.of()));
        packages.open(p.id(), null, "ready for pledges");
        trail.sequenceNow();
        return p;
    }

    @Test
    void aPackagesHistoryListsEachChangeWithItsReasonAndChangedFields() {
        AidPackage p = proposedAndOpened(Disclosure.PUBLIC);
        open("/packages/" + p.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History of changes")).click();
        assertThat(page.locator("h1")).hasText("History of changes");
        assertThat(page.locator("table.history tbody tr")).hasCount(2);
        assertThat(page.locator("table.history tbody tr").first()).containsText("open");
        assertThat(page.locator("table.history tbody tr").first()).containsText("reason: ready for pledges");
        assertThat(page.locator("table.history tbody tr").first()).containsText("status: PROPOSED → OPEN");
        assertThat(page.locator("table.history tbody tr").nth(1)).containsText("proposed");
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
        assertThat(page.locator("table.history tbody tr")).hasCount(3);
        assertThat(page.locator("table.history tbody tr").first()).containsText("access-refused");
    }

    @Test
    void theHistoryPageReadsInUkrainian() {
        AidPackage p = proposedAndOpened(Disclosure.PUBLIC);
        open("/audit/package/" + p.id() + "?lang=uk");
        assertThat(page.locator("h1")).hasText("Історія змін");
    }
}
