-- Requirement lists: numbered versions of the recipient's prioritized list, approved jointly by the
-- recipient, the coordinator and the supplier.
CREATE TABLE requirement_list (
    id           uuid        PRIMARY KEY,
    number       integer     NOT NULL UNIQUE CHECK (number >= 1),
    status       varchar(16) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'SUPERSEDED')),
    owner_id     uuid        NOT NULL REFERENCES organisation (id),
    -- a recipient's needs are coalition business by default: the public sees them only once disclosed
    disclosure   varchar(16) NOT NULL DEFAULT 'COALITION'
                 CHECK (disclosure IN ('PUBLIC', 'COALITION', 'CONFIDENTIAL')),
    based_on_id  uuid        REFERENCES requirement_list (id),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    submitted_at timestamptz,
    approved_at  timestamptz,
    version      bigint      NOT NULL DEFAULT 0
);

-- At most one version is being worked on (draft or submitted), and at most one is in force (approved):
-- the application checks both first; these indexes keep them true when two requests race.
CREATE UNIQUE INDEX requirement_list_one_open ON requirement_list ((true)) WHERE status IN ('DRAFT', 'SUBMITTED');
CREATE UNIQUE INDEX requirement_list_one_approved ON requirement_list ((true)) WHERE status = 'APPROVED';

CREATE TABLE requirement_item (
    id                 uuid          PRIMARY KEY,
    list_id            uuid          NOT NULL REFERENCES requirement_list (id),
    lineage            uuid          NOT NULL,
    category           varchar(40)   NOT NULL,
    description        varchar(500)  NOT NULL,
    quantity           bigint        NOT NULL CHECK (quantity > 0),
    unit               varchar(40)   NOT NULL,
    unit_cost_amount   numeric(19,4) NOT NULL CHECK (unit_cost_amount > 0 AND unit_cost_amount <= 10000000000000),
    unit_cost_currency char(3)       NOT NULL,
    rank               integer       NOT NULL CHECK (rank >= 1),
    needed_by          date,
    -- deferred to commit, so that re-ranking may pass through a moment where two items share a rank
    CONSTRAINT requirement_item_rank_unique UNIQUE (list_id, rank) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT requirement_item_lineage_unique UNIQUE (list_id, lineage)
);

CREATE TABLE requirement_list_approval (
    list_id         uuid         NOT NULL REFERENCES requirement_list (id),
    party           varchar(16)  NOT NULL CHECK (party IN ('RECIPIENT', 'COORDINATOR', 'SUPPLIER')),
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    approved_by     varchar(200) NOT NULL,
    approved_at     timestamptz  NOT NULL,
    PRIMARY KEY (list_id, party)
);

-- Ranks are 1..n without gaps in every version. Unique ranks of at least 1 are gap-free exactly when the
-- highest rank equals the number of items; checked at commit, after a whole re-ranking is done.
CREATE FUNCTION requirement_ranks_gap_free() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    list uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.list_id ELSE NEW.list_id END;
    items bigint;
    highest integer;
BEGIN
    SELECT count(*), coalesce(max(rank), 0) INTO items, highest FROM requirement_item WHERE list_id = list;
    IF items <> highest THEN
        RAISE EXCEPTION 'ranks of requirement list % must run 1..% without gaps (highest is %)', list, items, highest
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER requirement_item_ranks_gap_free
    AFTER INSERT OR UPDATE OR DELETE ON requirement_item
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION requirement_ranks_gap_free();

-- An approved (or superseded) version is a record of what was agreed: its items never change, whatever
-- code path (or person with SQL access) tries.
CREATE FUNCTION requirement_item_frozen_when_approved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    list uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.list_id ELSE NEW.list_id END;
    list_status varchar(16);
BEGIN
    SELECT status INTO list_status FROM requirement_list WHERE id = list;
    IF list_status IN ('APPROVED', 'SUPERSEDED') THEN
        RAISE EXCEPTION 'requirement list % is % and its items cannot change', list, lower(list_status)
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.list_id <> OLD.list_id THEN
        RAISE EXCEPTION 'a requirement item cannot move to another list' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER requirement_item_frozen_when_approved
    BEFORE INSERT OR UPDATE OR DELETE ON requirement_item
    FOR EACH ROW EXECUTE FUNCTION requirement_item_frozen_when_approved();
