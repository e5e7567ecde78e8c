package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.PageClient;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PalisadeTest
class PasswordSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LocalUsers localUsers;

    TestUsers users;

    @BeforeEach
    void seed() {
        users = new TestUsers(jdbc).seed();
    }

    @Test
    void signedInUserSeesTheirOrganisationAndRoles() {
        PageClient browser = new PageClient(port);

        HttpResponse<String> signIn = browser.signIn(TestUsers.CONTRIBUTOR_NLD, TestUsers.PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(">contributor-nld<", ">NLD<", ">Contributor<");
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        PageClient browser = new PageClient(port);

        HttpResponse<String> signIn = browser.signIn(TestUsers.SUPPLIER, "not-the-password");

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.get("/login?error").body()).contains("The username or password is not right");
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void signInFormWithoutCsrfTokenIsRefused() {
        PageClient browser = new PageClient(port);
        browser.get("/login");

        HttpResponse<String> signIn = browser.postExactly("/login",
                Map.of("username", TestUsers.SUPPLIER, "password", TestUsers.PASSWORD));

        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void accountPageSendsVisitorsToSignIn() {
        HttpResponse<String> account = new PageClient(port).get("/account");

        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void signingOutEndsTheSession() {
        PageClient browser = new PageClient(port);
        browser.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = browser.post("/logout", Map.of());

        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void repeatedFailuresLockTheUsernameFromThatAddressEvenForTheRightPassword() {
        users.create("lockout-target", "NLD", Role.CONTRIBUTOR);
        users.create("lockout-neighbour", "NLD", Role.CONTRIBUTOR);
        PageClient browser = new PageClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn("lockout-target", "guess-" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        HttpResponse<String> rightPassword = browser.signIn("lockout-target", TestUsers.PASSWORD);
        Api.Response basic = new Api(port).as("lockout-target").get("/api/v1/me");

        assertThat(rightPassword.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
        assertThat(basic.status()).isEqualTo(429);
        assertThat(basic.contentType()).startsWith("application/problem+json");
        assertThat(basic.raw().headers().firstValue("Retry-After")).hasValue("900");
        // another username from the same address is not affected
        assertThat(new Api(port).as("lockout-neighbour").get("/api/v1/me").json().path("signedIn").asBoolean()).isTrue();

        // once the failures are older than the window, the right password works again
        jdbc.sql("update sign_in_failure set failed_at = failed_at - interval '16 minutes' where username = 'lockout-target'")
                .update();
        assertThat(new Api(port).as("lockout-target").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void successfulSignInClearsEarlierFailures() {
        users.create("forgetful", "DEU", Role.CONTRIBUTOR);
        Api api = new Api(port);
        for (int i = 0; i < 4; i++) {
            assertThat(api.as("forgetful", "wrong").get("/api/v1/me").status()).isEqualTo(401);
        }
        assertThat(api.as("forgetful").get("/api/v1/me").status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            api.as("forgetful", "wrong").get("/api/v1/me");
        }

        assertThat(api.as("forgetful").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsAdaptiveHashesOnly() {
        localUsers.create("Hash-Check", "correct horse battery", users.organisation("DEU"), Set.of(Role.CONTRIBUTOR));

        String stored = jdbc.sql("select password_hash from user_account where username = 'hash-check'")
                .query(String.class).single();

        assertThat(stored).startsWith("{bcrypt}$2a$10$").doesNotContain("correct horse battery");
        assertThat(new Api(port).as("HASH-CHECK", "correct horse battery").get("/api/v1/me").json()
                .path("username").asText()).isEqualTo("hash-check");
    }

    @Test
    void overlongPasswordIsJustAWrongPassword() {
        Api.Response me = new Api(port).as(TestUsers.AUDITOR, "x".repeat(500)).get("/api/v1/me");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
    }
}
