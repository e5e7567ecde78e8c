package org.palisade.packages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.organisations.Organisations;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.Requirements;
import org.palisade.requirements.RequirementsFixture;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** A package's next steps in the browser: cancelling asks first, and a move made meanwhile elsewhere is refused. */
class PackagePagesIT extends BrowserTest {

    @Autowired
    Packages packages;
    @Autowired
    Organisations organisations;
    @Autowired
    Requirements requirements;

    AidPackage pkg;

    @BeforeEach
    void aProposedPackage() {
        String code = "P" + ThreadLocalRandom.current().nextInt(100000, 999999);
        UUID owner = organisations.byCode("NATO").orElseThrow().id();
        pkg = packages.propose(new Packages.Proposal("Spare parts " + code, Money.of("1000000", "EUR"), owner,
                Disclosure.PUBLIC, List.of()));
        signInAs(TestUsers.COORDINATOR);
    }

    @Test
    void theCoverageBarsShowEachAmountWholeOnOneLineAndEndTogether(@Autowired org.palisade.contributions.Contributions contributions,
            @Autowired org.palisade.testing.Fixtures fixtures) {
        AidPackage large = packages.propose(new Packages.Proposal("Air defence " + UUID.randomUUID(),
                Money.of("500000000", "USD"), fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        contributions.pledge(new org.palisade.contributions.Contributions.Pledge(List.of(fixtures.contributor("CAN")),
                Money.of("500000000", "USD"), large.id(), null, Disclosure.PUBLIC, java.time.LocalDate.of(2025, 9, 1), null));
        page.setViewportSize(1366, 900);
        open("/packages/" + large.id());
        Locator values = page.locator(".coverage-bars .coverage__value");
        assertThat(values.first()).containsText("500,000,000 USD");
        double right = page.locator(".coverage-bars").boundingBox().x + page.locator(".coverage-bars").boundingBox().width;
        Locator bars = page.locator(".coverage-bars progress");
        for (int i = 0; i < 3; i++) {
            var value = values.nth(i).boundingBox();
            assertThat(value.height).as("one line: " + values.nth(i).textContent()).isLessThan(30);
            assertThat(value.x + value.width).as("inside the coverage box").isLessThanOrEqualTo(right + 0.5);
            assertThat(bars.nth(i).boundingBox().x + bars.nth(i).boundingBox().width)
                    .as("bars end together").isEqualTo(bars.first().boundingBox().x + bars.first().boundingBox().width);
        }
    }

    @Test
    void cancellingAsksFirstAndDoesNothingWhenTheAnswerIsNo() {
        open("/packages/" + pkg.id());
        page.onceDialog(dialog -> {
            assertThat(dialog.message()).contains("Cancel package " + pkg.number() + "?");
            dialog.dismiss();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel package")).click();
        assertThat(page.locator(".badge").first()).hasText("Proposed");
        assertThat(packages.get(pkg.id()).status()).isEqualTo(PackageStatus.PROPOSED);

        page.onceDialog(dialog -> dialog.accept());
        page.getByLabel("Reason for cancelling (optional)").fill("merged into another package");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel package")).click();
        assertThat(page.locator(".notice")).hasText("Package " + pkg.number() + " is cancelled; its items are released.");
        assertThat(page.locator(".timeline")).containsText("merged into another package");
        // a cancelled package offers no next step at all
        assertThat(page.locator("#actions-heading")).hasCount(0);
        assertThat(packages.get(pkg.id()).status()).isEqualTo(PackageStatus.CANCELLED);
    }

    @Test
    void aContributorIsOfferedNoMoveAndAForgedOneIsRefusedWithTheNotAllowedPage() {
        signOut();
        signInAs(TestUsers.CONTRIBUTOR_NLD);
        open("/packages/" + pkg.id());
        assertThat(page.locator("#actions-heading")).hasCount(0);
        assertThat(page.locator("#add-items-heading")).hasCount(0);
        assertThat(page.locator("main")).containsText("taken by its coordinator or by the supplier");

        // the same request the coordinator's button sends, made by the contributor's own browser session
        Object answer = page.evaluate("""
                async (id) => {
                  const body = new URLSearchParams({version: '0', _csrf: document.querySelector('input[name=_csrf]').value});
                  const r = await fetch('/packages/' + id + '/actions/open', {method: 'POST', body, headers: {Accept: 'text/html'}});
                  return r.status + ' ' + await r.text();
                }""", pkg.id().toString());
        assertThat(answer.toString()).startsWith("403").contains("Not allowed").doesNotContain("Exception");
        expectErrorsInConsole();
        assertThat(packages.get(pkg.id()).status()).isEqualTo(PackageStatus.PROPOSED);
    }

    @Test
    void itemsAreAddedFromThePackagePageButNeverMoreThanIsLeft() {
        String launchers = "Launcher " + UUID.randomUUID();
        RequirementItem item = RequirementsFixture.approvedList(requirements, organisations, launchers).items().get(0);
        // another package already takes 4 of the 10: 6 are left to add
        packages.propose(new Packages.Proposal("Earlier launchers", Money.of("1000000", "EUR"), pkg.owner(),
                Disclosure.PUBLIC, List.of(new PackageItem(item.id(), 4))));
        open("/packages/" + pkg.id());
        assertEveryFieldHasALabel();
        Locator offered = page.locator("section[aria-labelledby=add-items-heading] tbody tr",
                new Page.LocatorOptions().setHasText(launchers));
        assertThat(offered).containsText("6 interceptors");

        offered.getByRole(AriaRole.TEXTBOX).fill("7");
        // the value of what is typed so far is shown before anything is sent: 7 × 4,000,000 USD
        assertThat(page.locator("section[aria-labelledby=add-items-heading] .items-estimate output"))
                .hasText("28,000,000 USD");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to package")).click();
        assertThat(offered.locator(".field-error")).hasText("Only 6 interceptors are left of this item.");
        assertThat(offered.getByRole(AriaRole.TEXTBOX)).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("section[aria-labelledby=items-heading]")).containsText("This package holds no items yet.");
        assertThat(packages.get(pkg.id()).items()).isEmpty();

        offered.getByRole(AriaRole.TEXTBOX).fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to package")).click();
        assertThat(page.locator(".notice")).hasText("Items added to package " + pkg.number() + ".");
        Locator held = page.locator("section[aria-labelledby=items-heading] tbody tr",
                new Page.LocatorOptions().setHasText(launchers));
        assertThat(held).containsText("5 interceptors");
        // what is left goes down by what the package took
        assertThat(offered).containsText("1 interceptors");
        assertThat(packages.get(pkg.id()).items()).containsExactly(new PackageItem(item.id(), 5));
        screenshot("package-add-items");
    }

    @Test
    void aMoveMadeMeanwhileElsewhereIsRefusedWithAnExplanation() {
        open("/packages/" + pkg.id());
        // someone else opens the package after this page was loaded
        packages.open(pkg.id(), null, null);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open for funding")).click();
        assertThat(page.locator("h1")).hasText("This cannot be done now");
        expectErrorsInConsole();
        assertThat(page.locator(".error-page__details"))
                .hasText("The record “package " + pkg.number() + "” was changed by someone else meanwhile. Reload the page and try again.");
        assertThat(page.locator(".error-page__status")).hasText("Error 409");
        screenshot("error-409");
    }

    @Test
    void aStaleActionIsExplainedInUkrainianOnAUkrainianPage() {
        open("/packages/" + pkg.id() + "?lang=uk");
        packages.open(pkg.id(), null, null);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Відкрити для фінансування")).click();
        assertThat(page.locator("h1")).hasText("Цю дію зараз неможливо виконати");
        expectErrorsInConsole();
        assertThat(page.locator(".error-page__details")).hasText("Хтось інший тим часом змінив запис «пакет "
                + pkg.number() + "». Оновіть сторінку й спробуйте знову.");
        assertThat(packages.get(pkg.id()).status()).isEqualTo(PackageStatus.OPEN);
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsExplainedInUkrainianWithTheStepsThatAre() {
        open("/packages/" + pkg.id() + "?lang=uk");
        // the page was loaded with "open" on offer and the current version; the package is opened meanwhile
        // and the version handed back is current again, so only the status rule can refuse the second open
        long version = packages.open(pkg.id(), null, null).version();
        Object answer = page.evaluate("""
                async ([id, version]) => {
                  const body = new URLSearchParams({version, _csrf: document.querySelector('input[name=_csrf]').value});
                  const r = await fetch('/packages/' + id + '/actions/open', {method: 'POST', body, headers: {Accept: 'text/html'}});
                  return r.status + ' ' + await r.text();
                }""", List.of(pkg.id().toString(), String.valueOf(version)));
        expectErrorsInConsole();
        assertThat(answer.toString()).startsWith("409")
                .contains("Пакет " + pkg.number() + " має статус «Відкрито»: зараз можна лише «Позначити профінансованим» або «Скасувати пакет».")
                .doesNotContain("only fund or cancel");
        assertThat(packages.get(pkg.id()).status()).isEqualTo(PackageStatus.OPEN);
    }
}
