-- Figures without scans, owned by the contributions module.
--
-- contribution_value: each stage of a contribution converted to the reporting currencies (EUR, USD) at the
-- stage's date, with the rates used. amount is null while a rate is missing: such money is reported as not
-- converted yet, never dropped and never converted at 1.0. Rows are re-converted when a rate is recorded.
CREATE TABLE contribution_value (
    contribution_id uuid           NOT NULL REFERENCES contribution (id),
    stage           varchar(16)    NOT NULL,
    target          char(3)        NOT NULL,
    currency        char(3)        NOT NULL,  -- the contribution's own currency
    original        numeric(20, 3) NOT NULL,  -- the stage's amount in that currency
    stage_on        date           NOT NULL,  -- the date whose rate converts it
    amount          numeric(26, 2),           -- in the target currency; null: no rate yet
    source_per_eur  numeric(24, 10),          -- rates used (null when none was needed or none exists)
    target_per_eur  numeric(24, 10),
    PRIMARY KEY (contribution_id, stage, target)
);
-- A recorded rate re-converts the rows of its currency (as source or target) from its date on.
CREATE INDEX contribution_value_currency ON contribution_value (currency, stage_on);
CREATE INDEX contribution_value_target ON contribution_value (target, stage_on);
-- What is still waiting for a rate: normally few rows, read by every figure.
CREATE INDEX contribution_value_unconverted ON contribution_value (stage, target) WHERE amount IS NULL;

-- contribution_total: sums of converted amounts per (stage, target, year of announcement, earmark, ordered
-- contributors, disclosure), so that a figure adds up a number of rows that depends on how many such
-- combinations exist, not on how many contributions. Each key is split over 8 slots (chosen from the
-- contribution's id) so that concurrent pledges of the same kind rarely wait on one row; readers add the
-- slots up. Kept in the writing transaction by INSERT ... ON CONFLICT DO UPDATE (no lost update), always in
-- key order (no deadlock between writers touching several rows).
CREATE TABLE contribution_total (
    stage           varchar(16)    NOT NULL,
    target          char(3)        NOT NULL,
    year            integer        NOT NULL,
    earmark         varchar(40),
    contributor_ids uuid[]         NOT NULL,  -- in position order, the lead first
    disclosure      varchar(16)    NOT NULL,
    slot            smallint       NOT NULL,
    amount          numeric(30, 2) NOT NULL,
    contributions   bigint         NOT NULL,
    CONSTRAINT contribution_total_key
        UNIQUE NULLS NOT DISTINCT (stage, target, year, earmark, contributor_ids, disclosure, slot)
);

CREATE FUNCTION contribution_slot(p_id uuid) RETURNS smallint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CAST(get_byte(uuid_send(p_id), 15) % 8 AS smallint)
$$;

-- Re-converts the values of one currency (as source or target; null: every currency) whose stage date lies
-- in [p_from, p_until) (null: unbounded), and moves the difference into the totals. The application calls it
-- when a rate is recorded or imported; filling converted values for rows inserted without them uses it too.
-- Callers hold the exclusive rate lock (ExchangeRates), so no pledge converts meanwhile with a rate that is
-- about to change.
CREATE FUNCTION reconvert_contribution_values(p_currency char(3), p_from date, p_until date) RETURNS bigint
    LANGUAGE sql VOLATILE AS $$
    WITH affected AS (
        SELECT v.contribution_id, v.stage, v.target, v.amount AS old_amount,
               CASE WHEN v.currency = v.target THEN v.original
                    ELSE converted_amount(v.original, r.source_per_eur, r.target_per_eur, 2) END AS new_amount,
               CASE WHEN v.currency = v.target THEN NULL ELSE r.source_per_eur END AS source_per_eur,
               CASE WHEN v.currency = v.target THEN NULL ELSE r.target_per_eur END AS target_per_eur
        FROM contribution_value v
        CROSS JOIN LATERAL (SELECT units_per_eur(v.currency, v.stage_on) AS source_per_eur,
                                   units_per_eur(v.target, v.stage_on) AS target_per_eur) r
        WHERE (p_currency IS NULL OR v.currency = p_currency OR v.target = p_currency)
          AND (p_from IS NULL OR v.stage_on >= p_from)
          AND (p_until IS NULL OR v.stage_on < p_until)
    ), changed AS (
        UPDATE contribution_value v
           SET amount = a.new_amount, source_per_eur = a.source_per_eur, target_per_eur = a.target_per_eur
          FROM affected a
         WHERE v.contribution_id = a.contribution_id AND v.stage = a.stage AND v.target = a.target
           AND (a.new_amount, a.source_per_eur, a.target_per_eur)
               IS DISTINCT FROM (v.amount, v.source_per_eur, v.target_per_eur)
        RETURNING v.contribution_id, v.stage, v.target, a.old_amount, a.new_amount
    ), delta AS (
        SELECT ch.stage, ch.target, CAST(extract(YEAR FROM c.announced_on) AS integer) AS year, c.earmark,
               ARRAY(SELECT cc.organisation_id FROM contribution_contributor cc
                     WHERE cc.contribution_id = c.id ORDER BY cc.position) AS contributor_ids,
               c.disclosure, contribution_slot(c.id) AS slot,
               coalesce(ch.new_amount, 0) - coalesce(ch.old_amount, 0) AS amount,
               CAST(ch.new_amount IS NOT NULL AS integer) - CAST(ch.old_amount IS NOT NULL AS integer) AS contributions
        FROM changed ch JOIN contribution c ON c.id = ch.contribution_id
    ), summed AS (
        SELECT stage, target, year, earmark, contributor_ids, disclosure, slot,
               sum(amount) AS amount, sum(contributions) AS contributions, count(*) AS rows
        FROM delta GROUP BY stage, target, year, earmark, contributor_ids, disclosure, slot
    ), written AS (
        INSERT INTO contribution_total AS t (stage, target, year, earmark, contributor_ids, disclosure, slot,
                                             amount, contributions)
        SELECT stage, target, year, earmark, contributor_ids, disclosure, slot, amount, contributions
        FROM summed ORDER BY stage, target, year, earmark NULLS FIRST, contributor_ids, disclosure, slot
        ON CONFLICT ON CONSTRAINT contribution_total_key DO UPDATE
           SET amount = t.amount + EXCLUDED.amount, contributions = t.contributions + EXCLUDED.contributions
        RETURNING 1
    )
    SELECT coalesce(sum(rows), 0) FROM summed
$$;

-- The contributions recorded before these tables existed: their stages, unconverted, then converted.
INSERT INTO contribution_value (contribution_id, stage, target, currency, original, stage_on)
SELECT c.id, s.stage, t.target, c.currency, s.original, s.stage_on
FROM contribution c
CROSS JOIN LATERAL (VALUES ('PLEDGED', c.pledged_amount, c.pledged_on),
                           ('COMMITTED', c.committed_amount, c.committed_on),
                           ('PAID', c.paid_amount, c.paid_on)) s (stage, original, stage_on)
CROSS JOIN (VALUES ('EUR'), ('USD')) t (target)
WHERE s.original IS NOT NULL;
SELECT reconvert_contribution_values(NULL, NULL, NULL);

-- What reporting may read (it writes nothing and reads no table of this module).
-- Totals with the slots added up; contributors as codes joined with '+', as figures name them.
CREATE VIEW contribution_figures AS
SELECT t.stage, t.target, t.year, t.earmark, t.disclosure, t.contributor_ids,
       array_to_string(ARRAY(SELECT o.code FROM unnest(t.contributor_ids) WITH ORDINALITY u (id, n)
                             JOIN organisation o ON o.id = u.id ORDER BY u.n), '+') AS contributors,
       t.contributor_ids[1] AS lead_id,
       t.amount, t.contributions
FROM (SELECT stage, target, year, earmark, disclosure, contributor_ids,
             sum(amount) AS amount, sum(contributions) AS contributions
      FROM contribution_total
      GROUP BY stage, target, year, earmark, disclosure, contributor_ids
      HAVING sum(contributions) > 0) t;

-- Stages still waiting for a rate, with who may see them.
CREATE VIEW contribution_unconverted AS
SELECT v.stage, v.target, v.currency, v.original, v.stage_on, c.disclosure,
       ARRAY(SELECT cc.organisation_id FROM contribution_contributor cc
             WHERE cc.contribution_id = c.id ORDER BY cc.position) AS contributor_ids
FROM contribution_value v JOIN contribution c ON c.id = v.contribution_id
WHERE v.amount IS NULL;
