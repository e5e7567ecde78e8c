package org.palisade.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every form that records or moves something does it once, however often it is sent: its button is disabled while
 * sending, and the key the server put in the rendered form makes a second sending go where the first went.
 */
class FormsSentTwiceIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Packages packages;
    @Autowired
    Organisations organisations;

    /** Sends the form twice at once, past its button, as a resend or a second tab would; answers the two outcomes. */
    private List<String> sendTwiceAtOnce(String formSelector) {
        Object statuses = page.evaluate("""
                async (selector) => {
                  const form = document.querySelector(selector);
                  const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                                                         redirect: 'manual'});
                  const answers = await Promise.all([send(), send()]);
                  return answers.map(a => a.type);
                }""", formSelector);
        return ((List<?>) statuses).stream().map(String::valueOf).toList();
    }

    @Test
    void aDoubleClickOnProposePackageBuildsOnePackage() {
        signInAs(TestUsers.COORDINATOR);
        String name = "Twice clicked " + UUID.randomUUID();
        open("/packages/new");
        page.getByLabel("Name").fill(name);
        page.locator("#targetAmount").fill("1,000,000");
        page.locator("#targetCurrency").fill("EUR");
        page.locator("#owner").selectOption("NATO");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose package")).dblclick();
        page.waitForURL(address -> address.matches(".*/packages/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).containsText(name);
        assertThat(jdbc.sql("SELECT count(*) FROM aid_package WHERE name = :name").param("name", name)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aPackageFormSentTwiceAtOnceBuildsOnePackage() {
        signInAs(TestUsers.COORDINATOR);
        String name = "Sent twice " + UUID.randomUUID();
        open("/packages/new");
        page.getByLabel("Name").fill(name);
        page.locator("#targetAmount").fill("2,000,000");
        page.locator("#targetCurrency").fill("EUR");
        page.locator("#owner").selectOption("NATO");
        assertThat(sendTwiceAtOnce("form[action$='/packages']")).containsExactly("opaqueredirect", "opaqueredirect");
        assertThat(jdbc.sql("SELECT count(*) FROM aid_package WHERE name = :name").param("name", name)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRegistrationSentTwiceAtOnceRegistersOneOrganisationAndTheSecondIsToldSo() {
        signInAs(TestUsers.ADMIN);
        String code = unusedStateCode();
        open("/organisations/new");
        page.getByLabel("Name").fill("Twice sent " + code);
        page.getByLabel("Code").fill(code);
        page.getByLabel("Contributor").check();
        assertThat(sendTwiceAtOnce("form[action$='/organisations']")).containsExactly("opaqueredirect", "opaqueredirect");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE code = :code").param("code", code)
                .query(Integer.class).single()).isEqualTo(1);
        // and a double click on the button itself: the page the reader lands on is the registered organisation
        String other = unusedStateCode();
        open("/organisations/new");
        page.getByLabel("Name").fill("Twice clicked " + other);
        page.getByLabel("Code").fill(other);
        page.getByLabel("Contributor").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).dblclick();
        assertThat(page.locator("h1")).hasText("Twice clicked " + other);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE code = :code").param("code", other)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aMoveSentTwiceMovesThePackageOnceAndNeitherSendingSeesAnError() {
        UUID owner = organisations.byCode("NATO").orElseThrow().id();
        AidPackage pkg = packages.propose(new Packages.Proposal("Opened twice " + UUID.randomUUID(),
                Money.of("1000000", "EUR"), owner, Disclosure.PUBLIC, List.of()));
        signInAs(TestUsers.COORDINATOR);
        open("/packages/" + pkg.id());
        // without the form's key, the second sending would be refused as outdated by the version it carries
        assertThat(sendTwiceAtOnce("form[action$='/actions/open']")).containsExactly("opaqueredirect", "opaqueredirect");
        AidPackage after = packages.get(pkg.id());
        assertThat(after.status()).isEqualTo(PackageStatus.OPEN);
        assertThat(after.version()).isEqualTo(pkg.version() + 1);
    }

    @Test
    void everyFormThatChangesSomethingCarriesAKeyOfItsOwn() {
        UUID owner = organisations.byCode("NATO").orElseThrow().id();
        AidPackage pkg = packages.propose(new Packages.Proposal("Keyed " + UUID.randomUUID(),
                Money.of("1000000", "EUR"), owner, Disclosure.PUBLIC, List.of()));
        signInAs(TestUsers.COORDINATOR);
        for (String path : List.of("/packages/" + pkg.id(), "/packages/new", "/exchange-rates", "/account/tokens")) {
            open(path);
            Object keys = page.evaluate("""
                    () => [...document.querySelectorAll('form')].filter(f => f.method === 'post')
                            .map(f => (f.querySelector('input[name=formKey]') || {}).value || 'none: ' + f.action)""");
            List<String> found = ((List<?>) keys).stream().map(String::valueOf).toList();
            assertThat(found).as("form keys on " + path).isNotEmpty().noneMatch(k -> k.startsWith("none"));
            assertThat(new HashSet<>(found)).as("one key per form on " + path).hasSameSizeAs(found);
        }
    }

    private String unusedStateCode() {
        List<String> taken = jdbc.sql("SELECT code FROM organisation").query(String.class).list();
        List<String> free = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream()
                .filter(c -> !taken.contains(c)).toList();
        return free.get(ThreadLocalRandom.current().nextInt(free.size()));
    }
}
