package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRate;
import org.palisade.money.ExchangeRates;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.platform.Versions;
import org.palisade.money.Money;
import org.palisade.security.Disclosure;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Public reads cost a 304 while the ledger is unchanged, and never hand one viewer's answer to another. */
@PalisadeTest
class ConditionalReadsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Contributions contributions;
    @Autowired
    Packages packages;
    @Autowired
    ExchangeRates rates;

    @BeforeEach
    void users() {
        new TestUsers(jdbc).seed();
    }

    private static String etag(Api.Response r) {
        return r.raw().headers().firstValue("ETag").orElseThrow();
    }

    private Api.Response get(Api api, String path, String etag) {
        return api.send("GET", path, null, Map.of("If-None-Match", etag));
    }

    private void pledge() {
        contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("NLD")), Money.of("5", "EUR"), null,
                null, Disclosure.PUBLIC, LocalDate.of(2025, 8, 5), null));
    }

    @Test
    void anUnchangedLedgerAnswersNotModifiedUntilTheNextChange() {
        for (String path : List.of("/api/v1/figures/totals", "/api/v1/figures/by-contributor?currency=EUR",
                "/api/v1/figures/by-category", "/api/v1/figures/by-year", "/api/v1/packages?size=5", "/")) {
            Api visitor = new Api(port);
            Api.Response first = visitor.get(path);
            assertThat(first.status()).as(path).isEqualTo(200);
            assertThat(first.raw().headers().firstValue("Vary").orElse("")).as(path).contains("Authorization", "Cookie");

            Api.Response again = get(visitor, path, etag(first));
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();

            pledge();
            Api.Response changed = get(visitor, path, etag(first));
            assertThat(changed.status()).as(path).isEqualTo(200);
            assertThat(etag(changed)).as(path).isNotEqualTo(etag(first));
        }
    }

    @Test
    void viewersWhoMaySeeDifferentContributionsGetDifferentTags() {
        String path = "/api/v1/figures/totals";
        String visitor = etag(new Api(port).get(path));
        Api dutch = new Api(port).as(TestUsers.CONTRIBUTOR_NLD);
        Api.Response dutchRead = dutch.get(path);

        assertThat(etag(dutchRead)).isNotEqualTo(visitor);
        assertThat(etag(new Api(port).as(TestUsers.CONTRIBUTOR_DEU).get(path))).isNotEqualTo(etag(dutchRead));
        assertThat(get(dutch, path, visitor).status()).isEqualTo(200);
        assertThat(get(dutch, path, etag(dutchRead)).status()).isEqualTo(304);
        assertThat(dutchRead.raw().headers().firstValue("Cache-Control").orElse("")).contains("private");
    }

    @Test
    void onePackageKeepsItsVersionAsTheTagItsChangesAreMadeWith() {
        var list = new Api(port).get("/api/v1/packages?size=1").json().path("items");
        if (!list.isEmpty()) {
            var read = new Api(port).get("/api/v1/packages/" + list.get(0).path("id").asText());
            assertThat(etag(read)).startsWith("\"" + read.json().path("version").asLong() + ".");
            assertThat(Versions.parse(etag(read))).isEqualTo(read.json().path("version").asLong());
        }
    }

    @Test
    void onePackagesTagChangesWhenItsCoverageDoes() {
        UUID nld = fixtures.contributor("NLD");
        AidPackage p = packages.propose(new Packages.Proposal("Tagged " + UUID.randomUUID(), Money.of("1000000", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        String path = "/api/v1/packages/" + p.id();
        Api visitor = new Api(port);
        Api.Response first = visitor.get(path);
        assertThat(get(visitor, path, etag(first)).status()).isEqualTo(304);

        Contribution c = contributions.pledge(new Contributions.Pledge(List.of(nld), Money.of("1000", "EUR"), p.id(),
                null, Disclosure.PUBLIC, LocalDate.of(2025, 8, 5), null));
        Api.Response pledged = get(visitor, path, etag(first));
        assertThat(pledged.status()).isEqualTo(200);
        assertThat(pledged.json().path("version").asLong()).isEqualTo(first.json().path("version").asLong());
        assertThat(pledged.body()).isNotEqualTo(first.body());

        contributions.commit(c.id(), Money.of("800", "EUR"), LocalDate.of(2025, 8, 6), null);
        Api.Response committed = get(visitor, path, etag(pledged));
        assertThat(committed.status()).isEqualTo(200);

        contributions.pay(c.id(), Money.of("500", "EUR"), LocalDate.of(2025, 8, 7), null);
        Api.Response paid = get(visitor, path, etag(committed));
        assertThat(paid.status()).isEqualTo(200);

        // money in a currency waiting for its rate: recording the rate converts it into the coverage
        contributions.pledge(new Contributions.Pledge(List.of(nld), Money.of("900", "ISK"), p.id(), null,
                Disclosure.PUBLIC, LocalDate.of(2025, 8, 5), null));
        Api.Response waiting = visitor.get(path);
        rates.record(new ExchangeRate(CurrencyCode.of("ISK"), LocalDate.of(2025, 8, 1), new BigDecimal("150"), "test"));
        Api.Response converted = get(visitor, path, etag(waiting));
        assertThat(converted.status()).isEqualTo(200);
        assertThat(etag(converted)).isNotEqualTo(etag(waiting));
        assertThat(get(visitor, path, etag(converted)).status()).isEqualTo(304);
    }
}
