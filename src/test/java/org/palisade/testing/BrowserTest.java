package org.palisade.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test that drives the pages in Debian's Chromium through Playwright, against the real application on a
 * random port. One browser per test class (starting it costs about a second); a fresh context per test, so
 * cookies such as the language never leak between tests. A test fails when the page logs a script error.
 */
@PalisadeTest
public abstract class BrowserTest {

    /** Debian's Chromium: Playwright must never download a browser of its own. */
    static final Path CHROMIUM = Path.of(System.getProperty("palisade.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;
    @Autowired
    private JdbcClient database;
    /** One user per role (see {@link TestUsers}), created once and kept: every browser test may sign in. */
    protected TestUsers users;
    protected BrowserContext context;
    protected Page page;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        assertThat(CHROMIUM).as("Chromium for browser tests (apt-get install chromium; .ci/run does this)").exists();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        users = new TestUsers(database).seed();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale("en-GB"));
        // a page that never answers should fail the test quickly, not after Playwright's 30 s default
        context.setDefaultTimeout(10_000);
        page = context.newPage();
        page.onPageError(error -> scriptErrors.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                scriptErrors.add("console: " + message.text() + " at " + message.location());
            }
        });
    }

    @AfterEach
    void closeContext() {
        try {
            assertThat(scriptErrors).as("script errors and failed loads in the browser").isEmpty();
        } finally {
            context.close();
        }
    }

    /**
     * Signs in through the sign-in page as a test user (password {@link TestUsers#PASSWORD}); changes need a
     * signed-in user with the right role, reading does not.
     */
    protected void signInAs(String username) {
        page.navigate(url("/login?lang=en"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(TestUsers.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(address -> !address.contains("/login"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".account")).containsText(username);
    }

    /** Signs out with the button in the page header. */
    protected void signOut() {
        page.locator(".account button").click();
        page.waitForURL(address -> address.contains("/login?logout"));
    }

    /** The absolute address of a path on the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and checks that it answered 200. */
    protected Page open(String path) {
        Response response = page.navigate(url(path));
        assertThat(response.status()).as("status of " + path).isEqualTo(200);
        return page;
    }

    /** Forgets console errors so far: for tests that load an error page on purpose. */
    protected void expectErrorsInConsole() {
        scriptErrors.clear();
    }

    /** Saves a full-page screenshot as target/screenshots/{name}.png and returns its path. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        assertThat(file).isNotEmptyFile();
        return file;
    }

    /** Renders the current page 375 px wide and checks nothing forces the reader to scroll sideways. */
    protected void assertFitsNarrowScreen() {
        page.setViewportSize(375, 800);
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        // name the elements that stick out, so a failure says where to look
        Object wide = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > 376)
                  .slice(0, 5)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                        + ' ' + Math.round(e.getBoundingClientRect().right) + ' in ' + e.parentElement.tagName.toLowerCase()
                        + '.' + e.parentElement.className + ' (overflow-x ' + getComputedStyle(e.parentElement).overflowX + ')')""");
        assertThat(scrollWidth).as("page width at 375 px on " + page.url() + "; too wide: " + wide)
                .isLessThanOrEqualTo(375);
    }

    /** Every input, select and textarea has a label (or an aria-label) a screen reader can announce. */
    protected void assertEveryFieldHasALabel() {
        Object unlabelled = page.evaluate("""
                () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                  .filter(f => f.labels.length === 0 && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby'))
                  .map(f => f.name || f.id || f.outerHTML)""");
        assertThat((List<?>) unlabelled).as("fields without a label on " + page.url()).isEmpty();
    }
}
