package org.palisade.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Page sessions in PostgreSQL. Two requests of one session (a resent form, a second tab) may both add the same
 * attribute, such as the notice shown after a redirect; Spring Session's plain INSERT then fails the later one
 * on the attribute's primary key and the visitor sees an error page. An upsert lets the later write win, as it
 * would in a session held in memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
class PageSessionStore {

    private static final String CREATE_OR_REPLACE_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites() {
        return repository -> repository.setCreateSessionAttributeQuery(CREATE_OR_REPLACE_ATTRIBUTE);
    }
}
