-- Deliveries: shipments the supplier records against contracted packages, and what the recipient confirms.
CREATE SEQUENCE shipment_number;

-- One shipment of some of a package's items. Each milestone has an expected and an actual date; milestones are
-- reached in order (shipped, arrived at the logistics hub, handed over to the recipient).
CREATE TABLE shipment (
    id                 uuid PRIMARY KEY,
    number             integer      NOT NULL UNIQUE DEFAULT nextval('shipment_number'),
    package_id         uuid         NOT NULL REFERENCES aid_package (id),
    reference          varchar(200),
    shipped_expected   date,
    shipped_on         date,
    at_hub_expected    date,
    at_hub_on          date,
    handover_expected  date         NOT NULL,
    handed_over_on     date,
    received_at        timestamptz,
    received_by        varchar(100),
    recorded_at        timestamptz  NOT NULL,
    recorded_by        varchar(100) NOT NULL,
    version            integer      NOT NULL DEFAULT 0,
    CHECK (at_hub_on IS NULL OR shipped_on IS NOT NULL),
    CHECK (handed_over_on IS NULL OR at_hub_on IS NOT NULL),
    CHECK (received_at IS NULL OR handed_over_on IS NOT NULL)
);
CREATE INDEX shipment_package ON shipment (package_id);

CREATE TABLE shipment_item (
    shipment_id         uuid   NOT NULL REFERENCES shipment (id),
    requirement_item_id uuid   NOT NULL,
    quantity            bigint NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (shipment_id, requirement_item_id)
);
CREATE INDEX shipment_item_requirement ON shipment_item (requirement_item_id);

CREATE SEQUENCE discrepancy_number;

-- What the recipient found wrong with a handed-over item (short, damaged, wrong item); open until the supplier
-- resolves it with a replacement, a credit, or a rejection with its reason.
CREATE TABLE delivery_discrepancy (
    id                  uuid PRIMARY KEY,
    number              integer       NOT NULL UNIQUE DEFAULT nextval('discrepancy_number'),
    shipment_id         uuid          NOT NULL,
    requirement_item_id uuid          NOT NULL,
    kind                varchar(16)   NOT NULL,
    quantity            bigint        NOT NULL CHECK (quantity > 0),
    note                varchar(1000) NOT NULL,
    reported_at         timestamptz   NOT NULL,
    reported_by         varchar(100)  NOT NULL,
    resolution          varchar(16),
    resolution_note     varchar(1000),
    resolved_at         timestamptz,
    resolved_by         varchar(100),
    FOREIGN KEY (shipment_id, requirement_item_id) REFERENCES shipment_item (shipment_id, requirement_item_id)
);
CREATE INDEX delivery_discrepancy_shipment ON delivery_discrepancy (shipment_id);

-- Published for other modules (sustainment, reporting): the quantity of each package item the recipient has
-- confirmed as delivered. Only received shipments count, less what a discrepancy holds back unless the
-- supplier rejected it (then the item was delivered as shipped).
CREATE VIEW confirmed_package_item AS
SELECT s.package_id, si.requirement_item_id,
       sum(si.quantity - coalesce((SELECT sum(d.quantity) FROM delivery_discrepancy d
                                   WHERE d.shipment_id = si.shipment_id
                                     AND d.requirement_item_id = si.requirement_item_id
                                     AND (d.resolution IS NULL OR d.resolution <> 'REJECTED')), 0))::bigint AS confirmed
FROM shipment s JOIN shipment_item si ON si.shipment_id = s.id
WHERE s.received_at IS NOT NULL
GROUP BY s.package_id, si.requirement_item_id;

-- Published for the dashboard: each shipment not yet handed over, with its next milestone and the date that
-- milestone is expected (its own expected date, or the expected handover when none was given). A shipment is
-- overdue when that date has passed.
CREATE VIEW shipment_progress AS
SELECT s.id AS shipment_id, s.package_id, s.number,
       CASE WHEN s.shipped_on IS NULL THEN 'SHIPPED' WHEN s.at_hub_on IS NULL THEN 'AT_HUB' ELSE 'HANDED_OVER' END
           AS next_milestone,
       CASE WHEN s.shipped_on IS NULL THEN coalesce(s.shipped_expected, s.handover_expected)
            WHEN s.at_hub_on IS NULL THEN coalesce(s.at_hub_expected, s.handover_expected)
            ELSE s.handover_expected END AS next_expected_on
FROM shipment s
WHERE s.handed_over_on IS NULL;
