package org.palisade.security;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds an organisation by its code ("NLD", "NATO"), as users and identity providers name it. */
@Component
class OrganisationCodes {

    private final JdbcClient jdbc;

    OrganisationCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    Optional<UUID> find(String code) {
        return jdbc.sql("select id from organisation where code = :code")
                .param("code", normalise(code)).query(UUID.class).optional();
    }
}
