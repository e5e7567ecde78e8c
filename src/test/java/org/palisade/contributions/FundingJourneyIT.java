package org.palisade.contributions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRate;
import org.palisade.money.ExchangeRates;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A package funded through the pages: build it, open it, record two contributions in two currencies and watch
 * the coverage bars move; a wrong amount is refused beside the field and saves nothing. ISK rates of 2010 are
 * used only here (all tests share one database).
 */
class FundingJourneyIT extends BrowserTest {

    @Autowired
    Organisations organisations;
    @Autowired
    ExchangeRates rates;
    @Autowired
    JdbcClient jdbc;

    Organisation first;
    Organisation second;

    @BeforeEach
    void contributorsAndARate() {
        first = contributor("Test donor one");
        second = contributor("Test donor two");
        // 150 krónur per euro: 30,000,000 ISK is 200,000 EUR
        rates.record(new ExchangeRate(CurrencyCode.of("ISK"), LocalDate.of(2010, 6, 1), new BigDecimal("150"), "test"));
    }

    @Test
    void twoContributionsInTwoCurrenciesMoveTheCoverageBars() {
        String name = "Interceptors " + ThreadLocalRandom.current().nextInt(100000);
        // the coordinator assembles and opens the package; each contributor pledges for their own nation
        signInAs(TestUsers.COORDINATOR);
        open("/packages/new");
        assertEveryFieldHasALabel();
        page.getByLabel("Name").fill(name);
        page.getByLabel("Target value").fill("1000000");
        page.getByLabel("Currency").fill("EUR");
        page.getByLabel("Assembled by").selectOption(new SelectOption().setValue("NATO"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose package")).click();

        assertThat(page.locator("h1")).containsText(name);
        assertThat(page.locator(".badge").first()).hasText("Proposed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open for funding")).click();
        assertThat(page.locator(".notice")).containsText("is open for funding");
        assertThat(page.locator(".badge").first()).hasText("Open");
        // only the moves allowed now are offered
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open for funding"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark funded"))).isDisabled();
        assertThat(pledgedBar()).hasAttribute("value", "0");
        String packageUrl = page.url();

        signOut();
        signInAs(users.contributorOf(first.code().value()));
        page.navigate(packageUrl);
        pledge(first, List.of(), "300000", "EUR");
        page.waitForURL(packageUrl);
        assertThat(page.locator(".notice")).hasText("Pledge recorded.");
        assertThat(pledgedBar()).hasAttribute("value", "30");
        assertThat(page.locator(".coverage").first()).containsText("30%");

        signOut();
        signInAs(users.contributorOf(second.code().value()));
        page.navigate(packageUrl);
        pledge(second, List.of(first), "30000000", "ISK");
        page.waitForURL(packageUrl);
        assertThat(pledgedBar()).hasAttribute("value", "50");
        assertThat(page.locator(".coverage").first()).containsText("50%");
        assertThat(committedBar()).hasAttribute("value", "0");

        // the contributions part comes from the contributions module, loaded into the page
        Locator rows = page.locator("#package-contributions-table tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("300,000.00 EUR");
        assertThat(rows.nth(1)).containsText("30,000,000 ISK");
        assertThat(rows.nth(1)).containsText("joint");
        screenshot("package-detail");

        // its contributor commits the first pledge in full: the committed bar follows
        signOut();
        signInAs(users.contributorOf(first.code().value()));
        page.navigate(packageUrl);
        rows.nth(0).getByRole(AriaRole.LINK).last().click();
        // more than pledged, and before the pledge: both refused beside their fields, nothing recorded
        page.getByLabel("Amount in the contribution currency").fill("300000.01");
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2010-05-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record commitment")).click();
        assertThat(page.locator("#amount-error")).hasText("At most 300,000.00 EUR: the amount pledged.");
        assertThat(page.locator("#date-error")).hasText("The date cannot be before the pledge (1 Jun 2010).");
        assertThat(page.locator(".badge").first()).hasText("Pledged");
        page.getByLabel("Amount in the contribution currency").fill("300000.00");
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2010-06-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record commitment")).click();
        assertThat(page.locator(".notice")).hasText("Contribution stage recorded.");
        screenshot("contribution-detail");
        page.navigate(packageUrl);
        assertThat(committedBar()).hasAttribute("value", "30");

        open("/packages");
        // a list with content shows no empty-state message beside it
        assertThat(page.locator(".empty-state")).hasCount(0);
        assertThat(page.locator(".package-card", new Page.LocatorOptions().setHasText(name))).isVisible();
        screenshot("packages");
        open("/contributions");
        assertThat(page.locator(".empty-state")).hasCount(0);
        screenshot("contributions");
    }

    @Test
    void anInvalidAmountIsRefusedBesideTheFieldAndNothingIsSaved() {
        signInAs(users.contributorOf(first.code().value()));
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        open("/contributions/new");
        assertEveryFieldHasALabel();
        page.getByLabel("Lead contributor").selectOption(new SelectOption().setValue(first.id().toString()));
        page.getByLabel("Amount pledged").fill("-5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();

        assertThat(page.locator("#amount-error")).hasText("Enter a positive amount of at most 10,000,000,000,000.");
        assertThat(page.getByLabel("Amount pledged")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Amount pledged")).hasValue("-5");
        screenshot("contribution-invalid-amount");

        page.getByLabel("Amount pledged").fill("12,5x");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();
        assertThat(page.locator("#amount-error")).containsText("Enter an amount as these pages write it, such as 120,000,000.50");

        page.getByLabel("Amount pledged").fill("10.125");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();
        assertThat(page.locator("#amount-error")).hasText("EUR has at most 2 digits after the decimal point.");

        page.navigate(url("/contributions/new?lang=uk"));
        // the form chooses the contributor's own nation as the lead; a lead left unchosen is still refused
        page.locator("#lead").selectOption(new SelectOption().setValue(""));
        page.getByLabel("Обіцяна сума").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Записати обіцянку")).click();
        assertThat(page.locator("#amount-error")).hasText("Введіть додатну суму, не більшу за 10 000 000 000 000.");
        assertThat(page.locator("#lead-error")).hasText("Оберіть провідного донора.");

        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    private void pledge(Organisation lead, List<Organisation> partners, String amount, String currency) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a contribution to this package")).click();
        page.getByLabel("Lead contributor").selectOption(new SelectOption().setValue(lead.id().toString()));
        for (Organisation partner : partners) {
            page.locator("input[name=partners][value='" + partner.id() + "']").check();
        }
        page.getByLabel("Amount pledged").fill(amount);
        page.getByLabel("Currency").fill(currency);
        page.getByLabel("Announced on").fill("2010-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();
    }

    private Locator pledgedBar() {
        return page.locator(".coverage-bars progress").nth(0);
    }

    private Locator committedBar() {
        return page.locator(".coverage-bars progress").nth(1);
    }

    private Organisation contributor(String name) {
        String code = "D" + ThreadLocalRandom.current().nextInt(100000, 999999);
        return organisations.register(new Organisations.Registration(code, name + " " + code, false,
                EnumSet.of(OrganisationKind.CONTRIBUTOR), List.of()));
    }
}
