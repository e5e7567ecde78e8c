package org.palisade.sources;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.Fixtures;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator pastes an article, sees its candidate claims with their sentences marked, edits and accepts one as a
 * new pledge, rejects the other with a reason, and finds both decisions in the queue and on the article.
 */
class ArticleReviewJourneyIT extends BrowserTest {

    /** Where the screenshots of the review pages are kept beside target/screenshots, to be looked at. */
    static final Path SHOTS = Path.of(System.getProperty("palisade.review-shots", "/tmp/shots-review"));

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private Locator card(String text) {
        return page.locator("li.candidate", new Page.LocatorOptions().setHasText(text));
    }

    private void shot(String name) {
        Path file = screenshot("articles-" + name);
        try {
            Files.createDirectories(SHOTS);
            Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anArticleIsPastedAndEachCandidateAcceptedOrRejectedByAPerson() {
        fixtures.contributor("NLD");
        fixtures.contributor("DNK");
        fixtures.usdRates();
        long millions = ThreadLocalRandom.current().nextLong(100, 900);
        String title = "Allies pay for air defence " + UUID.randomUUID().toString().substring(0, 8);

        signInAs(TestUsers.COORDINATOR);
        open("/?lang=en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Articles").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Articles to review");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import an article")).click();
        assertEveryFieldHasALabel();
        page.getByLabel("Text of the article").fill("<h1>" + title + "</h1>\n<p>The Netherlands said on Monday it "
                + "would pay EUR " + millions + " million for Patriot missiles under PURL.</p>\n<p>Denmark will "
                + "contribute DKK 1.5 billion to the package, its defence ministry said on Tuesday.</p>");
        page.getByLabel("Outlet or issuer").fill("Reuters");
        page.getByLabel("Published").fill("2025-08-06");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import and read")).click();

        assertThat(page.locator(".notice")).containsText("2 candidate claims to review");
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("li.candidate")).hasCount(2);
        assertThat(card("EUR")).containsText("waiting for review");
        assertThat(card("EUR").locator("mark")).containsText("The Netherlands said on Monday");
        assertThat(page.locator(".article-text mark")).hasCount(2);
        String article = page.url();
        page.setViewportSize(1366, 900);
        shot("article-waiting-1366-en");
        assertFitsNarrowScreen();
        page.setViewportSize(1366, 900);

        // the Dutch candidate: the amount corrected, then accepted as a new pledge
        card("EUR").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review")).click();
        assertThat(page.locator("blockquote mark")).containsText("EUR " + millions + " million");
        assertEveryFieldHasALabel();
        assertThat(page.getByLabel("Contributors")).hasValue("NLD");
        assertThat(page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true))).hasValue("2025-08-04");
        assertThat(page.getByLabel("A new pledge")).isChecked();
        shot("candidate-1366-en");
        assertFitsNarrowScreen();
        shot("candidate-375-en");
        page.navigate(page.url() + "?lang=uk");
        shot("candidate-375-uk");
        page.navigate(page.url().replace("?lang=uk", "?lang=en"));
        page.setViewportSize(1366, 900);
        page.getByLabel("Amount").fill((millions + 1) + ",000,000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept").setExact(true)).click();
        assertThat(page.locator(".notice")).containsText("accepted");
        assertThat(card("EUR")).containsText("Accepted by " + TestUsers.COORDINATOR);
        assertThat(card("EUR")).containsText("(recorded as a new pledge)");
        assertThat(card("EUR").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(
                "Claims about the contribution of Netherlands"))).isVisible();
        assertThat(card("EUR")).containsText((millions + 1) + ",000,000.00 EUR");
        BigDecimal pledged = jdbc.sql("""
                select c.pledged_amount from contribution c join candidate_claim k on k.contribution_id = c.id
                join article a on a.id = k.article_id join source s on s.id = a.source_id where s.title = :title""")
                .param("title", title).query(BigDecimal.class).single();
        assertThat(pledged).isEqualByComparingTo(BigDecimal.valueOf((millions + 1) * 1_000_000));

        // the Danish one: rejected, and not without its reason
        card("DKK").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject").setExact(true)).click();
        assertThat(page.locator("#reason").locator("xpath=..")).containsText("Give the reason");
        page.getByLabel("Reason").fill("counted in the joint package already");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject").setExact(true)).click();
        assertThat(page.locator(".notice")).containsText("rejected");
        assertThat(card("DKK")).containsText("Rejected by " + TestUsers.COORDINATOR);
        assertThat(card("DKK")).containsText("counted in the joint package already");
        assertThat(page.locator("li.candidate").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review")))
                .hasCount(0);
        page.setViewportSize(1366, 900);
        shot("article-1366-en");
        assertFitsNarrowScreen();
        shot("article-375-en");
        page.navigate(article + "?lang=uk");
        assertThat(page.locator("li.candidate").first()).containsText("Кандидат");
        shot("article-375-uk");
        page.setViewportSize(1366, 900);
        shot("article-1366-uk");

        // the queue: nothing of it waits any more; among all articles it shows both decisions
        open("/articles?lang=en");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).hasCount(0);
        open("/articles?all=true");
        Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(title));
        assertThat(row.locator("td").nth(4)).hasText("0");
        assertThat(row.locator("td").nth(5)).hasText("1");
        assertThat(row.locator("td").nth(6)).hasText("1");
        shot("queue-1366-en");
        assertFitsNarrowScreen();
        shot("queue-375-en");
        open("/articles?all=true&lang=uk");
        assertThat(page.locator("h1")).hasText("Статті на розгляд");
        assertFitsNarrowScreen();
        shot("queue-375-uk");
        page.setViewportSize(1366, 900);
        shot("queue-1366-uk");

        // the source page leads to the article's candidates
        open("/articles?all=true&lang=en");
        page.locator("tbody tr", new Page.LocatorOptions().setHasText(title)).getByRole(AriaRole.LINK).click();
        page.locator("dd a", new Page.LocatorOptions().setHasText("Source")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Candidate claims of this article")).click();
        assertThat(page.locator("h1")).hasText(title);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History of changes")).first().click();
        assertThat(page.locator("main")).containsText("imported");
    }

    @Test
    void aCandidateSentTwiceIsAcceptedOnceAndAFormLeftOpenMeanwhileIsToldWhoDecided() {
        fixtures.contributor("NLD");
        long millions = ThreadLocalRandom.current().nextLong(100, 900);
        var imported = new org.palisade.testing.Api(port).as(TestUsers.COORDINATOR).post("/api/v1/articles",
                java.util.Map.of("text", "Briefing " + UUID.randomUUID() + "\n\nThe Netherlands said on Monday it would "
                        + "pay EUR " + millions + " million for Patriot missiles under PURL.\n\nNATO said allies had sent about "
                        + "USD 1.5 billion through PURL so far.", "outlet", "Reuters",
                        "published", "2025-08-06", "language", "en"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        var candidate = imported.json().path("candidates").get(0);
        String path = "/articles/" + imported.json().path("id").asText() + "/candidates/" + candidate.path("number").asInt();

        signInAs(TestUsers.COORDINATOR);
        Page other = context.newPage();
        other.navigate(url(path + "?lang=en"));
        open(path + "?lang=en");
        Object sent = page.evaluate("""
                async () => {
                  const form = document.querySelector("form[action$='/accept']");
                  const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                                                         redirect: 'manual'});
                  const answers = await Promise.all([send(), send()]);
                  return answers.map(a => a.type);
                }""");
        assertThat(((java.util.List<?>) sent).stream().map(String::valueOf).toList()).containsExactly("opaqueredirect", "opaqueredirect");
        assertThat(jdbc.sql("""
                select count(*) from contribution c join claim cl on cl.contribution_id = c.id
                join candidate_claim k on k.claim_id = cl.id where k.id = :id""")
                .param("id", UUID.fromString(candidate.path("id").asText())).query(Long.class).single()).isEqualTo(1);

        // the form another tab kept open is refused, saying who decided
        expectErrorsInConsole();
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept").setExact(true)).click();
        assertThat(other.locator("main")).containsText("Candidate " + candidate.path("number").asInt()
                + " was already accepted by " + TestUsers.COORDINATOR);
        other.close();
        expectErrorsInConsole();

        // a cumulative figure is offered as a new pledge only with a word of warning
        var total = imported.json().path("candidates").get(1);
        assertThat(total.path("kind").asText()).isEqualTo("TOTAL");
        open("/articles/" + imported.json().path("id").asText() + "/candidates/" + total.path("number").asInt());
        assertThat(page.locator("form[action$='/accept']")).containsText("rarely a new pledge");
    }

    @Test
    void aContributorIsOfferedNoReview() {
        signInAs(TestUsers.CONTRIBUTOR_NLD);
        open("/?lang=en");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Articles").setExact(true))).hasCount(0);
        expectErrorsInConsole();
        assertThat(page.navigate(url("/articles")).status()).isEqualTo(403);
        expectErrorsInConsole();
    }
}
