-- Where figures come from. A source is a record like any other (audited, with a disclosure level); a claim is
-- what one source says about one contribution or one package. A record has many claims and uses one of them.
CREATE TABLE source (
    id           uuid PRIMARY KEY,
    number       integer GENERATED ALWAYS AS IDENTITY UNIQUE,
    kind         varchar(24)  NOT NULL CHECK (kind IN ('NEWS_ARTICLE', 'OFFICIAL_STATEMENT', 'DATASET', 'DOCUMENT',
                                                       'COMMUNICATION', 'OBSERVATION')),
    outlet       varchar(300) NOT NULL,                  -- outlet or issuer
    title        varchar(500) NOT NULL,
    url          varchar(2000),                          -- a source need not have one
    published_on date,
    language     varchar(35),
    excerpt      text,
    disclosure   varchar(16)  NOT NULL CHECK (disclosure IN ('PUBLIC', 'COALITION', 'CONFIDENTIAL')),
    owner_id     uuid REFERENCES organisation (id),     -- the organisation of whoever recorded it
    created_at   timestamptz  NOT NULL,
    created_by   varchar(200) NOT NULL,
    version      integer      NOT NULL DEFAULT 0
);
CREATE INDEX source_published ON source (published_on DESC);

CREATE TABLE claim (
    id                uuid PRIMARY KEY,
    number            integer GENERATED ALWAYS AS IDENTITY UNIQUE,
    contribution_id   uuid REFERENCES contribution (id),
    package_id        uuid REFERENCES aid_package (id),
    source_id         uuid NOT NULL REFERENCES source (id),
    contributor_codes varchar(8)[] NOT NULL DEFAULT '{}',  -- organisation codes as the source names them
    amount            numeric(20, 3) CHECK (amount > 0 AND amount <= 10000000000000),
    currency          char(3),
    bound             varchar(10) NOT NULL DEFAULT 'EXACT' CHECK (bound IN ('ABOUT', 'EXACT', 'AT_LEAST', 'UP_TO')),
    claimed_on        date,
    date_precision    varchar(5) CHECK (date_precision IN ('DAY', 'MONTH')),  -- a month is kept on its first day
    program           varchar(10) CHECK (program IN ('PURL', 'OTHER')),
    items             text,
    evidence          text,
    used              boolean NOT NULL DEFAULT false,
    chosen_by         varchar(200),
    chosen_at         timestamptz,
    chosen_reason     varchar(1000),
    created_at        timestamptz NOT NULL,
    created_by        varchar(200) NOT NULL,
    version           integer NOT NULL DEFAULT 0,
    CONSTRAINT claim_about_one_record CHECK ((contribution_id IS NULL) <> (package_id IS NULL)),
    CONSTRAINT claim_amount_has_currency CHECK (amount IS NULL OR currency IS NOT NULL),
    CONSTRAINT claim_date_precision CHECK ((claimed_on IS NULL) = (date_precision IS NULL)),
    CONSTRAINT claim_used_is_chosen CHECK (NOT used OR (chosen_by IS NOT NULL AND chosen_at IS NOT NULL))
);
CREATE INDEX claim_contribution ON claim (contribution_id) WHERE contribution_id IS NOT NULL;
CREATE INDEX claim_package ON claim (package_id) WHERE package_id IS NOT NULL;
CREATE INDEX claim_source ON claim (source_id);
-- exactly one used claim per record at most: two people choosing at once cannot both win
CREATE UNIQUE INDEX claim_used_per_contribution ON claim (contribution_id) WHERE used AND contribution_id IS NOT NULL;
CREATE UNIQUE INDEX claim_used_per_package ON claim (package_id) WHERE used AND package_id IS NOT NULL;

-- Claims about the same record that disagree on a field (ClaimConflicts says when): open until someone resolves
-- it with a decision and its reason. One open conflict per record and field.
CREATE TABLE claim_conflict (
    id              uuid PRIMARY KEY,
    number          integer GENERATED ALWAYS AS IDENTITY UNIQUE,
    contribution_id uuid REFERENCES contribution (id),
    package_id      uuid REFERENCES aid_package (id),
    field           varchar(16) NOT NULL CHECK (field IN ('CONTRIBUTORS', 'AMOUNT', 'CURRENCY', 'DATE')),
    claim_ids       uuid[] NOT NULL,
    detected_at     timestamptz NOT NULL,
    decision        varchar(16) CHECK (decision IN ('KEEP_USED', 'USE_OTHER', 'NOT_A_CONFLICT')),
    kept_claim_id   uuid REFERENCES claim (id),
    reason          varchar(1000),
    resolved_at     timestamptz,
    resolved_by     varchar(200),
    version         integer NOT NULL DEFAULT 0,
    CONSTRAINT claim_conflict_about_one_record CHECK ((contribution_id IS NULL) <> (package_id IS NULL)),
    CONSTRAINT claim_conflict_resolution CHECK ((resolved_at IS NULL) = (decision IS NULL)
        AND (resolved_at IS NULL) = (resolved_by IS NULL) AND (resolved_at IS NULL) = (reason IS NULL))
);
CREATE UNIQUE INDEX claim_conflict_open ON claim_conflict (COALESCE(contribution_id, package_id), field)
    WHERE resolved_at IS NULL;
CREATE INDEX claim_conflict_detected ON claim_conflict (detected_at DESC);

-- Published for other modules (reporting): per record claimed about, how many claims and distinct sources it
-- rests on, the claim it uses and its open conflicts. A record absent here rests on no source yet.
CREATE VIEW record_claims AS
SELECT g.record_type, g.record_id, g.claims, g.sources, g.used_claim_id,
       (SELECT count(*) FROM claim_conflict cc WHERE cc.resolved_at IS NULL
            AND COALESCE(cc.contribution_id, cc.package_id) = g.record_id) AS open_conflicts
FROM (SELECT CASE WHEN cl.contribution_id IS NOT NULL THEN 'contribution' ELSE 'package' END AS record_type,
             COALESCE(cl.contribution_id, cl.package_id)  AS record_id,
             count(*)                                     AS claims,
             count(DISTINCT cl.source_id)                 AS sources,
             (array_agg(cl.id) FILTER (WHERE cl.used))[1] AS used_claim_id
      FROM claim cl
      GROUP BY 1, 2) g;

-- Every contribution with the number of claims and sources its figures rest on (0: none yet).
CREATE VIEW contribution_claim_count AS
SELECT c.id AS contribution_id, COALESCE(rc.claims, 0) AS claims, COALESCE(rc.sources, 0) AS sources,
       rc.used_claim_id, COALESCE(rc.open_conflicts, 0) AS open_conflicts
FROM contribution c
LEFT JOIN record_claims rc ON rc.record_type = 'contribution' AND rc.record_id = c.id;
