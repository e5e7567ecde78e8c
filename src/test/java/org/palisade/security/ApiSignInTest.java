package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestIdentityProvider;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PalisadeTest
class ApiSignInTest {

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
    void visitorsReadWithoutSigningIn() {
        Api.Response me = api.get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("signedIn").asBoolean()).isFalse();
        assertThat(me.json().path("username").asText()).isEqualTo("anonymous");
    }

    @Test
    void changesWithoutSignInAreRefusedAsProblem() {
        Api.Response post = api.post("/api/v1/me", Map.of());

        assertThat(post.status()).isEqualTo(401);
        assertThat(post.contentType()).startsWith("application/problem+json");
        assertThat(post.json().path("title").asText()).isEqualTo("Sign-in required");
        assertThat(post.raw().headers().allValues("WWW-Authenticate")).contains("Basic realm=\"Palisade\"");
    }

    @Test
    void basicSignInOfLocalUserCarriesOrganisationAndRoles() {
        Api.Response me = api.as(TestUsers.PLANNER).get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("planner-ukr");
        assertThat(me.json().path("organisationCode").asText()).isEqualTo("UKR");
        assertThat(me.json().path("roles").get(0).asText()).isEqualTo("RECIPIENT_PLANNER");
        // the API keeps no session: every call carries its own credentials
        assertThat(me.raw().headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void wrongPasswordOnTheApiIsAProblemWithoutDetailsOfTheFailure() {
        Api.Response me = api.as(TestUsers.COORDINATOR, "wrong").get("/api/v1/me");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.json().path("title").asText()).isEqualTo("Sign-in failed");
        assertThat(me.body()).doesNotContain("Exception", "BadCredentials");
    }

    @Test
    void bearerTokenOfTheIdentityProviderMapsClaimsToOrganisationAndRoles() {
        String token = TestIdentityProvider.token("0f3e-subject", Map.of(
                "preferred_username", "j.de.vries", "org", "nld", "roles", List.of("contributor", "other-app-role")));

        Api.Response me = api.withBearer(token).get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("j.de.vries");
        assertThat(me.json().path("organisationCode").asText()).isEqualTo("NLD");
        assertThat(me.json().path("roles").size()).isEqualTo(1);
        assertThat(me.json().path("roles").get(0).asText()).isEqualTo("CONTRIBUTOR");
    }

    @Test
    void bearerTokenNamingNoKnownOrganisationIsRefused() {
        String token = TestIdentityProvider.token("someone", Map.of("org", "XYZ", "roles", List.of("COORDINATOR")));

        Api.Response me = api.withBearer(token).get("/api/v1/me");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.raw().headers().allValues("WWW-Authenticate")).anyMatch(h -> h.contains("invalid_token"));
    }

    @Test
    void tamperedOrForeignTokensAreRefused() {
        String token = TestIdentityProvider.token("someone", Map.of("org", "NLD", "roles", List.of("CONTRIBUTOR")));
        String[] parts = token.split("\\.");
        String otherClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"someone\",\"org\":\"UKR\",\"roles\":[\"ADMINISTRATOR\"]}".getBytes());
        String tampered = parts[0] + "." + otherClaims + "." + parts[2];
        String foreign = TestIdentityProvider.server()
                .issueToken("another-issuer", "someone", "palisade", Map.of("org", "NLD"), 3600).serialize();

        assertThat(api.withBearer(tampered).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.withBearer(foreign).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.withBearer("not-a-jwt").get("/api/v1/me").status()).isEqualTo(401);
    }
}
