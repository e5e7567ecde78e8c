package org.palisade.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Users who sign in with a password stored in Palisade: look-up at sign-in and creation. */
@Component
class LocalUsers {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    LocalUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Usernames are case-insensitive: stored and looked up in lower case. */
    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    Optional<LocalUser> find(String username) {
        return jdbc.sql("""
                        select u.username, u.password_hash, u.enabled, u.organisation_id, o.code, u.roles
                        from user_account u join organisation o on o.id = u.organisation_id
                        where u.username = :username""")
                .param("username", normalise(username))
                .query((rs, n) -> new LocalUser(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, UUID.class), rs.getString(5),
                        roles((String[]) rs.getArray(6).getArray())))
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from user_account where username = :username")
                .param("username", normalise(username)).query(Integer.class).single() > 0;
    }

    /** Creates a user; the password is hashed here and never stored or logged in clear. */
    UUID create(String username, String rawPassword, UUID organisationId, Set<Role> roles) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into user_account (id, username, password_hash, organisation_id, roles)
                        values (:id, :username, :hash, :organisation, :roles)""")
                .param("id", id)
                .param("username", normalise(username))
                .param("hash", passwords.encode(rawPassword))
                .param("organisation", organisationId)
                .param("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
                .update();
        return id;
    }

    /** A user as administrators see them: never the password hash. */
    record Summary(String username, String organisationCode, List<Role> roles, boolean enabled) {
    }

    List<Summary> list() {
        return jdbc.sql("""
                        select u.username, o.code, u.roles, u.enabled
                        from user_account u join organisation o on o.id = u.organisation_id
                        order by u.username""")
                .query((rs, n) -> new Summary(rs.getString(1), rs.getString(2),
                        roles((String[]) rs.getArray(3).getArray()).stream().sorted().toList(), rs.getBoolean(4)))
                .list();
    }

    private static Set<Role> roles(String[] names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
