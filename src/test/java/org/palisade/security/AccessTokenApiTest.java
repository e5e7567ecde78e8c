package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestIdentityProvider;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PalisadeTest
class AccessTokenApiTest {

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

    /** A token created over HTTP Basic by this user; its JSON holds the secret as {@code token}. */
    private JsonNode create(String username, Map<String, Object> request) {
        Api.Response created = api.as(username).post("/api/v1/tokens", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private JsonNode create(String username) {
        return create(username, Map.of("name", "export " + UUID.randomUUID(), "expiresInDays", 30));
    }

    private Api with(JsonNode created) {
        return api.withBearer(created.path("token").asText());
    }

    private Map<String, Object> rate() {
        // a change a coordinator may make; its date is unique, so tests never collide
        return Map.of("currency", "USD", "date", java.time.LocalDate.of(2000, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(9000)).toString(),
                "unitsPerEur", "1.1000");
    }

    @Test
    void aCreatedTokenSignsInAsItsOwnerAndItsSecretIsShownOnlyOnce() {
        JsonNode created = create(TestUsers.CONTRIBUTOR_NLD, Map.of("name", "nightly export", "expiresInDays", 7));

        assertThat(created.path("token").asText()).startsWith("pal_").hasSize(47);
        assertThat(created.path("scope").asText()).isEqualTo("READ_WRITE");
        Api.Response me = with(created).get("/api/v1/me");
        assertThat(me.json().path("username").asText()).isEqualTo(TestUsers.CONTRIBUTOR_NLD);
        assertThat(me.json().path("organisationCode").asText()).isEqualTo("NLD");
        assertThat(me.raw().headers().firstValue("Set-Cookie")).isEmpty();

        Api.Response listed = with(created).get("/api/v1/tokens");
        assertThat(listed.status()).isEqualTo(200);
        JsonNode mine = find(listed.json(), created.path("id").asText());
        assertThat(mine.path("name").asText()).isEqualTo("nightly export");
        assertThat(mine.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(mine.path("lastUsedAt").isMissingNode()).isFalse();
        assertThat(mine.has("token")).isFalse();
        assertThat(listed.body()).doesNotContain(created.path("token").asText());
        // only a hash is stored
        assertThat(jdbc.sql("select count(*) from access_token where encode(secret_hash, 'escape') like :secret")
                .param("secret", "%" + created.path("token").asText().substring(4) + "%").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aTokenChangesWhatItsOwnerMayChange() {
        JsonNode created = create(TestUsers.COORDINATOR);

        Api.Response recorded = with(created).post("/api/v1/exchange-rates", rate());

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        Api.Response refused = with(create(TestUsers.CONTRIBUTOR_NLD)).post("/api/v1/exchange-rates", rate());
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aReadOnlyTokenReadsButEveryChangeIsRefusedWith403() {
        JsonNode created = create(TestUsers.COORDINATOR,
                Map.of("name", "dashboard", "expiresInDays", 30, "scope", "READ_ONLY"));
        int rates = jdbc.sql("select count(*) from exchange_rate").query(Integer.class).single();

        assertThat(with(created).get("/api/v1/me").json().path("signedIn").asBoolean()).isTrue();
        Api.Response change = with(created).post("/api/v1/exchange-rates", rate());
        Api.Response widen = with(created).post("/api/v1/tokens", Map.of("name", "wider"));
        Api.Response revoke = with(created).delete("/api/v1/tokens/" + created.path("id").asText());

        assertThat(List.of(change.status(), widen.status(), revoke.status())).containsOnly(403);
        assertThat(change.contentType()).startsWith("application/problem+json");
        assertThat(change.json().path("detail").asText()).contains("read-only");
        assertThat(jdbc.sql("select count(*) from exchange_rate").query(Integer.class).single()).isEqualTo(rates);
        assertThat(with(created).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aRevokedTokenIsRefusedAt401AtOnce() {
        JsonNode created = create(TestUsers.COORDINATOR);
        assertThat(with(created).get("/api/v1/tokens").status()).isEqualTo(200);

        Api.Response revoked = with(created).delete("/api/v1/tokens/" + created.path("id").asText());

        assertThat(revoked.status()).isEqualTo(204);
        Api.Response after = with(created).post("/api/v1/exchange-rates", rate());
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
        assertThat(after.raw().headers().allValues("WWW-Authenticate")).anyMatch(h -> h.contains("invalid_token"));
        // even a read is refused: a rejected token is an error, not a visitor
        assertThat(with(created).get("/api/v1/me").status()).isEqualTo(401);
        JsonNode listed = find(api.as(TestUsers.COORDINATOR).get("/api/v1/tokens").json(), created.path("id").asText());
        assertThat(listed.path("status").asText()).isEqualTo("REVOKED");
        assertThat(listed.path("revokedBy").asText()).isEqualTo(TestUsers.COORDINATOR);
    }

    @Test
    void anExpiredTokenIsRefusedWith401() {
        JsonNode created = create(TestUsers.COORDINATOR);
        jdbc.sql("update access_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second'"
                + " where id = :id").param("id", UUID.fromString(created.path("id").asText())).update();

        Api.Response refused = with(created).post("/api/v1/exchange-rates", rate());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(find(api.as(TestUsers.COORDINATOR).get("/api/v1/tokens").json(), created.path("id").asText())
                .path("status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void aDisabledUsersTokensStopWorkingAtOnce() {
        String username = "token-holder-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc).create(username, "NATO", Role.COORDINATOR);
        JsonNode created = create(username);
        assertThat(with(created).get("/api/v1/me").status()).isEqualTo(200);

        jdbc.sql("update user_account set enabled = false where username = :u").param("u", username).update();

        assertThat(with(created).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(with(created).post("/api/v1/exchange-rates", rate()).status()).isEqualTo(401);
    }

    @Test
    void theOwnersCurrentRolesCountNotThoseAtCreation() {
        String username = "token-roles-" + UUID.randomUUID().toString().substring(0, 8);
        new TestUsers(jdbc).create(username, "NATO", Role.COORDINATOR);
        JsonNode created = create(username);

        jdbc.sql("update user_account set roles = array['AUDITOR']::varchar(32)[] where username = :u")
                .param("u", username).update();

        assertThat(with(created).get("/api/v1/me").json().path("roles").get(0).asText()).isEqualTo("AUDITOR");
        assertThat(with(created).post("/api/v1/exchange-rates", rate()).status()).isEqualTo(403);
    }

    @Test
    void anotherUsersTokenCanBeNeitherRevokedNorListed() {
        JsonNode nld = create(TestUsers.CONTRIBUTOR_NLD);
        JsonNode deu = create(TestUsers.CONTRIBUTOR_DEU);

        Api.Response revoke = with(deu).delete("/api/v1/tokens/" + nld.path("id").asText());
        Api.Response list = with(deu).get("/api/v1/tokens?user=" + TestUsers.CONTRIBUTOR_NLD);

        assertThat(revoke.status()).isEqualTo(403);
        assertThat(revoke.contentType()).startsWith("application/problem+json");
        assertThat(list.status()).isEqualTo(403);
        assertThat(with(nld).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(with(deu).get("/api/v1/tokens").json().findValuesAsString("id"))
                .doesNotContain(nld.path("id").asText());
        assertThat(api.as(TestUsers.CONTRIBUTOR_DEU).delete("/api/v1/tokens/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void anAdministratorListsAndRevokesAnyUsersTokens() {
        JsonNode nld = create(TestUsers.CONTRIBUTOR_NLD);

        Api.Response listed = api.as(TestUsers.ADMIN).get("/api/v1/tokens?user=" + TestUsers.CONTRIBUTOR_NLD);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(find(listed.json(), nld.path("id").asText()).path("user").asText())
                .isEqualTo(TestUsers.CONTRIBUTOR_NLD);

        assertThat(api.as(TestUsers.ADMIN).delete("/api/v1/tokens/" + nld.path("id").asText()).status())
                .isEqualTo(204);
        assertThat(with(nld).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.as(TestUsers.ADMIN).get("/api/v1/tokens?user=nobody-" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void creationAndRevocationAreInTheAuditTrailWithoutTheSecret() {
        JsonNode created = create(TestUsers.CONTRIBUTOR_NLD);
        UUID id = UUID.fromString(created.path("id").asText());
        with(created).delete("/api/v1/tokens/" + id);

        List<Map<String, Object>> entries = jdbc.sql("""
                        select action, actor, after::text as after from audit_entry
                        where record_type = 'access-token' and record_id = :id order by occurred_at""")
                .param("id", id).query().listOfRows();

        assertThat(entries).extracting(e -> e.get("action")).containsExactly("created", "revoked");
        assertThat(entries).extracting(e -> e.get("actor")).containsOnly(TestUsers.CONTRIBUTOR_NLD);
        assertThat(entries).extracting(e -> (String) e.get("after"))
                .allSatisfy(after -> assertThat(after).doesNotContain(created.path("token").asText().substring(8)));
    }

    @Test
    void lastUseIsNotedWithoutAWriteOnEveryRequest() {
        JsonNode created = create(TestUsers.AUDITOR);
        UUID id = UUID.fromString(created.path("id").asText());
        with(created).get("/api/v1/me");
        Object first = jdbc.sql("select last_used_at from access_token where id = :id").param("id", id).query()
                .singleValue();

        with(created).get("/api/v1/me");

        assertThat(first).isNotNull();
        assertThat(jdbc.sql("select last_used_at from access_token where id = :id").param("id", id).query()
                .singleValue()).isEqualTo(first);
    }

    @Test
    void requestsForATokenAreCheckedAndVisitorsMayNotCreateOne() {
        assertThat(api.post("/api/v1/tokens", Map.of("name", "x")).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tokens").status()).isEqualTo(401);
        Api.Response noName = api.as(TestUsers.AUDITOR).post("/api/v1/tokens", Map.of("name", " "));
        Api.Response tooLong = api.as(TestUsers.AUDITOR).post("/api/v1/tokens", Map.of("name", "x", "expiresInDays", 367));
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.errorFields()).containsExactly("name");
        assertThat(tooLong.errorFields()).containsExactly("expiresInDays");
        assertThat(api.withBearer("pal_" + "A".repeat(43)).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.withBearer("pal_short").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void identityProviderJwtsStillWorkBesideTokens() {
        String jwt = TestIdentityProvider.token("sub-1", Map.of("org", "NLD", "roles", List.of("contributor")));

        assertThat(api.withBearer(jwt).get("/api/v1/me").json().path("organisationCode").asText()).isEqualTo("NLD");
        // a provider's user has no local account to own a token
        assertThat(api.withBearer(jwt).post("/api/v1/tokens", Map.of("name", "x")).status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode token : list) {
            if (token.path("id").asText().equals(id)) {
                return token;
            }
        }
        throw new AssertionError("token " + id + " not in " + list);
    }
}
