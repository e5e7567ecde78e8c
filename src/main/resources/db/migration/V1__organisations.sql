-- Organisations: states (ISO 3166-1 alpha-3 code) and institutions (short ids such as NATO, EU, NSATU).
CREATE TABLE organisation (
    id          uuid PRIMARY KEY,
    code        varchar(16)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    state       boolean      NOT NULL,
    kinds       varchar(16)[] NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     integer      NOT NULL DEFAULT 0,
    CONSTRAINT organisation_code_shape CHECK (code ~ '^[A-Z][A-Z0-9_]{1,15}$')
);

-- Membership of an alliance over time: Finland joined NATO on 2023-04-04, Sweden on 2024-03-07.
CREATE TABLE membership (
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    alliance        varchar(16) NOT NULL,
    valid_from      date        NOT NULL,
    valid_to        date,
    PRIMARY KEY (organisation_id, alliance, valid_from),
    CONSTRAINT membership_period CHECK (valid_to IS NULL OR valid_to > valid_from)
);
