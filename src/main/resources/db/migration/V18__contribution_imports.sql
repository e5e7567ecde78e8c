-- Spreadsheets in: contributions imported from XLSX or CSV files, all rows of a file or none.
--
-- contribution_import: one row per import of a file, idempotent by the file's SHA-256 digest. The row is
-- committed as RUNNING before the contributions are written (in one transaction of their own), so its state
-- and progress can be read from any instance while the import runs; it becomes IMPORTED in that transaction
-- or FAILED after it rolled back. The partial unique index lets a file be imported once: a second upload of
-- the same file, also one racing the first, finds the digest taken. A failed import frees the digest again.
CREATE SEQUENCE contribution_import_number;

CREATE TABLE contribution_import (
    id                      uuid PRIMARY KEY,
    number                  integer      NOT NULL UNIQUE DEFAULT nextval('contribution_import_number'),
    digest                  char(64)     NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
    file_name               varchar(300) NOT NULL,
    format                  varchar(8)   NOT NULL,
    status                  varchar(16)  NOT NULL CHECK (status IN ('RUNNING', 'IMPORTED', 'FAILED')),
    phase                   varchar(16)  NOT NULL,
    rows_total              integer,
    rows_done               integer      NOT NULL DEFAULT 0,
    contributions           integer,
    problems                jsonb,       -- on failure: [{row, column, message}], at most the first 1000
    problem_count           integer,
    started_by              varchar(200) NOT NULL,
    started_by_organisation uuid,
    started_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL,
    finished_at             timestamptz
);
ALTER SEQUENCE contribution_import_number OWNED BY contribution_import.number;
CREATE UNIQUE INDEX contribution_import_once ON contribution_import (digest) WHERE status <> 'FAILED';
CREATE INDEX contribution_import_started ON contribution_import (started_at DESC);

-- A file uploaded on the import page, kept between its dry run and the import the reader then starts (the
-- page posts the digest, not the file again). Uploads older than a day are removed by the next upload.
CREATE TABLE contribution_import_upload (
    digest      char(64)     PRIMARY KEY,
    file_name   varchar(300) NOT NULL,
    content     bytea        NOT NULL,
    uploaded_by varchar(200) NOT NULL,
    uploaded_at timestamptz  NOT NULL
);

-- Which import recorded a contribution (null: recorded one by one). No foreign key: the contributions module
-- owns the column and keeps the reference as a fact, like the audit trail does.
ALTER TABLE contribution ADD COLUMN import_id uuid;
CREATE INDEX contribution_import_id ON contribution (import_id) WHERE import_id IS NOT NULL;
