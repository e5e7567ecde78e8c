package org.palisade.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;

class TokenPagesIT extends BrowserTest {

    @Test
    void aTokenIsCreatedOnItsPageShownOnceUsedOnTheApiAndRevoked() {
        signInAs(TestUsers.CONTRIBUTOR_DEU);
        open("/account");
        page.locator("#account-tokens").click();
        assertThat(page.locator("h1")).hasText("Access tokens");
        assertEveryFieldHasALabel();

        page.getByLabel("Name").fill("spreadsheet import");
        page.getByLabel("Expires after").selectOption("7");
        page.getByLabel("Read only").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();

        assertThat(page.locator(".token-created h2")).hasText("Token \"spreadsheet import\" created");
        String secret = page.getByLabel("Your new token").inputValue();
        assertThat(secret).startsWith("pal_");
        assertThat(page.locator("#tokens tbody tr").first()).containsText("spreadsheet import");
        assertThat(page.locator("#tokens tbody tr").first()).containsText("Read only");
        assertThat(page.locator("#tokens tbody tr").first()).containsText("never");
        assertEveryFieldHasALabel();
        screenshot("tokens-created");
        assertFitsNarrowScreen();
        page.setViewportSize(1280, 900);

        Api api = new Api(port).withBearer(secret);
        assertThat(api.get("/api/v1/me").json().path("username").asText()).isEqualTo(TestUsers.CONTRIBUTOR_DEU);

        // the secret is not shown again
        open("/account/tokens");
        assertThat(page.locator(".token-created")).hasCount(0);
        assertThat(page.content()).doesNotContain(secret);
        assertThat(page.locator("#tokens tbody tr").first()).not().containsText("never");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke spreadsheet import")).first().click();
        assertThat(page.locator(".notice")).hasText("Token \"spreadsheet import\" revoked: it no longer works.");
        assertThat(page.locator("#tokens tbody tr").first()).containsText("Revoked");
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aNamelessTokenIsRefusedBesideTheFieldInUkrainian() {
        signInAs(TestUsers.AUDITOR);
        open("/account/tokens?lang=uk");
        assertThat(page.locator("h1")).hasText("Токени доступу");
        page.getByLabel("Назва").fill("   ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Створити токен")).click();

        assertThat(page.locator("#name-error")).hasText("Дайте токену назву від 1 до 100 символів.");
        assertThat(page.getByLabel("Назва")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".token-created")).hasCount(0);
        assertFitsNarrowScreen();
        screenshot("tokens-uk-375");
    }

    @Test
    void visitorsAreSentToSignIn() {
        page.navigate(url("/account/tokens"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }
}
