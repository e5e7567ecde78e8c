-- Page sessions (Spring Session JDBC), kept here rather than in one instance's memory so that every
-- instance behind a load balancer knows every signed-in visitor, and a restart signs nobody out.
-- The columns and names are the ones Spring Session's JdbcIndexedSessionRepository reads and writes
-- (unquoted, so PostgreSQL folds them to lower case); times are milliseconds since the epoch.
-- Expired sessions are deleted by each instance once a minute (spring.session.jdbc.cleanup-cron) through
-- the index on expiry_time. The API is stateless and writes nothing here.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

-- One row per session attribute (the security context, the CSRF token, a flash message), Java-serialized.
CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
