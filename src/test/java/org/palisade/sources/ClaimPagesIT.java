package org.palisade.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.security.Disclosure;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PageClient;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The forms of sources and claims on the real database: sent twice, they record once. */
@PalisadeTest
class ClaimPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Contributions contributions;
    @Autowired
    Sources sources;
    @Autowired
    Claims claims;
    @Autowired
    Fixtures fixtures;
    PageClient browser;

    @BeforeEach
    void signIn() {
        new TestUsers(jdbc).seed();
        browser = new PageClient(port);
        browser.signIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
    }

    @Test
    void aSourceFormSentTwiceRecordsOneSource() {
        String title = "Sent twice " + UUID.randomUUID();
        browser.get("/sources/new");
        Map<String, String> form = Map.of("formKey", UUID.randomUUID().toString(), "kind", "NEWS_ARTICLE",
                "outlet", "Reuters", "title", title, "language", "en", "disclosure", "PUBLIC");
        var first = browser.post("/sources", form);
        var second = browser.post("/sources", form);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(jdbc.sql("select count(*) from source where title = :t").param("t", title).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aClaimFormSentTwiceRecordsOneClaimAndAFieldAtFaultIsNamedBesideIt() {
        Contribution c = contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("NLD")),
                Money.of("500000000", "EUR"), null, null, Disclosure.PUBLIC, LocalDate.of(2025, 8, 4), null));
        UUID source = sources.record(new SourceDraft(SourceKind.OFFICIAL_STATEMENT, "Dutch MoD", "PURL package",
                null, null, "en", null, null));
        browser.get("/claims/contributions/" + c.id());
        Map<String, String> wrong = Map.of("formKey", UUID.randomUUID().toString(), "sourceId", source.toString(),
                "contributors", "Netherlands", "amount", "500,000,000", "currency", "EUR", "bound", "EXACT",
                "datePrecision", "DAY");
        var refused = browser.post("/claims/contributions/" + c.id(), wrong);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Contributors are organisation codes such as NLD");

        Map<String, String> form = new java.util.HashMap<>(wrong);
        form.put("formKey", UUID.randomUUID().toString());
        form.put("contributors", "NLD");
        var first = browser.post("/claims/contributions/" + c.id(), form);
        var second = browser.post("/claims/contributions/" + c.id(), form);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(claims.ofContribution(c.id())).hasSize(1);
    }
}
