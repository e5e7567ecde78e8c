-- Audit trail: one entry per change, appended in the change's own transaction (unsequenced), then given a
-- place in a SHA-256 hash chain by the single sequencer. No foreign keys: an entry must never fail to be
-- written, nor be removed, because of what later happens to the records it names.
CREATE TABLE audit_entry (
    id                    uuid PRIMARY KEY,
    occurred_at           timestamptz  NOT NULL,
    actor                 varchar(200) NOT NULL,
    actor_organisation_id uuid,
    record_type           varchar(64)  NOT NULL,
    record_id             uuid         NOT NULL,
    owner_organisation_id uuid,
    action                varchar(64)  NOT NULL,
    before                jsonb,
    after                 jsonb,
    reason                text,
    -- set once, by the sequencer
    sequence              bigint UNIQUE,
    prev_hash             char(64),
    hash                  char(64),
    sequenced_at          timestamptz,
    CONSTRAINT audit_entry_sequenced_whole CHECK (
        (sequence IS NULL AND prev_hash IS NULL AND hash IS NULL AND sequenced_at IS NULL)
        OR (sequence > 0 AND prev_hash IS NOT NULL AND hash IS NOT NULL AND sequenced_at IS NOT NULL))
);

-- The sequencer's work queue: small, because entries leave it within the merge delay.
CREATE INDEX audit_entry_unsequenced ON audit_entry (occurred_at, id) WHERE sequence IS NULL;
-- One record's history, newest first.
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id, sequence DESC);

-- Written in the same transaction as each sequenced batch: the head of the chain at that moment. Lets
-- verification notice entries cut from the end of the chain, where no later link would show the gap.
CREATE TABLE audit_checkpoint (
    sequence   bigint      PRIMARY KEY,
    head_hash  char(64)    NOT NULL,
    created_at timestamptz NOT NULL
);

-- Append-only, enforced by the database so that no code path (nor a hand-typed UPDATE) changes history by
-- accident. The one permitted update is the sequencer placing an unsequenced entry in the chain. A
-- superuser can still switch triggers off; the hash chain is what shows that.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.sequence IS NULL AND NEW.sequence IS NOT NULL
       AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.actor_organisation_id, NEW.record_type, NEW.record_id,
            NEW.owner_organisation_id, NEW.action, NEW.before, NEW.after, NEW.reason)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.occurred_at, OLD.actor, OLD.actor_organisation_id, OLD.record_type, OLD.record_id,
            OLD.owner_organisation_id, OLD.action, OLD.before, OLD.after, OLD.reason) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only: % of entry % refused', lower(TG_OP), OLD.id;
END $$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, lower(TG_OP);
END $$;

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
