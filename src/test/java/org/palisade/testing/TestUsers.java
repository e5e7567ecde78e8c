package org.palisade.testing;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.palisade.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Test users, one per role, and their organisations, inserted straight into the database (tests run with
 * demo data off). Use with {@link Api#as(String)}:
 *
 * <pre>{@code
 * @Autowired JdbcClient jdbc;
 * @BeforeEach void users() { new TestUsers(jdbc).seed(); }
 * ...
 * api.as(TestUsers.PLANNER).post("/api/v1/...", body);     // HTTP Basic as the Ukrainian planner
 * api.get("/api/v1/...");                                  // a visitor: public records only
 * }</pre>
 *
 * Seeding is idempotent (existing organisations and users are kept), so every test class may call it.
 * Passwords are hashed with bcrypt at its lowest cost, which only makes tests fast: the application checks
 * them like any other hash.
 */
public final class TestUsers {

    /** The password of every test user. Test-only, never used outside the tests. */
    public static final String PASSWORD = "test-password";

    public static final String PLANNER = "planner-ukr";
    public static final String COORDINATOR = "coordinator-nato";
    public static final String SUPPLIER = "supplier-usa";
    public static final String CONTRIBUTOR_NLD = "contributor-nld";
    public static final String CONTRIBUTOR_DEU = "contributor-deu";
    public static final String AUDITOR = "auditor-nato";
    public static final String ADMIN = "admin-nato";

    /** Organisation code and kind of each seeded organisation. */
    public static final Map<String, String> ORGANISATIONS = Map.of(
            "UKR", "RECIPIENT", "NATO", "COORDINATOR", "USA", "SUPPLIER", "NLD", "CONTRIBUTOR", "DEU", "CONTRIBUTOR");

    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

    private final JdbcClient jdbc;

    public TestUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The seeded organisations and one user per role (two contributors of different nations). */
    public TestUsers seed() {
        ORGANISATIONS.keySet().forEach(this::organisation);
        create(PLANNER, "UKR", Role.RECIPIENT_PLANNER);
        create(COORDINATOR, "NATO", Role.COORDINATOR);
        create(SUPPLIER, "USA", Role.SUPPLIER);
        create(CONTRIBUTOR_NLD, "NLD", Role.CONTRIBUTOR);
        create(CONTRIBUTOR_DEU, "DEU", Role.CONTRIBUTOR);
        create(AUDITOR, "NATO", Role.AUDITOR);
        create(ADMIN, "NATO", Role.ADMINISTRATOR);
        return this;
    }

    /**
     * The username of a contributor of the nation with this code (e.g. "DNK" gives "contributor-dnk"),
     * created with its organisation when missing.
     */
    public String contributorOf(String organisationCode) {
        String username = "contributor-" + organisationCode.toLowerCase(java.util.Locale.ROOT);
        create(username, organisationCode, Role.CONTRIBUTOR);
        return username;
    }

    /** The id of the organisation with this code, inserted first when missing. */
    public UUID organisation(String code) {
        jdbc.sql("""
                        insert into organisation (id, code, name, state, kinds)
                        values (:id, :code, :name, :state, :kinds) on conflict (code) do nothing""")
                .param("id", UUID.randomUUID())
                .param("code", code)
                .param("name", "Test organisation " + code)
                // three letters: a state (ISO 3166-1 alpha-3); longer codes are institutions such as NATO
                .param("state", code.length() == 3)
                .param("kinds", new String[] {ORGANISATIONS.getOrDefault(code, "CONTRIBUTOR")})
                .update();
        return jdbc.sql("select id from organisation where code = :code").param("code", code)
                .query(UUID.class).single();
    }

    /** A user with {@link #PASSWORD} in the organisation with this code (created when missing). */
    public TestUsers create(String username, String organisationCode, Role... roles) {
        jdbc.sql("""
                        insert into user_account (id, username, password_hash, organisation_id, roles)
                        values (:id, :username, :hash, :organisation, :roles) on conflict (username) do nothing""")
                .param("id", UUID.randomUUID())
                .param("username", username)
                .param("hash", HASH)
                .param("organisation", organisation(organisationCode))
                .param("roles", Arrays.stream(roles).map(Role::name).toArray(String[]::new))
                .update();
        return this;
    }
}
