-- Sustainment: the systems catalogue (platforms and the consumables they use), and what the recipient reports
-- of stock, use, losses and systems fielded outside the ledger.
CREATE SEQUENCE catalogue_entry_number;

-- A platform (an air-defence fire unit, a rocket launcher, a howitzer) or a consumable (an interceptor type,
-- rocket pods, shells, spare-part kits). The category, unit and unit cost estimate are what a requirement item
-- for it needs.
CREATE TABLE catalogue_entry (
    id                 uuid PRIMARY KEY,
    number             integer       NOT NULL UNIQUE DEFAULT nextval('catalogue_entry_number'),
    kind               varchar(16)   NOT NULL CHECK (kind IN ('PLATFORM', 'CONSUMABLE')),
    name               varchar(200)  NOT NULL,
    unit               varchar(40)   NOT NULL,
    category           varchar(40)   NOT NULL,
    unit_cost_amount   numeric(19,4) NOT NULL CHECK (unit_cost_amount > 0 AND unit_cost_amount <= 10000000000000),
    unit_cost_currency char(3)       NOT NULL,
    created_at         timestamptz   NOT NULL,
    created_by         varchar(100)  NOT NULL,
    version            integer       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX catalogue_entry_name ON catalogue_entry (lower(name));

-- How much of a consumable one platform uses per day at each intensity; a consumable may serve several
-- platforms, and a platform use several consumables.
CREATE TABLE consumable_use (
    platform_id   uuid          NOT NULL REFERENCES catalogue_entry (id),
    consumable_id uuid          NOT NULL REFERENCES catalogue_entry (id),
    low           numeric(14,4) NOT NULL CHECK (low >= 0),
    normal        numeric(14,4) NOT NULL CHECK (normal >= low),
    high          numeric(14,4) NOT NULL CHECK (high >= normal),
    PRIMARY KEY (platform_id, consumable_id)
);
CREATE INDEX consumable_use_consumable ON consumable_use (consumable_id);

-- A requirement item (and so each package item drawn from it) may name the catalogue entry it is.
ALTER TABLE requirement_item ADD COLUMN catalogue_entry_id uuid REFERENCES catalogue_entry (id);
CREATE INDEX requirement_item_catalogue ON requirement_item (catalogue_entry_id) WHERE catalogue_entry_id IS NOT NULL;

CREATE SEQUENCE sustainment_report_number;

-- What the recipient reports: stock of a consumable from outside the ledger (other programmes), use and losses
-- of a consumable, platforms fielded from outside the ledger, and platforms lost. Outside stock and fielded
-- systems carry their source. Rows recorded by one CSV upload share their import id.
CREATE TABLE sustainment_report (
    id          uuid PRIMARY KEY,
    number      integer       NOT NULL UNIQUE DEFAULT nextval('sustainment_report_number'),
    kind        varchar(16)   NOT NULL CHECK (kind IN ('STOCK', 'USE', 'LOSS', 'FIELDED')),
    entry_id    uuid          NOT NULL REFERENCES catalogue_entry (id),
    quantity    bigint        NOT NULL CHECK (quantity > 0),
    reported_on date          NOT NULL,
    source      varchar(200),
    note        varchar(1000),
    import_id   uuid,
    recorded_at timestamptz   NOT NULL,
    recorded_by varchar(100)  NOT NULL,
    CHECK (kind NOT IN ('STOCK', 'FIELDED') OR source IS NOT NULL)
);
CREATE INDEX sustainment_report_entry ON sustainment_report (entry_id, kind);

-- Published by deliveries for sustainment: per package item, what the recipient has confirmed (the rule of
-- confirmed_package_item), what the supplier credited instead of delivering, and the day of the latest
-- receipt (UTC), which dates the stock report the confirmation is.
CREATE VIEW confirmed_receipt AS
SELECT s.package_id, si.requirement_item_id,
       sum(si.quantity - coalesce((SELECT sum(d.quantity) FROM delivery_discrepancy d
                                   WHERE d.shipment_id = si.shipment_id
                                     AND d.requirement_item_id = si.requirement_item_id
                                     AND (d.resolution IS NULL OR d.resolution <> 'REJECTED')), 0))::bigint AS confirmed,
       sum(coalesce((SELECT sum(d.quantity) FROM delivery_discrepancy d
                     WHERE d.shipment_id = si.shipment_id
                       AND d.requirement_item_id = si.requirement_item_id
                       AND d.resolution = 'CREDIT'), 0))::bigint AS credited,
       max((s.received_at AT TIME ZONE 'UTC')::date) AS last_received_on
FROM shipment s JOIN shipment_item si ON si.shipment_id = s.id
WHERE s.received_at IS NOT NULL
GROUP BY s.package_id, si.requirement_item_id;

-- Published by packages and requirements for sustainment: every item of a live package whose requirement item
-- names a catalogue entry, with the package's status and quantity.
CREATE VIEW catalogued_package_item AS
SELECT pi.package_id, p.status AS package_status, pi.requirement_item_id, ri.catalogue_entry_id, pi.quantity
FROM package_item pi
JOIN aid_package p ON p.id = pi.package_id
JOIN requirement_item ri ON ri.id = pi.requirement_item_id
WHERE ri.catalogue_entry_id IS NOT NULL AND p.status <> 'CANCELLED';
