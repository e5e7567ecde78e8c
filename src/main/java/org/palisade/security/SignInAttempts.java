package org.palisade.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and client address within the lockout window. Failures are rows in
 * PostgreSQL, so the limit holds across restarts and across instances; rows older than the window are
 * deleted as new ones arrive, so the table stays small. Concurrent attempts may overshoot the limit by the
 * number of requests in flight, which still bounds guessing to a handful per window.
 */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;
    private final SignInProperties settings;

    SignInAttempts(JdbcClient jdbc, SignInProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    boolean lockedOut(String username, String clientAddress) {
        int failures = jdbc.sql("""
                        select count(*) from sign_in_failure
                        where username = :username and client_address = :address
                          and failed_at > now() - make_interval(secs => :window)""")
                .param("username", key(username))
                .param("address", address(clientAddress))
                .param("window", settings.lockout().toSeconds())
                .query(Integer.class).single();
        return failures >= settings.maxFailedSignIns();
    }

    void failed(String username, String clientAddress) {
        jdbc.sql("delete from sign_in_failure where failed_at < now() - make_interval(secs => :window)")
                .param("window", settings.lockout().toSeconds())
                .update();
        jdbc.sql("insert into sign_in_failure (username, client_address) values (:username, :address)")
                .param("username", key(username))
                .param("address", address(clientAddress))
                .update();
    }

    void succeeded(String username, String clientAddress) {
        jdbc.sql("delete from sign_in_failure where username = :username and client_address = :address")
                .param("username", key(username))
                .param("address", address(clientAddress))
                .update();
    }

    // attackers choose the username: bound its length to the column instead of failing on long input
    private static String key(String username) {
        String normalised = LocalUsers.normalise(username);
        return normalised.length() > 100 ? normalised.substring(0, 100) : normalised;
    }

    private static String address(String clientAddress) {
        String a = clientAddress == null ? "unknown" : clientAddress;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}
