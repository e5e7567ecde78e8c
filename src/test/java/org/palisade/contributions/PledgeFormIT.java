package org.palisade.contributions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.money.Currencies;
import org.palisade.money.Money;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.Fixtures;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pledge form as people use it: amounts in the notation the page itself shows, a double click that records
 * one pledge, a currency without a rate said at the moment of pledging, and the program and category of pool money
 * chosen on the form.
 */
class PledgeFormIT extends BrowserTest {

    @Autowired
    Packages packages;
    @Autowired
    Organisations organisations;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Currencies currencies;

    AidPackage pkg;

    @BeforeEach
    void anOpenPackage() {
        fixtures.usdRates();
        pkg = packages.propose(new Packages.Proposal("Pledged " + UUID.randomUUID(), Money.of("500000000", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        packages.open(pkg.id(), null, null);
        signInAs(TestUsers.CONTRIBUTOR_NLD);
    }

    private void fillPledge(String lang, String amount, String currency) {
        open("/contributions/new?packageId=" + pkg.id() + "&lang=" + lang);
        page.locator("#lead").selectOption(new SelectOption().setValue(organisations.byCode("NLD").orElseThrow().id()
                .toString()));
        page.locator("#amount").fill(amount);
        page.locator("#currency").fill(currency);
        page.locator("#announcedOn").fill("2025-08-05");
    }

    private List<BigDecimal> pledges() {
        return jdbc.sql("SELECT pledged_amount FROM contribution WHERE package_id = :id").param("id", pkg.id())
                .query(BigDecimal.class).list();
    }

    @Test
    void aDoubleClickOnRecordPledgeRecordsOnePledge() {
        fillPledge("en", "120,000,000", "EUR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).dblclick();
        page.waitForURL(address -> address.contains("/packages/" + pkg.id()));
        assertThat(page.locator(".notice")).isVisible();
        assertThat(pledges()).hasSize(1);
        assertThat(pledges().get(0)).isEqualByComparingTo("120000000");
    }

    @Test
    void theSameFormSentTwiceAtOnceRecordsOnePledge() {
        fillPledge("en", "120,000,000.50", "EUR");
        // past the button: two requests with the same form, as a resend or a second tab would send them
        Object statuses = page.evaluate("""
                async () => {
                  const form = document.querySelector('form[action$="/contributions"]');
                  const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                                                         redirect: 'manual'});
                  const answers = await Promise.all([send(), send()]);
                  return answers.map(a => a.type);
                }""");
        // one of them redirects to the package; the other replays that outcome: both answer a redirect
        assertThat(((List<?>) statuses).stream().map(String::valueOf)).containsExactly("opaqueredirect", "opaqueredirect");
        assertThat(pledges()).hasSize(1);
        assertThat(pledges().get(0)).isEqualByComparingTo("120000000.50");
    }

    @Test
    void ukrainianAmountsAreReadAsTheUkrainianPagesWriteThem() {
        fillPledge("uk", "25\u00A0000\u00A0000,00", "EUR");
        // the hint shows the notation the page itself writes, as the error for a wrong amount does
        assertThat(page.locator("#amount-hint")).containsText("500 000 000,00");
        page.locator("form[action$='/contributions'] button[type=submit]").click();
        page.waitForURL(address -> address.contains("/packages/" + pkg.id()));
        assertThat(pledges()).hasSize(1);
        assertThat(pledges().get(0)).isEqualByComparingTo("25000000.00");
    }

    @Test
    void anAmountThatCouldBeReadTwoWaysIsRefusedBesideTheField() {
        fillPledge("en", "1,5", "EUR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();
        assertThat(page.locator("#amount-error")).containsText("120,000,000.50");
        assertThat(pledges()).isEmpty();
    }

    @Test
    void aPledgeInACurrencyWithoutARateSaysSoAndWhoCanRecordOne() {
        // a usual currency that no test of this database has recorded a rate for
        String noRate = currencies.withoutRate().get(0);
        fillPledge("en", "25,000,000", noRate);
        // the form names the currencies that cannot be converted yet, and does not suggest them
        assertThat(page.locator("#currency-hint")).containsText(noRate);
        assertThat(page.locator("#currency-list option[value=" + noRate + "]")).hasCount(0);
        assertThat(page.locator("#currency-list option[value=USD]")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();
        page.waitForURL(address -> address.contains("/packages/" + pkg.id()));
        assertThat(page.locator(".notice")).containsText("No exchange rate for " + noRate);
        assertThat(page.locator(".notice")).containsText("coordinator or administrator");
        assertThat(pledges()).hasSize(1);
    }

    @Test
    void aPledgeIsWithdrawnFromItsPageWithAReasonKeptInItsHistory() {
        fillPledge("en", "1,000,000", "EUR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();
        page.waitForURL(address -> address.contains("/packages/" + pkg.id()));
        UUID id = jdbc.sql("SELECT id FROM contribution WHERE package_id = :id").param("id", pkg.id())
                .query(UUID.class).single();
        open("/contributions/" + id);
        // without a reason nothing is withdrawn, and the page says what is missing beside the field
        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw pledge")).click();
        assertThat(page.locator("#reason + .field-error, .field--error .field-error")).containsText("Say why");
        page.getByLabel("Reason for withdrawing").fill("announced twice by mistake");
        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw pledge")).click();
        assertThat(page.locator(".notice")).containsText("Pledge withdrawn");
        assertThat(page.locator(".badge").first()).hasText("Withdrawn");
        assertThat(jdbc.sql("SELECT stage FROM contribution WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("WITHDRAWN");
        // it no longer funds the package
        open("/packages/" + pkg.id());
        assertThat(page.locator(".coverage").first()).containsText("0%");
        open("/audit/contribution/" + id);
        assertThat(page.locator("ol.history > li").first()).containsText("Pledge withdrawn");
        assertThat(page.locator("ol.history > li").first()).containsText("announced twice by mistake");
        assertThat(page.locator("ol.history > li").first()).containsText("Stage: Pledged → Withdrawn");
    }

    @Test
    void aPledgeIsCorrectedFromItsPageWithAReasonKeptInItsHistory() {
        fillPledge("en", "1,000,000", "EUR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();
        page.waitForURL(address -> address.contains("/packages/" + pkg.id()));
        UUID id = jdbc.sql("SELECT id FROM contribution WHERE package_id = :id").param("id", pkg.id())
                .query(UUID.class).single();
        open("/contributions/" + id);
        page.getByLabel("Amount pledged, in EUR").fill("1,250,000");
        page.getByLabel("Pledge date").fill("2025-08-04");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save correction")).click();
        // without a reason nothing changes, and the page says so beside the field
        assertThat(page.locator("#correct-reason-error")).hasText("Say why the pledge is corrected.");
        assertThat(page.getByLabel("Amount pledged, in EUR").inputValue()).startsWith("1,250,000");
        page.getByLabel("Reason for the correction").fill("the ministry's statement said 1.25 million");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save correction")).click();
        assertThat(page.locator(".notice")).containsText("Pledge corrected");
        assertThat(page.locator(".timeline")).containsText("1,250,000.00 EUR");
        assertThat(pledges()).hasSize(1);
        assertThat(pledges().get(0)).isEqualByComparingTo("1250000");
        open("/audit/contribution/" + id);
        assertThat(page.locator("ol.history > li").first()).containsText("Pledge corrected");
        assertThat(page.locator("ol.history > li").first()).containsText("the ministry's statement said 1.25 million");
    }

    @Test
    void aPoolPledgeKeepsTheProgramAndCategoryChosenOnTheFormAndItsPageShowsThem() {
        open("/contributions/new?lang=en");
        // the defaults are the API's: PURL, and no category of its own
        assertThat(page.getByLabel("PURL", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.locator("#category")).hasValue("");
        String amount = (1_000_000 + new java.util.Random().nextInt(1_000_000)) + ".37";
        page.locator("#lead").selectOption(new SelectOption().setValue(organisations.byCode("NLD").orElseThrow().id()
                .toString()));
        page.locator("#amount").fill(amount);
        page.locator("#currency").fill("EUR");
        page.locator("#announcedOn").fill("2025-08-05");
        page.getByLabel("Other programs").check();
        page.getByLabel("Category of the general pool’s money").selectOption("DRONES_AND_COUNTER_DRONE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();

        page.waitForURL(address -> address.matches(".*/contributions/[0-9a-f-]{36}.*"));
        assertThat(page.locator("#program")).hasText("Other programs");
        assertThat(page.locator("#category")).hasText("Drones and counter-drone");
        var stored = jdbc.sql("""
                SELECT program, category FROM contribution WHERE package_id IS NULL AND pledged_amount = :amount""")
                .param("amount", new BigDecimal(amount)).query().singleRow();
        assertThat(stored.get("program")).isEqualTo("OTHER");
        assertThat(stored.get("category")).isEqualTo("DRONES_AND_COUNTER_DRONE");
        page.navigate(page.url().replaceAll("\\?.*", "") + "?lang=uk");
        assertThat(page.locator("#program")).hasText("Інші програми");
    }

    @Test
    void aPackagePledgeWithAnotherProgramOrACategoryIsRefusedBesideEachFieldInBothLanguages() {
        for (String lang : List.of("en", "uk")) {
            fillPledge(lang, "1", "EUR");
            page.locator("input[name=program][value=OTHER]").check();
            page.locator("#category").selectOption("ARTILLERY_AMMUNITION");
            page.locator("form[action$='/contributions'] button[type=submit]").click();

            assertThat(page.locator("#program-error")).containsText(lang.equals("en")
                    ? "A package is a PURL tranche: money for it goes through PURL."
                    : "Пакет — це транш PURL: кошти на нього йдуть через PURL.");
            assertThat(page.locator("#category-error")).containsText(lang.equals("en")
                    ? "a category of its own is for the general pool" : "власна категорія — лише для загального пулу");
            // the choices made stay chosen for the correction
            assertThat(page.locator("input[name=program][value=OTHER]")).isChecked();
        }
        assertThat(pledges()).isEmpty();
        // a package pledge left at the defaults is PURL without a category of its own, as through the API
        fillPledge("en", "2", "EUR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record pledge")).click();
        page.waitForURL(address -> address.contains("/packages/" + pkg.id()));
        var stored = jdbc.sql("SELECT program, category FROM contribution WHERE package_id = :id").param("id", pkg.id())
                .query().singleRow();
        assertThat(stored.get("program")).isEqualTo("PURL");
        assertThat(stored.get("category")).isNull();
    }

    @Test
    void aRateIsTypedWithADecimalCommaOnTheUkrainianPage() {
        signOut();
        signInAs(TestUsers.COORDINATOR);
        open("/exchange-rates?lang=uk");
        page.locator("#currency").fill("CHF");
        page.locator("#date").fill("2025-08-06");
        page.locator("#unitsPerEur").fill("0,8700");
        page.locator("#source").fill("test");
        page.locator("#unitsPerEur").press("Enter");
        assertThat(page.locator(".notice")).isVisible();
        assertThat(jdbc.sql("SELECT units_per_eur FROM exchange_rate WHERE currency = 'CHF' AND rate_date = '2025-08-06'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("0.87");
    }
}
