-- Contributions: money from one or more contributors, in its own currency, moving pledged → committed → paid.
-- Each stage keeps its own amount and date (the date whose exchange rate converts it).
CREATE TABLE contribution (
    id               uuid PRIMARY KEY,
    package_id       uuid REFERENCES aid_package (id),          -- null: the general pool
    owner_id         uuid        NOT NULL REFERENCES organisation (id),  -- the lead contributor
    earmark          varchar(40),
    disclosure       varchar(16) NOT NULL,
    announced_on     date        NOT NULL,
    currency         char(3)     NOT NULL,
    stage            varchar(16) NOT NULL,
    pledged_amount   numeric(20, 3) NOT NULL CHECK (pledged_amount > 0 AND pledged_amount <= 10000000000000),
    pledged_on       date        NOT NULL,
    committed_amount numeric(20, 3) CHECK (committed_amount > 0 AND committed_amount <= pledged_amount),
    committed_on     date,
    paid_amount      numeric(20, 3) CHECK (paid_amount > 0 AND paid_amount <= committed_amount),
    paid_on          date,
    created_at       timestamptz NOT NULL,
    version          integer     NOT NULL DEFAULT 0,
    CONSTRAINT contribution_stage_dates CHECK (
        (committed_amount IS NULL) = (committed_on IS NULL) AND (paid_amount IS NULL) = (paid_on IS NULL))
);
CREATE INDEX contribution_package ON contribution (package_id);

-- Joint financing: every contributor of a contribution (the lead included).
CREATE TABLE contribution_contributor (
    contribution_id uuid NOT NULL REFERENCES contribution (id),
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    position        integer NOT NULL,
    PRIMARY KEY (contribution_id, organisation_id)
);
CREATE INDEX contribution_contributor_org ON contribution_contributor (organisation_id);
