package org.palisade.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of personal access tokens. */
@Component
class AccessTokenRepository {

    private static final String COLUMNS = """
            t.id, u.username, u.organisation_id, t.name, t.hint, t.scope, t.created_at, t.expires_at,
            t.last_used_at, t.revoked_at, t.revoked_by""";

    private final JdbcClient jdbc;

    AccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A live token with its owner as they are now; the signed-in user of a request made with it. */
    record Holder(UUID tokenId, TokenScope scope, Instant lastUsedAt, SignedInUser user) {
    }

    /**
     * The token with this hash if it is neither revoked nor expired and its owner may still sign in. One
     * statement, with no cache in front of it: disabling a user or revoking a token counts from the next request.
     */
    Optional<Holder> findLive(byte[] hash, Instant now) {
        return jdbc.sql("""
                        select t.id, t.scope, t.last_used_at, u.username, u.organisation_id, o.code, u.roles
                        from access_token t
                        join user_account u on u.id = t.user_id
                        join organisation o on o.id = u.organisation_id
                        where t.secret_hash = :hash and t.revoked_at is null and t.expires_at > :now and u.enabled""")
                .param("hash", hash).param("now", at(now))
                .query((rs, n) -> new Holder(rs.getObject(1, UUID.class), TokenScope.valueOf(rs.getString(2)),
                        instant(rs, 3), new SignedInUser(rs.getString(4), rs.getObject(5, UUID.class),
                                rs.getString(6), roles((String[]) rs.getArray(7).getArray()))))
                .optional();
    }

    /** Notes a use, unless one was noted less than {@code resolution} ago (so most requests write nothing). */
    void markUsed(UUID id, Instant now, Duration resolution) {
        jdbc.sql("""
                        update access_token set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at < :since)""")
                .param("id", id).param("now", at(now)).param("since", at(now.minus(resolution)))
                .update();
    }

    Optional<UUID> userId(String username) {
        return jdbc.sql("select id from user_account where username = :username")
                .param("username", username).query(UUID.class).optional();
    }

    void insert(UUID id, UUID userId, String name, TokenSecret secret, TokenScope scope, Instant createdAt,
            Instant expiresAt) {
        jdbc.sql("""
                        insert into access_token (id, user_id, name, secret_hash, hint, scope, created_at, expires_at)
                        values (:id, :user, :name, :hash, :hint, :scope, :created, :expires)""")
                .param("id", id).param("user", userId).param("name", name).param("hash", secret.hash())
                .param("hint", secret.hint()).param("scope", scope.name())
                .param("created", at(createdAt)).param("expires", at(expiresAt))
                .update();
    }

    Optional<AccessToken> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from access_token t join user_account u on u.id = t.user_id"
                        + " where t.id = :id")
                .param("id", id).query(AccessTokenRepository::token).optional();
    }

    /** A user's tokens, newest first, revoked and expired ones included. */
    List<AccessToken> ofUser(String username) {
        return jdbc.sql("select " + COLUMNS + " from access_token t join user_account u on u.id = t.user_id"
                        + " where u.username = :username order by t.created_at desc, t.id")
                .param("username", username).query(AccessTokenRepository::token).list();
    }

    /** Revokes the token if it is not revoked yet; false when it already was. */
    boolean revoke(UUID id, String by, Instant when) {
        return jdbc.sql("""
                        update access_token set revoked_at = :at, revoked_by = :by
                        where id = :id and revoked_at is null""")
                .param("id", id).param("at", at(when)).param("by", by).update() == 1;
    }

    private static AccessToken token(ResultSet rs, int n) throws SQLException {
        return new AccessToken(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), TokenScope.valueOf(rs.getString(6)), instant(rs, 7), instant(rs, 8),
                instant(rs, 9), instant(rs, 10), rs.getString(11));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Set<Role> roles(String[] names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
