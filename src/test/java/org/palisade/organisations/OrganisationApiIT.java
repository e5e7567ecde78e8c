package org.palisade.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PalisadeTest
class OrganisationApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    Api api;

    @BeforeEach
    void setUp() {
        // administrators keep the register of organisations
        new TestUsers(jdbc).seed();
        api = new Api(port).as(TestUsers.ADMIN);
    }

    @Test
    void aStateIsRegisteredWithItsIsoCodeKindsAndMemberships() {
        var created = api.post("/api/v1/organisations", Map.of("code", "AUS", "name", "Australia", "state", true,
                "kinds", List.of("CONTRIBUTOR"),
                "memberships", List.of(Map.of("alliance", "EU", "from", "1995-01-01", "to", "1995-02-01"),
                        Map.of("alliance", "NATO", "from", "2024-03-07"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        var read = api.get("/api/v1/organisations/" + id);
        assertThat(read.json().path("code").asText()).isEqualTo("AUS");
        assertThat(read.json().path("memberships")).hasSize(2);
    }

    @Test
    void natoMembershipIsJudgedAtTheDateOfTheContribution() {
        Organisation finland = organisations.register(new Organisations.Registration("FIN", "Finland", true,
                Set.of(OrganisationKind.CONTRIBUTOR), List.of(new Membership(Alliance.NATO, LocalDate.of(2023, 4, 4), null))));
        assertThat(finland.memberOf(Alliance.NATO, LocalDate.of(2023, 4, 3))).isFalse();
        assertThat(finland.memberOf(Alliance.NATO, LocalDate.of(2023, 4, 4))).isTrue();
        assertThat(finland.memberOf(Alliance.EU, LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void aStateCodeMustBeIsoAlpha3AndEveryInvalidFieldIsNamed() {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var refused = api.post("/api/v1/organisations", Map.of("code", "XQZ", "name", "", "state", true));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("code", "name", "kinds");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeIsRefused() {
        Map<String, Object> nato = Map.of("code", "NSATU", "name", "NSATU", "state", false, "kinds", List.of("COORDINATOR"));
        assertThat(api.post("/api/v1/organisations", nato).status()).isEqualTo(201);
        var again = api.post("/api/v1/organisations", nato);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.errorFields()).containsExactly("code");
    }

    @Test
    void malformedJsonIsA400AndAnUnknownIdA404() {
        var malformed = api.post("/api/v1/organisations", "{\"code\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        var unknown = api.get("/api/v1/organisations/00000000-0000-0000-0000-000000000001");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).contains("was not found");
    }

    @Test
    void listsArePagedAndSortedOnlyByAllowedKeys() {
        var page = api.get("/api/v1/organisations?size=1&sort=code,desc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items")).hasSize(1);
        assertThat(page.json().path("size").asInt()).isEqualTo(1);
        var badSort = api.get("/api/v1/organisations?sort=password");
        assertThat(badSort.status()).isEqualTo(422);
        assertThat(badSort.errorFields()).containsExactly("sort");
    }
}
