-- Personal access tokens: a local user's named, expiring secret for the API (Authorization: Bearer pal_...).
-- Only a SHA-256 hash of the secret is kept. The secret is 256 random bits, so a fast hash is enough: there
-- is nothing to guess, unlike a password, and a slow hash would cost every API call.
CREATE TABLE access_token (
    id           uuid         PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES user_account (id),
    name         varchar(100) NOT NULL,
    secret_hash  bytea        NOT NULL UNIQUE,
    -- the first characters of the secret, shown in lists so that its owner recognises a leaked one
    hint         varchar(12)  NOT NULL,
    scope        varchar(16)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    -- updated at most once a minute per token, so that using a token does not write on every request
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(100),
    CONSTRAINT access_token_scope CHECK (scope IN ('READ_WRITE', 'READ_ONLY')),
    CONSTRAINT access_token_name CHECK (length(btrim(name)) > 0),
    CONSTRAINT access_token_expiry CHECK (expires_at > created_at),
    CONSTRAINT access_token_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE INDEX access_token_user ON access_token (user_id, created_at);
