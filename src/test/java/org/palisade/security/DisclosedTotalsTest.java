package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Totals shown to someone who may not see every contribution: undisclosed money counts only in totals marked
 * "includes undisclosed contributions", and never where it is one nation's amount.
 */
@PalisadeTest
class DisclosedTotalsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Packages packages;
    @Autowired
    Contributions contributions;

    UUID packageId;

    /** A package with 100 EUR from the Netherlands in public and 50 EUR from Germany in confidence. */
    @BeforeEach
    void packageWithOneConfidentialContributor() {
        new TestUsers(jdbc).seed();
        AidPackage p = packages.propose(new Packages.Proposal("Totals " + UUID.randomUUID(), Money.of("1000", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        packageId = p.id();
        pledge("NLD", "100", Disclosure.PUBLIC);
        pledge("DEU", "50", Disclosure.CONFIDENTIAL);
    }

    private void pledge(String code, String amount, Disclosure disclosure) {
        contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor(code)), Money.of(amount, "EUR"),
                packageId, null, disclosure, LocalDate.of(2025, 8, 5), null));
    }

    private JsonNode coverage(Api api) {
        return api.get("/api/v1/packages/" + packageId + "/coverage").json();
    }

    private static String pledged(JsonNode coverage) {
        return coverage.path("pledged").path("total").path("amount").decimalValue().stripTrailingZeros().toPlainString();
    }

    @Test
    void aSingleConfidentialContributorIsLeftOutOfTotalsSoItsAmountCannotBeWorkedOut() {
        JsonNode visitor = coverage(new Api(port));
        JsonNode dutch = coverage(new Api(port).as(TestUsers.CONTRIBUTOR_NLD));
        JsonNode coordinator = coverage(new Api(port).as(TestUsers.COORDINATOR));

        assertThat(pledged(visitor)).isEqualTo("100");
        assertThat(visitor.path("includesUndisclosedContributions").asBoolean()).isFalse();
        assertThat(pledged(dutch)).isEqualTo("100");
        assertThat(pledged(coordinator)).isEqualTo("150");
        assertThat(coordinator.path("includesUndisclosedContributions").asBoolean()).isFalse();
    }

    @Test
    void undisclosedMoneyOfSeveralNationsCountsInATotalMarkedAsIncludingIt() {
        pledge("POL", "30", Disclosure.CONFIDENTIAL);

        JsonNode visitor = coverage(new Api(port));
        JsonNode dutch = coverage(new Api(port).as(TestUsers.CONTRIBUTOR_NLD));
        JsonNode german = coverage(new Api(port).as(TestUsers.CONTRIBUTOR_DEU));
        JsonNode auditor = coverage(new Api(port).as(TestUsers.AUDITOR));

        assertThat(pledged(visitor)).isEqualTo("180");
        assertThat(visitor.path("includesUndisclosedContributions").asBoolean()).isTrue();
        assertThat(pledged(dutch)).isEqualTo("180");
        assertThat(dutch.path("includesUndisclosedContributions").asBoolean()).isTrue();
        // Germany sees its own 50: what it may not see is Poland's alone, so it is left out
        assertThat(pledged(german)).isEqualTo("150");
        assertThat(german.path("includesUndisclosedContributions").asBoolean()).isFalse();
        assertThat(pledged(auditor)).isEqualTo("180");
        assertThat(auditor.path("includesUndisclosedContributions").asBoolean()).isFalse();
    }

    @Test
    void coalitionMoneyIsUndisclosedToVisitorsButCountsForSignedInUsers() {
        pledge("POL", "20", Disclosure.COALITION);

        JsonNode visitor = coverage(new Api(port));
        JsonNode planner = coverage(new Api(port).as(TestUsers.PLANNER));

        // for a visitor the undisclosed money is Germany's and Poland's: counted, and marked
        assertThat(pledged(visitor)).isEqualTo("170");
        assertThat(visitor.path("includesUndisclosedContributions").asBoolean()).isTrue();
        // the planner sees Poland's coalition money; Germany's confidential 50 alone stays out
        assertThat(pledged(planner)).isEqualTo("120");
        assertThat(planner.path("includesUndisclosedContributions").asBoolean()).isFalse();
    }

    @Test
    void thePackageListShowsTheSameTotalsAsThePackage() {
        JsonNode page = new Api(port).get("/api/v1/packages?size=200&sort=number,desc").json();
        JsonNode listed = null;
        for (JsonNode p : page.path("items")) {
            if (p.path("id").asText().equals(packageId.toString())) {
                listed = p.path("coverage");
            }
        }

        assertThat(listed).isNotNull();
        assertThat(pledged(listed)).isEqualTo("100");
        assertThat(listed.path("includesUndisclosedContributions").asBoolean()).isFalse();
    }
}
