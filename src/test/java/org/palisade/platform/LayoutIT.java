package org.palisade.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.palisade.testing.BrowserTest;

/** The shared layout in a real browser: landmarks, keyboard use, the language switch, errors, narrow screens. */
class LayoutIT extends BrowserTest {

    @Test
    void everyPageHasLandmarksAndTheSectionsNavigation() {
        open("/");
        assertThat(page.locator("header.site-header")).isVisible();
        assertThat(page.locator("main#main")).isVisible();
        assertThat(page.locator("footer")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        var sections = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections"));
        assertThat(sections.getByRole(AriaRole.LINK)).hasText(new String[] {"Dashboard", "Public ledger",
                "Requirements", "Packages", "Contributions", "Deliveries", "Sources", "Organisations", "Exchange rates"});
        // the current section is marked for screen readers and not by colour alone
        assertThat(sections.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Dashboard"))).hasAttribute("aria-current", "page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Dashboard");
        screenshot("layout");
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndLeadsToTheContent() {
        open("/");
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        assertThat(page.locator(".skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
    }

    @Test
    void switchingToUkrainianTranslatesThePageAndIsRemembered() {
        open("/");
        languages().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("УКР").setExact(true)).click();
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        assertThat(page.locator("h1")).hasText("Огляд");
        assertThat(page.locator("nav.sections")).containsText("Пакети");
        screenshot("layout-uk");

        open("/");
        assertThat(page.locator("h1")).hasText("Огляд");

        languages().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("EN").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Dashboard");
    }

    private Locator languages() {
        return page.locator("nav.languages");
    }

    @Test
    void anUnknownAddressShowsTheErrorPageWithoutInternals() {
        Response response = page.navigate(url("/no-such-page?x=1"));
        expectErrorsInConsole();
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
        String html = page.content();
        assertThat(html).doesNotContain("Exception", "at org.", "Whitelabel", "trace");
        // the language switch stays on the page that failed
        assertThat(page.locator("nav.languages a[lang=uk]")).hasAttribute("href", "/no-such-page?lang=uk");
        screenshot("error-404");

        page.navigate(url("/no-such-page?lang=uk"));
        expectErrorsInConsole();
        assertThat(page.locator("h1")).hasText("Сторінку не знайдено");
    }

    @Test
    void theLayoutFitsA375PixelScreenWithTheMenuFoldedAway() {
        page.setViewportSize(375, 800);
        open("/");
        assertFitsNarrowScreen();
        // brand, languages and the menu button on one line: the page's heading starts near the top
        assertThat(page.locator("header.site-header").boundingBox().height).isLessThan(70);
        assertThat(page.locator("nav.sections")).isHidden();
        Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        assertThat(menu).hasAttribute("aria-expanded", "false");
        menu.click();
        assertThat(menu).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("nav.sections")).isVisible();
        assertThat(page.locator(".account")).containsText("Sign in");
        screenshot("layout-375-menu");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Packages")).click();
        assertThat(page.locator("h1")).hasText("Packages");
    }

    @Test
    void anAddressWithATrailingSlashLeadsToThePage() {
        open("/requirements/");
        assertThat(page).hasURL(url("/requirements"));
        assertThat(page.locator("h1")).hasText("Requirements");
    }

    @Test
    void onAWideScreenTheMenuIsAlwaysOpenAndHasNoButton() {
        open("/");
        assertThat(page.locator("nav.sections")).isVisible();
        assertThat(page.locator(".menu-toggle")).isHidden();
    }
}
