package org.palisade.requirements;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;
import org.palisade.packages.Packages;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A list that exists but is coalition business is not "no list" to a visitor: the pages say it exists, is not
 * public, and that signing in may show it; so do package items drawn from it.
 */
class VisitorsAreToldTheTruthIT extends BrowserTest {

    @Autowired
    Requirements requirements;
    @Autowired
    Organisations organisations;
    @Autowired
    Packages packages;

    @Test
    void aVisitorLearnsThatTheListInForceExistsAndThatSigningInMayShowIt() {
        RequirementList list = RequirementsFixture.approvedList(requirements, organisations, "Coalition interceptors");
        open("/requirements");
        assertThat(page.locator("main")).not().containsText("No version has been approved yet");
        assertThat(page.locator("#approved-heading + .empty-state")).containsText("is in force, but it is not public");
        assertThat(page.locator("#approved-heading + .empty-state a")).hasText("Sign in");
        screenshot("requirements-visitor");

        open("/requirements/versions");
        assertThat(page.locator("main")).not().containsText("No version of the list exists yet");
        assertThat(page.locator(".empty-state")).containsText("Versions of the list exist, but none is public");

        AidPackage pkg = packages.propose(new Packages.Proposal("Public package of a coalition list",
                Money.of("1000000", "USD"), organisations.byCode("NATO").orElseThrow().id(), Disclosure.PUBLIC,
                List.of(new PackageItem(list.items().get(0).id(), 1))));
        open("/packages/" + pkg.id());
        assertThat(page.locator("main")).containsText("An item of a requirement list that is not public; signing in may show it");

        signInAs(TestUsers.PLANNER);
        open("/packages/" + pkg.id());
        assertThat(page.locator("main")).containsText("Coalition interceptors");
    }

    @Test
    void inUkrainianToo() {
        RequirementsFixture.approvedList(requirements, organisations, "Coalition interceptors");
        open("/requirements?lang=uk");
        assertThat(page.locator("#approved-heading + .empty-state")).containsText("не публічна");
    }
}
