-- News articles turned into candidate claims that a person reviews. An article is a source (kind NEWS_ARTICLE)
-- with its readable text kept here; its digest (SHA-256 of that text) lets the same article be imported once.
-- Each candidate is what the extractor read from one sentence; it waits until a reviewer accepts it (onto a new
-- pledge, or as a claim about an existing contribution or package) or rejects it with a reason. Nothing enters
-- the ledger unreviewed: only an acceptance records a claim (and, for a new pledge, the contribution).
CREATE TABLE article (
    id          uuid PRIMARY KEY,
    number      integer GENERATED ALWAYS AS IDENTITY UNIQUE,
    source_id   uuid         NOT NULL UNIQUE REFERENCES source (id),
    digest      char(64)     NOT NULL UNIQUE CHECK (digest ~ '^[0-9a-f]{64}$'),
    text        text         NOT NULL,                 -- readable text: paragraphs apart by a blank line
    imported_at timestamptz  NOT NULL,
    imported_by varchar(200) NOT NULL
);
CREATE INDEX article_imported ON article (imported_at DESC);

CREATE TABLE candidate_claim (
    id                uuid PRIMARY KEY,
    number            integer GENERATED ALWAYS AS IDENTITY UNIQUE,
    article_id        uuid          NOT NULL REFERENCES article (id),
    position          integer       NOT NULL,          -- order in the article, from 1
    amount            numeric(20, 3) NOT NULL CHECK (amount > 0),
    currency          char(3),                         -- null when the text gives none that can be told
    approximate       boolean       NOT NULL,
    range_low         numeric(20, 3),
    range_high        numeric(20, 3),
    contributor_codes varchar(8)[]  NOT NULL DEFAULT '{}',
    claimed_on        date,                            -- a month is kept on its first day
    date_precision    varchar(5) CHECK (date_precision IN ('DAY', 'MONTH')),
    program           varchar(10),
    kind              varchar(10)   NOT NULL CHECK (kind IN ('PLEDGE', 'COMPONENT', 'TOTAL')),
    evidence          text          NOT NULL,
    status            varchar(10)   NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING', 'ACCEPTED', 'REJECTED')),
    decided_by        varchar(200),
    decided_at        timestamptz,
    reason            varchar(1000),
    claim_id          uuid REFERENCES claim (id),      -- the claim an acceptance recorded
    contribution_id   uuid REFERENCES contribution (id), -- the pledge an acceptance recorded, when it made one
    version           integer       NOT NULL DEFAULT 0,
    UNIQUE (article_id, position),
    CONSTRAINT candidate_decided CHECK ((status = 'WAITING') = (decided_at IS NULL)
        AND (decided_at IS NULL) = (decided_by IS NULL)),
    CONSTRAINT candidate_rejected_has_reason CHECK (status <> 'REJECTED' OR reason IS NOT NULL),
    CONSTRAINT candidate_accepted_has_claim CHECK ((status = 'ACCEPTED') = (claim_id IS NOT NULL)),
    CONSTRAINT candidate_date_precision CHECK ((claimed_on IS NULL) = (date_precision IS NULL))
);
CREATE INDEX candidate_claim_article ON candidate_claim (article_id, status);
