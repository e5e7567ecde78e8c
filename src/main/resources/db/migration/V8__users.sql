-- Local users: people who sign in with a password (form login on the pages, HTTP Basic on the API).
-- Users of an external identity provider are not stored here; their organisation and roles come from
-- the token's claims at each sign-in.
CREATE TABLE user_account (
    id              uuid         PRIMARY KEY,
    -- stored in lower case so that "Planner" and "planner" cannot be two accounts
    username        varchar(100) NOT NULL UNIQUE,
    -- DelegatingPasswordEncoder format: "{bcrypt}$2a$10$..." names the algorithm, so it can change later
    password_hash   varchar(500) NOT NULL,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    roles           varchar(32)[] NOT NULL,
    enabled         boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT user_account_username_shape CHECK (username = lower(username) AND length(username) >= 3),
    CONSTRAINT user_account_has_role CHECK (cardinality(roles) > 0),
    CONSTRAINT user_account_known_roles CHECK (roles <@ ARRAY['RECIPIENT_PLANNER', 'COORDINATOR', 'SUPPLIER',
        'CONTRIBUTOR', 'AUDITOR', 'ADMINISTRATOR']::varchar(32)[])
);

CREATE INDEX user_account_organisation ON user_account (organisation_id);

-- Failed sign-ins, per username and client address, kept for the lockout window only. Kept in the
-- database (not in memory) so that the limit holds across restarts and across several instances.
CREATE TABLE sign_in_failure (
    username       varchar(100) NOT NULL,
    client_address varchar(64)  NOT NULL,
    failed_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX sign_in_failure_key ON sign_in_failure (username, client_address, failed_at);
CREATE INDEX sign_in_failure_age ON sign_in_failure (failed_at);
