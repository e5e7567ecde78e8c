package org.palisade.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.security.Disclosure;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.Fixtures;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Every list sorts by its column headings (or, where they are out of sight, a "Sort by" choice), filters kept. */
class ListSortingIT extends BrowserTest {

    /** The list pages and the columns each offers. */
    static final Map<String, List<String>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("/packages", List.of("number", "name", "status", "created"));
        LISTS.put("/contributions", List.of("announced", "pledged", "stage"));
        LISTS.put("/organisations", List.of("code", "name", "type"));
        LISTS.put("/requirements/versions", List.of("number", "status", "items", "updated", "approved"));
        LISTS.put("/sources", List.of("published", "title", "outlet", "kind", "language"));
        LISTS.put("/claims/conflicts", List.of("detected", "field"));
        LISTS.put("/deliveries", List.of("number", "expected"));
        LISTS.put("/imports", List.of("started", "number", "file", "status", "contributions"));
        LISTS.put("/exchange-rates", List.of("date", "currency"));
    }

    @Autowired
    Packages packages;
    @Autowired
    Contributions contributions;
    @Autowired
    Fixtures fixtures;

    private AidPackage threePledges() {
        fixtures.usdRates();
        AidPackage pkg = packages.propose(new Packages.Proposal("Sorted " + UUID.randomUUID(), Money.of("9000000", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        packages.open(pkg.id(), null, null);
        UUID nld = fixtures.contributor("NLD");
        int day = 1;
        for (String amount : List.of("3333333", "1111111", "2222222")) {
            contributions.pledge(new Contributions.Pledge(List.of(nld), Money.of(amount, "EUR"), pkg.id(), null,
                    Disclosure.PUBLIC, LocalDate.of(2025, 8, day++), null, null, null));
        }
        return pkg;
    }

    private Locator rows() {
        return page.locator("table tbody tr");
    }

    @Test
    void aHeadingSortsByItsColumnThenTheOtherWayRoundAndTheFiltersStay() {
        AidPackage pkg = threePledges();
        open("/contributions?lang=en&stage=PLEDGED&packageId=" + pkg.id());
        assertThat(page.locator("th[aria-sort=descending]")).containsText("Announced");
        assertThat(rows().first()).containsText("2,222,222.00 EUR");

        page.locator("th a", new Page.LocatorOptions().setHasText("Pledged")).click();
        assertThat(page.locator("th[aria-sort=descending]")).containsText("Pledged");
        assertThat(page.locator("th[aria-sort=none]").first()).containsText("Announced");
        assertThat(rows().first()).containsText("3,333,333.00 EUR");
        assertThat(rows().last()).containsText("1,111,111.00 EUR");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*stage=PLEDGED.*packageId=" + pkg.id() + ".*sort=pledged,desc"));

        page.locator("th a", new Page.LocatorOptions().setHasText("Pledged")).click();
        assertThat(page.locator("th[aria-sort=ascending]")).containsText("Pledged");
        assertThat(rows().first()).containsText("1,111,111.00 EUR");
        assertThat(rows()).hasCount(3);
        // the filter form keeps the order too
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("th[aria-sort=ascending]")).containsText("Pledged");
        // the other spelling of a direction, and a column the list does not offer (the default instead, no error)
        open("/contributions?packageId=" + pkg.id() + "&sort=pledged&dir=asc");
        assertThat(rows().first()).containsText("1,111,111.00 EUR");
        open("/contributions?packageId=" + pkg.id() + "&sort=c.id;drop&dir=desc");
        assertThat(page.locator("th[aria-sort=descending]")).containsText("Announced");
        // the "Sort by" choice is for phones: beside the table on a wide screen the headings do it
        assertThat(page.locator("form.sort-choice")).isHidden();
    }

    @Test
    void onAPhoneTheTableIsCardsAndASortByChoiceSortsIt() {
        AidPackage pkg = threePledges();
        page.setViewportSize(375, 800);
        open("/contributions?lang=en&packageId=" + pkg.id());
        Locator choice = page.getByLabel("Sort by");
        assertThat(choice).isVisible();
        choice.selectOption("pledged,asc");
        page.locator("form.sort-choice button").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*packageId=" + pkg.id() + ".*sort=pledged(,|%2C)asc.*"));
        assertThat(page.locator("table.cards-on-narrow tbody tr").first().locator("td.card-first"))
                .containsText("1,111,111.00 EUR");
        assertThat(page.getByLabel("Sort by")).hasValue("pledged,asc");
        assertFitsNarrowScreen();
        assertEveryFieldHasALabel();

        open("/contributions?packageId=" + pkg.id() + "&lang=uk");
        assertThat(page.locator("form.sort-choice")).containsText("Сортувати за");
        assertThat(page.locator("form.sort-choice option[value='pledged,desc']")).containsText("за спаданням");
    }

    @Test
    void thePackageCardsSortByAChoiceThatTheirPagesAndStatusFilterKeep() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 21; i++) {
            AidPackage p = packages.propose(new Packages.Proposal("Sorted cards " + tag + " " + (100 + i),
                    Money.of("1000000", "EUR"), fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
            packages.open(p.id(), null, null);
        }
        open("/packages?lang=en&status=OPEN");
        Locator choice = page.getByLabel("Sort by");
        assertThat(choice).isVisible();
        choice.selectOption("name,desc");
        page.locator("form.sort-choice button").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*status=OPEN.*sort=name(,|%2C)desc.*"));
        List<String> first = page.locator(".package-card h2").allTextContents();
        Locator next = page.locator("a[rel=next]");
        assertThat(next).hasAttribute("href", java.util.regex.Pattern.compile(".*status=OPEN.*sort=name,desc.*page=1"));
        next.click();
        List<String> second = page.locator(".package-card h2").allTextContents();
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(page.getByLabel("Sort by")).hasValue("name,desc");
        assertThat(page.getByLabel("Status")).hasValue("OPEN");
    }

    @Test
    void everyListAnswersEveryColumnInBothDirections() {
        // a user of its own: other tests may lock or sign out the shared ones
        users.create("lists-coordinator", "NATO", org.palisade.security.Role.COORDINATOR);
        signInAs("lists-coordinator");
        for (var list : LISTS.entrySet()) {
            for (String key : list.getValue()) {
                for (String dir : List.of("asc", "desc")) {
                    String path = list.getKey() + "?sort=" + key + "," + dir + "&lang=en";
                    Response response = page.navigate(url(path));
                    org.assertj.core.api.Assertions.assertThat(response.status()).as(path).isEqualTo(200);
                    Locator sorted = page.locator("th[aria-sort=" + (dir.equals("asc") ? "ascending" : "descending") + "]");
                    Locator choice = page.locator("select[name=sort]");
                    if (choice.count() > 0) {
                        // a list with rows: its heading (if it is a table) and its Sort by choice say the order
                        org.assertj.core.api.Assertions.assertThat(choice.inputValue()).as(path).isEqualTo(key + "," + dir);
                        org.assertj.core.api.Assertions.assertThat(sorted.count()).as(path)
                                .isEqualTo(page.locator("table th[aria-sort]").count() > 0 ? 1 : 0);
                    }
                }
            }
        }
    }

    @Test
    void organisationsAreNamedAndSortedInTheReadersLanguage() {
        fixtures.contributor("DNK");
        fixtures.contributor("NLD");
        for (String lang : List.of("uk", "en")) {
            java.text.Collator alphabet = java.text.Collator.getInstance(java.util.Locale.forLanguageTag(lang));
            open("/organisations?sort=name,asc&lang=" + lang);
            List<String> names = page.locator("table tbody tr td:nth-child(2)").allTextContents();
            assertThat(names).as(lang).isNotEmpty().isSortedAccordingTo(alphabet);
            // the shared test register is long: Denmark's row, named in the page's language, on its page by code
            Locator denmark = page.locator("table tbody tr", new Page.LocatorOptions().setHasText("DNK"));
            for (int p = 0; p < 50 && denmark.count() == 0; p++) {
                open("/organisations?sort=code,asc&page=" + p);
            }
            assertThat(denmark.locator("td").nth(1)).hasText(lang.equals("uk") ? "Данія" : "Denmark");
            open("/organisations?sort=name,desc&lang=" + lang);
            assertThat(page.locator("table tbody tr td:nth-child(2)").allTextContents()).as(lang)
                    .isSortedAccordingTo(alphabet.reversed());
        }
    }
}
