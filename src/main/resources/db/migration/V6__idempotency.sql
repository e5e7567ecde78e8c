-- Responses to requests that carried an Idempotency-Key: a repeated request gets the first answer back.
-- The row is written in the same transaction as the change it answers, so a failed request leaves no key.
CREATE TABLE idempotency_key (
    scope           varchar(200) NOT NULL,
    key             varchar(200) NOT NULL,
    request_hash    char(64)     NOT NULL,
    response_status integer,
    response_body   text,
    location        varchar(500),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
