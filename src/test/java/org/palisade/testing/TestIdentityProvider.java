package org.palisade.testing;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider (mock-oauth2-server on a random local port), started once per test JVM
 * before the application, which is configured against it for bearer tokens on the API and for OIDC sign-in
 * on the pages (client registration {@value #REGISTRATION}). Tests issue tokens with {@link #token}, or set
 * the claims of the next interactive sign-in with {@link #nextSignIn}.
 */
public final class TestIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "palisade-test";
    public static final String REGISTRATION = "test-idp";

    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server();
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
            server = started;
        }
        return server;
    }

    public static String issuerUri() {
        return server().issuerUrl(ISSUER).toString();
    }

    /** A signed access token of the provider, valid for an hour, carrying these claims (e.g. org, roles). */
    public static String token(String subject, Map<String, Object> claims) {
        return server().issueToken(ISSUER, subject, "palisade", claims, 3600).serialize();
    }

    /** The claims the provider puts in the tokens of the next authorization-code sign-in. */
    public static void nextSignIn(String subject, Map<String, Object> claims) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("palisade"), claims,
                3600));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String issuer = issuerUri();
        String client = "spring.security.oauth2.client.";
        TestPropertyValues.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                client + "registration." + REGISTRATION + ".client-id=palisade",
                // a test-only secret of a throw-away local provider
                client + "registration." + REGISTRATION + ".client-secret=test-only-secret",
                client + "registration." + REGISTRATION + ".client-name=Test identity provider",
                client + "registration." + REGISTRATION + ".scope=openid,profile",
                client + "provider." + REGISTRATION + ".issuer-uri=" + issuer)
                .applyTo(context.getEnvironment());
    }
}
