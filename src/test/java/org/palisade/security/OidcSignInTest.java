package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.PageClient;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestIdentityProvider;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** OpenID Connect sign-in on the pages, through the whole authorization-code flow against a real provider. */
@PalisadeTest
class OidcSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void seed() {
        new TestUsers(jdbc).seed();
    }

    @Test
    void signInPageOffersTheConfiguredProvider() {
        String page = new PageClient(port).get("/login").body();

        assertThat(page).contains("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION, "Test identity provider");
    }

    @Test
    void providerClaimsBecomeOrganisationAndRoles() {
        TestIdentityProvider.nextSignIn("a1b2", Map.of(
                "preferred_username", "anna.schmidt", "org", "DEU", "roles", List.of("contributor")));
        PageClient browser = new PageClient(port);

        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION);
        String providerUrl = toProvider.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> back = browser.get(providerUrl);
        HttpResponse<String> callback = browser.get(back.headers().firstValue("Location").orElseThrow());

        assertThat(providerUrl).startsWith(TestIdentityProvider.issuerUri());
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(">anna.schmidt<", ">DEU<", ">Contributor<");
    }

    @Test
    void providerUserOfAnUnknownOrganisationIsNotSignedIn() {
        TestIdentityProvider.nextSignIn("c3d4", Map.of("preferred_username", "mallory", "org", "ZZZ",
                "roles", List.of("COORDINATOR")));
        PageClient browser = new PageClient(port);

        HttpResponse<String> last = browser.follow(browser.get("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION));

        assertThat(last.uri().toString()).endsWith("/login?error");
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }
}
