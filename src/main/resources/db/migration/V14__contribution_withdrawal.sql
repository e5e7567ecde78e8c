-- A pledge may be withdrawn (it binds nobody yet); the row stays, at stage WITHDRAWN, and counts nowhere.
-- The reason given is kept in the audit trail with the change.
ALTER TABLE contribution ADD COLUMN withdrawn_on date;
ALTER TABLE contribution ADD CONSTRAINT contribution_withdrawal
    CHECK ((stage = 'WITHDRAWN') = (withdrawn_on IS NOT NULL));
