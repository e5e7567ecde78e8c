package org.palisade.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for API tests: sends JSON, returns the status and the parsed body. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(int port) {
        this("http://localhost:" + port);
    }

    private Api(String base) {
        this.base = base;
    }

    /**
     * Another client for the same server that signs every request in with HTTP Basic as this user (see
     * {@link TestUsers}); this client stays as it was.
     */
    public Api as(String username, String password) {
        Api signedIn = new Api(base);
        signedIn.headers.putAll(headers);
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        signedIn.headers.put("Authorization", "Basic " + credentials);
        return signedIn;
    }

    /** {@link #as(String, String)} with the password every {@link TestUsers} user has. */
    public Api as(String username) {
        return as(username, TestUsers.PASSWORD);
    }

    /** Another client that sends this bearer token (e.g. from {@link TestIdentityProvider#token}). */
    public Api withBearer(String token) {
        Api signedIn = new Api(base);
        signedIn.headers.putAll(headers);
        signedIn.headers.put("Authorization", "Bearer " + token);
        return signedIn;
    }

    /** Adds a header (e.g. Authorization) sent with every later request of this client. */
    public Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> extraHeaders) {
        return send("POST", path, body, extraHeaders);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Sends a body given either as a JSON string or as an object that Jackson serialises. */
    public Response send(String method, String path, Object body, Map<String, String> extraHeaders) {
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text))
                .header("Accept", "application/json, application/problem+json");
        if (text != null && extraHeaders.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        extraHeaders.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, String contentType, HttpResponse<String> raw) {

        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }

        /** The fields named in a problem's {@code errors} list. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
