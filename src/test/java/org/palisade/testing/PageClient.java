package org.palisade.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client for the pages, as a browser without JavaScript: it keeps the session cookie,
 * does not follow redirects (tests look at them), and sends the CSRF token of the last page it read with
 * each form, as a Thymeleaf form would.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String csrf;

    public PageClient(int port) {
        this(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build(), port, null);
    }

    private PageClient(HttpClient http, int port, String csrf) {
        this.http = http;
        this.base = "http://localhost:" + port;
        this.csrf = csrf;
    }

    /**
     * The same browser (its cookies and the CSRF token of the last page it read) sent to another instance on
     * {@code port}, as a load balancer would send it.
     */
    public PageClient sameBrowserOn(int port) {
        return new PageClient(http, port, csrf);
    }

    /** GET of a path on the application, or of an absolute URL (e.g. an identity provider's redirect). */
    public HttpResponse<String> get(String pathOrUrl) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(pathOrUrl)).GET()
                .header("Accept", "text/html").build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page read (unless the fields carry their own). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.putIfAbsent("_csrf", csrf);
        }
        return postExactly(path, form);
    }

    /** Posts exactly these fields (no CSRF token added). */
    public HttpResponse<String> postExactly(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html").build());
    }

    /** Signs in through the sign-in form; returns the response to the form's POST (a redirect). */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    /** Follows redirects from this response with GETs, at most ten, and returns the last response. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int i = 0; i < 10 && current.statusCode() / 100 == 3; i++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = get(current.uri().resolve(location).toString());
        }
        return current;
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
