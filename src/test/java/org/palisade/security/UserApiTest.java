package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
class UserApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void seed() {
        new TestUsers(jdbc).seed();
        api = new Api(port);
    }

    @Test
    void onlyAdministratorsListUsersAndNeverSeeHashes() {
        Api.Response visitor = api.get("/api/v1/users");
        Api.Response contributor = api.as(TestUsers.CONTRIBUTOR_NLD).get("/api/v1/users");
        Api.Response admin = api.as(TestUsers.ADMIN).get("/api/v1/users");

        assertThat(visitor.status()).isEqualTo(401);
        assertThat(visitor.contentType()).startsWith("application/problem+json");
        assertThat(contributor.status()).isEqualTo(403);
        assertThat(contributor.contentType()).startsWith("application/problem+json");
        assertThat(contributor.json().path("title").asText()).isEqualTo("Forbidden");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("\"planner-ukr\"").doesNotContain("bcrypt", "password");
    }

    @Test
    void administratorCreatesAUserWhoCanThenSignIn() {
        Api.Response created = api.as(TestUsers.ADMIN).post("/api/v1/users", Map.of("username", "New.Analyst",
                "password", "a long enough password", "organisationCode", "deu", "roles", List.of("AUDITOR")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("username").asText()).isEqualTo("new.analyst");
        Api.Response me = api.as("new.analyst", "a long enough password").get("/api/v1/me");
        assertThat(me.json().path("organisationCode").asText()).isEqualTo("DEU");
        assertThat(me.json().path("roles").get(0).asText()).isEqualTo("AUDITOR");
    }

    @Test
    void refusedUserCreationChangesNothing() {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc).withoutAudit();
        Map<String, Object> valid = Map.of("username", "someone", "password", "a long enough password",
                "organisationCode", "NLD", "roles", List.of("CONTRIBUTOR"));

        Api.Response byContributor = api.as(TestUsers.CONTRIBUTOR_NLD).post("/api/v1/users", valid);
        Api.Response shortPassword = api.as(TestUsers.ADMIN).post("/api/v1/users", Map.of("username", "someone",
                "password", "short", "organisationCode", "XXX", "roles", List.of()));
        Api.Response unknownOrganisation = api.as(TestUsers.ADMIN).post("/api/v1/users", Map.of("username", "someone",
                "password", "a long enough password", "organisationCode", "XXX", "roles", List.of("CONTRIBUTOR")));
        Api.Response taken = api.as(TestUsers.ADMIN).post("/api/v1/users", Map.of("username", TestUsers.PLANNER,
                "password", "a long enough password", "organisationCode", "UKR", "roles", List.of("CONTRIBUTOR")));

        assertThat(byContributor.status()).isEqualTo(403);
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.errorFields()).contains("password", "roles");
        assertThat(unknownOrganisation.status()).isEqualTo(422);
        assertThat(unknownOrganisation.errorFields()).containsExactly("organisationCode");
        assertThat(taken.status()).isEqualTo(422);
        // the refusals themselves are in the audit trail; nothing else changed
        assertThat(DatabaseSnapshot.take(jdbc).withoutAudit()).isEqualTo(before);
    }
}
