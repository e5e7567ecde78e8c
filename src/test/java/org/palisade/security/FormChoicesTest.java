package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PageClient;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forms offer only what the person may choose, by the same permission rules the use cases enforce; a choice
 * refused anyway comes back on the form, input kept, with the reason beside its field. The API's allowed
 * actions are those of the person asking.
 */
@PalisadeTest
class FormChoicesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    Packages packages;
    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void seed() {
        new TestUsers(jdbc).seed();
        fixtures.usdRates();
        // other tests lock users out on purpose: these sign in as people who are not
        jdbc.sql("delete from sign_in_failure").update();
    }

    private PageClient signedIn(String user) {
        PageClient browser = new PageClient(port);
        assertThat(browser.signIn(user, TestUsers.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return browser;
    }

    private UUID id(String code) {
        return organisations.byCode(code).map(Organisation::id).orElseThrow();
    }

    /** The values of the options of a select, and the one selected. */
    private static List<String> options(String page, String selectId) {
        Matcher select = Pattern.compile("<select[^>]*id=\"" + selectId + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as("select " + selectId).isTrue();
        return Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(1)).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void aCoordinatorAssemblesPackagesOnlyInTheNameOfTheirOwnOrganisation() {
        String form = signedIn(TestUsers.COORDINATOR).get("/packages/new").body();
        assertThat(options(form, "owner")).containsExactly("NATO");
    }

    @Test
    void aContributorLeadsOnlyPledgesOfTheirOwnNationAndItIsChosenForThem() {
        String nld = id("NLD").toString();
        String form = signedIn(TestUsers.CONTRIBUTOR_NLD).get("/contributions/new").body();

        assertThat(options(form, "lead")).containsExactly(nld);
        assertThat(form).containsPattern("<option value=\"" + nld + "\" selected=\"selected\"");
        // "together with" never lists the lead
        assertThat(form).doesNotContainPattern("type=\"checkbox\" value=\"" + nld + "\"[^>]*name=\"partners\"");
        // every other contributing nation is offered, however many organisations this database holds
        assertThat(form).containsPattern("type=\"checkbox\" value=\"" + id("DEU") + "\"[^>]*name=\"partners\"");
    }

    @Test
    void someoneWhoMayLeadNoPledgeIsToldSoInsteadOfBeingHandedTheForm() {
        for (String user : List.of(TestUsers.COORDINATOR, TestUsers.PLANNER, TestUsers.SUPPLIER)) {
            String page = signedIn(user).get("/contributions/new").body();
            assertThat(page).as(user).contains("Pledges are recorded by the users of a contributing nation")
                    .doesNotContain("name=\"lead\"").doesNotContain("Record pledge");
        }
        assertThat(signedIn(TestUsers.CONTRIBUTOR_NLD).get("/contributions/new").body())
                .contains("name=\"lead\"").doesNotContain("Pledges are recorded by the users of a contributing nation");
    }

    @Test
    void aLeadSentAnywayComesBackOnTheFormWithTheReasonAndTheInputKept() {
        PageClient nld = signedIn(TestUsers.CONTRIBUTOR_NLD);
        nld.get("/contributions/new");

        HttpResponse<String> refused = nld.post("/contributions", Map.of("lead", id("DEU").toString(),
                "amount", "1234567", "currency", "EUR", "disclosure", "PUBLIC", "announcedOn", "2025-09-01"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"lead-error\"")
                .contains("You record pledges led by your own nation; choose it as the lead.")
                .contains("value=\"1,234,567\""); // kept, in the reader's notation
    }

    @Test
    void theActionsAPackageAllowsAreThoseOfThePersonAsking() {
        AidPackage proposed = packages.propose(new Packages.Proposal("Allowed actions", Money.of("1000", "EUR"),
                id("NATO"), org.palisade.security.Disclosure.PUBLIC, List.of()));
        String path = "/api/v1/packages/" + proposed.id();

        assertThat(new Api(port).as(TestUsers.COORDINATOR).get(path).json().path("allowedActions").toString())
                .isEqualTo("[\"open\",\"cancel\"]");
        assertThat(new Api(port).as(TestUsers.SUPPLIER).get(path).json().path("allowedActions").toString())
                .isEqualTo("[]");
        assertThat(new Api(port).get(path).json().path("allowedActions").toString()).isEqualTo("[]");
    }
}
