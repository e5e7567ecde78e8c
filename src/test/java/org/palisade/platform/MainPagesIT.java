package org.palisade.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;

/**
 * Every main page, checked the same way: one level-one heading, a label on every field, nothing wider than a
 * 375 px screen, and a Ukrainian version whose heading is really translated. Saves a narrow screenshot of each.
 */
class MainPagesIT extends BrowserTest {

    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("dashboard", "/");
        PAGES.put("requirements", "/requirements");
        PAGES.put("requirement-versions", "/requirements/versions");
        PAGES.put("packages", "/packages");
        PAGES.put("package-new", "/packages/new");
        PAGES.put("contributions", "/contributions");
        PAGES.put("contribution-new", "/contributions/new");
        PAGES.put("organisations", "/organisations");
        PAGES.put("organisation-new", "/organisations/new");
        PAGES.put("exchange-rates", "/exchange-rates");
        PAGES.put("sources", "/sources");
        PAGES.put("source-new", "/sources/new");
        PAGES.put("claim-conflicts", "/claims/conflicts");
        PAGES.put("articles", "/articles");
        PAGES.put("article-new", "/articles/new");
    }

    @Test
    void visitorsAreOfferedNothingTheyCannotDoAndRolesSeeTheirOwnActions() {
        for (String path : new String[] {"/", "/requirements", "/packages", "/contributions", "/organisations",
                "/exchange-rates", "/sources", "/claims/conflicts"}) {
            open(path);
            assertThat(page.locator("main form[method=post]")).hasCount(0);
        }
        assertThat(page.locator(".account")).containsText("Sign in");

        signInAs(TestUsers.ADMIN);
        open("/organisations");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register an organisation"))).isVisible();
        open("/packages");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Build a package"))).hasCount(0);

        signOut();
        signInAs(TestUsers.COORDINATOR);
        open("/packages");
        // the empty list offers it once more beside its empty state
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Build a package")).first()).isVisible();
        open("/exchange-rates");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))).isVisible();
    }

    @Test
    void everyMainPageIsLabelledFitsA375PixelScreenAndReadsInUkrainian() {
        // form pages are shown to signed-in users only (visitors are sent to sign in first)
        signInAs(TestUsers.COORDINATOR);
        page.setViewportSize(375, 800);
        PAGES.forEach((name, path) -> {
            open(path);
            assertThat(page.locator("h1")).hasCount(1);
            assertThat(page.locator("main#main")).hasCount(1);
            assertEveryFieldHasALabel();
            assertFitsNarrowScreen();
            String english = page.locator("h1").textContent();
            screenshot(name + "-375");

            open(path + (path.contains("?") ? "&" : "?") + "lang=uk");
            assertThat(page.locator("html")).hasAttribute("lang", "uk");
            assertThat(page.locator("h1").textContent()).as("heading of " + path + " in Ukrainian")
                    .isNotEqualTo(english).matches("(?s).*\\p{IsCyrillic}.*");
            open(path + "?lang=en");
        });
    }
}
