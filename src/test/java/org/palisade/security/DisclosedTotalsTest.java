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
 * Totals shown to someone who may not see every contribution: undisclosed money never shows as one nation's
 * amount, neither in a bucket of its own nor as the difference between two totals.
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
    void aPackageCountsOnlyWhatTheReaderMaySeeAndSaysWhenSomethingIsWithheld() {
        JsonNode visitor = coverage(new Api(port));
        JsonNode dutch = coverage(new Api(port).as(TestUsers.CONTRIBUTOR_NLD));
        JsonNode german = coverage(new Api(port).as(TestUsers.CONTRIBUTOR_DEU));
        JsonNode coordinator = coverage(new Api(port).as(TestUsers.COORDINATOR));

        assertThat(pledged(visitor)).isEqualTo("100");
        assertThat(visitor.path("someContributionsWithheld").asBoolean()).isTrue();
        assertThat(pledged(dutch)).isEqualTo("100");
        assertThat(dutch.path("someContributionsWithheld").asBoolean()).isTrue();
        assertThat(pledged(german)).isEqualTo("150");
        assertThat(german.path("someContributionsWithheld").asBoolean()).isFalse();
        assertThat(pledged(coordinator)).isEqualTo("150");
        assertThat(coordinator.path("someContributionsWithheld").asBoolean()).isFalse();
    }

    @Test
    void undisclosedMoneyOfSeveralNationsStillStaysOutOfAPackagesTotals() {
        // counted in a package's total, it could be subtracted from the overall totals, which count it
        pledge("POL", "30", Disclosure.CONFIDENTIAL);

        JsonNode visitor = coverage(new Api(port));
        JsonNode auditor = coverage(new Api(port).as(TestUsers.AUDITOR));

        assertThat(pledged(visitor)).isEqualTo("100");
        assertThat(visitor.path("someContributionsWithheld").asBoolean()).isTrue();
        assertThat(pledged(auditor)).isEqualTo("180");
    }

    @Test
    void coalitionMoneyIsWithheldFromVisitorsOnly() {
        pledge("POL", "20", Disclosure.COALITION);

        assertThat(pledged(coverage(new Api(port)))).isEqualTo("100");
        assertThat(pledged(coverage(new Api(port).as(TestUsers.PLANNER)))).isEqualTo("120");
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
        assertThat(listed.path("someContributionsWithheld").asBoolean()).isTrue();
    }

    @Test
    void aNationWhoseMoneyIsAllConfidentialHasNoBucketInTheFiguresOfThoseWhoMayNotSeeIt() {
        String secretive = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        fixtures.contributor(secretive);
        pledge(secretive, "70", Disclosure.CONFIDENTIAL);

        JsonNode visitor = new Api(port).get("/api/v1/figures/by-contributor?stage=PLEDGED&currency=EUR").json();
        JsonNode coordinator = new Api(port).as(TestUsers.COORDINATOR)
                .get("/api/v1/figures/by-contributor?stage=PLEDGED&currency=EUR").json();

        assertThat(visitor.path("buckets").findValuesAsString("key")).doesNotContain(secretive);
        assertThat(coordinator.path("buckets").findValuesAsString("key")).contains(secretive);
    }
}
