-- Packages (tranches) of about USD 500M assembled from the approved requirement list.
CREATE SEQUENCE aid_package_number;

CREATE TABLE aid_package (
    id              uuid PRIMARY KEY,
    number          integer      NOT NULL UNIQUE DEFAULT nextval('aid_package_number'),
    name            varchar(200) NOT NULL,
    target_amount   numeric(20, 3) NOT NULL CHECK (target_amount > 0 AND target_amount <= 10000000000000),
    target_currency char(3)      NOT NULL,
    status          varchar(16)  NOT NULL,
    owner_id        uuid         NOT NULL REFERENCES organisation (id),
    disclosure      varchar(16)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    version         integer      NOT NULL DEFAULT 0
);
CREATE INDEX aid_package_status ON aid_package (status);

-- Quantities taken from requirement items; live (not cancelled) packages never take more than an item has.
CREATE TABLE package_item (
    package_id          uuid   NOT NULL REFERENCES aid_package (id),
    requirement_item_id uuid   NOT NULL,
    quantity            bigint NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (package_id, requirement_item_id)
);
CREATE INDEX package_item_requirement ON package_item (requirement_item_id);

-- Every status a package went through: its timeline.
CREATE TABLE package_status_change (
    package_id uuid        NOT NULL REFERENCES aid_package (id),
    status     varchar(16) NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by varchar(100) NOT NULL,
    reason     varchar(500),
    PRIMARY KEY (package_id, status)
);
