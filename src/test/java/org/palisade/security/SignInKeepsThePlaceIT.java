package org.palisade.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;

/** A visitor who opens a form signs in first and comes back to it; a wrong password keeps the username. */
class SignInKeepsThePlaceIT extends BrowserTest {

    @Test
    void aVisitorOpeningAFormSignsInFirstAndReturnsToIt() {
        page.navigate(url("/contributions/new"));
        page.waitForURL(address -> address.contains("/login"));
        assertThat(page.locator("h1")).hasText("Sign in to Palisade");

        page.getByLabel("Username").fill(TestUsers.CONTRIBUTOR_NLD);
        page.getByLabel("Password").fill("not the password");
        signInButton().click();
        page.waitForURL(address -> address.contains("/login?error"));
        // only the password is typed again
        assertThat(page.getByLabel("Username")).hasValue(TestUsers.CONTRIBUTOR_NLD);
        assertThat(page.getByLabel("Password")).hasValue("");
        assertThat(page.getByLabel("Password")).isFocused();

        page.getByLabel("Password").fill(TestUsers.PASSWORD);
        signInButton().click();
        page.waitForURL(address -> address.contains("/contributions/new"));
        assertThat(page.locator("form")).not().hasCount(0);
        assertThat(page.locator(".account")).containsText(TestUsers.CONTRIBUTOR_NLD);
    }

    @Test
    void everyFormPageAsksAVisitorToSignIn() {
        for (String form : new String[] {"/packages/new", "/organisations/new"}) {
            page.navigate(url(form));
            page.waitForURL(address -> address.contains("/login"));
            assertThat(page.locator("h1")).hasText("Sign in to Palisade");
        }
    }

    private com.microsoft.playwright.Locator signInButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true));
    }
}
