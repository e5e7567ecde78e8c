package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.PageClient;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

@PalisadeTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void pagesAndApiSendContentSecurityPolicyAndNoSniff() {
        HttpResponse<String> page = new PageClient(port).get("/login");
        Api.Response api = new Api(port).get("/api/v1/me");

        for (java.net.http.HttpHeaders headers : new java.net.http.HttpHeaders[] {page.headers(), api.raw().headers()}) {
            assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void apiDocumentationIsPublicAndNamesTheSignInMethods() {
        Api api = new Api(port);

        Api.Response docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("components").path("securitySchemes").has("basic")).isTrue();
        assertThat(docs.json().path("components").path("securitySchemes").has("bearer")).isTrue();
        assertThat(new PageClient(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void errorPageShowsNoInternals() {
        HttpResponse<String> missing = new PageClient(port).get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception", "at org.", "at java.", "trace");
    }

    @Test
    void sessionsExpireAfterThirtyMinutesWithoutARequest() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        org.apache.catalina.Context webapp = (org.apache.catalina.Context) server.getTomcat().getHost().findChildren()[0];

        assertThat(webapp.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void sessionCookieIsHiddenFromScriptsAndSameSite() {
        PageClient browser = new PageClient(port);
        HttpResponse<String> login = browser.get("/login");

        // SESSION: Spring Session's cookie, for the session kept in PostgreSQL
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }
}
