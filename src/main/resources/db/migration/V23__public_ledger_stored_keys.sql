-- The public ledger reads stored keys, owned by the contributions module.
--
-- Before: the daily public rows and the lists behind each figure worked out every public stage's contributors
-- and their NATO / EU membership on the stage's date as they were read or written (alliance_members per row),
-- and the daily rows held every (day, program, nato, eu, slot): about as many rows as the ledger at 10^5. Now:
--
-- contribution_public_stage: one row per stage a public contribution reached, with what the public tables and
-- lists key it by, stored when the stage is written: program, category (its own, else its earmark), the
-- contributors in position order, the amount in EUR and USD at the stage's date (null while a rate is
-- missing) and its contributors' membership of NATO and of the EU on that date (ALL, SOME or NONE). Written by
-- the same statements that write contribution_value (a pledge, a stage, a withdrawal, a re-conversion, an
-- import); membership is worked out once per set of contributors and day. No foreign key to contribution: an
-- import writes 10^5 of these rows in one statement, and only the statements that write contribution_value
-- (which has it) write them. Indexed for each filter of the lists, newest stage date first, so a page is read
-- from an index whatever the ledger's size (keyset pagination by stage date and contribution id).
--
-- contribution_public_year: public money per (stage, target, year of the stage's date, program, nato, eu),
-- what "by year" and the alliance shares add up: a few rows per year, not per day.
--
-- contribution_public_day: public money per (stage, target, day), what "year so far" adds up over at most two
-- years of days. Recreated with that smaller key (it held program and membership per day before).
--
-- Both summaries are split over the same 8 slots as contribution_total (contribution_slot), written in key
-- order by INSERT ... ON CONFLICT DO UPDATE.
DROP VIEW public_contribution_stage;
DROP VIEW contribution_public_days;
DROP TABLE contribution_public_day;

CREATE TABLE contribution_public_stage (
    contribution_id uuid           NOT NULL,
    stage           varchar(16)    NOT NULL,
    stage_on        date           NOT NULL,
    package_id      uuid,
    program         varchar(8)     NOT NULL,
    category        varchar(40),              -- the pool money's category, else the earmark; null: neither
    contributor_ids uuid[]         NOT NULL,  -- in position order, the lead first
    currency        char(3)        NOT NULL,
    original        numeric(20, 3) NOT NULL,
    amount_eur      numeric(26, 2),           -- null: no rate yet
    amount_usd      numeric(26, 2),
    nato            varchar(4)     NOT NULL,  -- ALL, SOME or NONE of the contributors were members on stage_on
    eu              varchar(4)     NOT NULL,
    PRIMARY KEY (contribution_id, stage)
);

CREATE TABLE contribution_public_year (
    stage         varchar(16)    NOT NULL,
    target        char(3)        NOT NULL,
    year          integer        NOT NULL,
    program       varchar(8)     NOT NULL,
    nato          varchar(4)     NOT NULL,
    eu            varchar(4)     NOT NULL,
    slot          smallint       NOT NULL,
    amount        numeric(30, 2) NOT NULL,
    contributions bigint         NOT NULL,
    CONSTRAINT contribution_public_year_key UNIQUE (stage, target, year, program, nato, eu, slot)
);

CREATE TABLE contribution_public_day (
    stage         varchar(16)    NOT NULL,
    target        char(3)        NOT NULL,
    day           date           NOT NULL,
    slot          smallint       NOT NULL,
    amount        numeric(30, 2) NOT NULL,
    contributions bigint         NOT NULL,
    CONSTRAINT contribution_public_day_key UNIQUE (stage, day, target, slot)
);

-- Published by the organisations module: the ids of organisations given by their codes joined by '+' (as
-- contributor_codes writes them), in that order; null when a code names no organisation.
CREATE FUNCTION contributor_ids_of(p_codes text) RETURNS uuid[]
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN count(o.id) = count(*) THEN array_agg(o.id ORDER BY u.n) END
    FROM unnest(string_to_array(p_codes, '+')) WITH ORDINALITY u (code, n)
    LEFT JOIN organisation o ON o.code = u.code
$$;

-- Every public stage worked out afresh from the converted values: what this migration and bulk fills call.
-- Membership is looked up once per set of contributors and day (a few thousand pairs), then joined by hash.
CREATE FUNCTION fill_contribution_public_stages() RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    n bigint;
BEGIN
    LOCK TABLE contribution_public_stage IN EXCLUSIVE MODE;
    DELETE FROM contribution_public_stage;
    WITH ids AS (
        SELECT cc.contribution_id, array_agg(cc.organisation_id ORDER BY cc.position) AS ids
        FROM contribution_contributor cc JOIN contribution c ON c.id = cc.contribution_id AND c.disclosure = 'PUBLIC'
        GROUP BY cc.contribution_id
    ), stages AS (
        SELECT v.contribution_id, v.stage, min(v.stage_on) AS stage_on, min(v.currency) AS currency,
               min(v.original) AS original, max(v.amount) FILTER (WHERE v.target = 'EUR') AS amount_eur,
               max(v.amount) FILTER (WHERE v.target = 'USD') AS amount_usd
        FROM contribution_value v JOIN contribution c ON c.id = v.contribution_id AND c.disclosure = 'PUBLIC'
        GROUP BY v.contribution_id, v.stage
    ), keyed AS MATERIALIZED (
        SELECT s.*, i.ids FROM stages s JOIN ids i ON i.contribution_id = s.contribution_id
    ), members AS MATERIALIZED (
        SELECT p.ids, p.stage_on, alliance_members(p.ids, 'NATO', p.stage_on) AS nato,
               alliance_members(p.ids, 'EU', p.stage_on) AS eu
        FROM (SELECT DISTINCT ids, stage_on FROM keyed) p
    )
    INSERT INTO contribution_public_stage (contribution_id, stage, stage_on, package_id, program, category,
                                           contributor_ids, currency, original, amount_eur, amount_usd, nato, eu)
    SELECT k.contribution_id, k.stage, k.stage_on, c.package_id, c.program, coalesce(c.category, c.earmark), k.ids,
           k.currency, k.original, k.amount_eur, k.amount_usd, m.nato, m.eu
    FROM keyed k
    JOIN members m ON m.ids = k.ids AND m.stage_on = k.stage_on
    JOIN contribution c ON c.id = k.contribution_id;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

-- Replaces V17_1's and V17_2's: a recorded membership can change which alliance past money counts for. The
-- stored membership of each public stage is looked up again once per set of contributors and day and changed
-- where it now reads otherwise; then the yearly and daily public rows are added up afresh from the stored
-- stages (no membership or contributors worked out per row). Rare (an administrator's act); the table locks
-- make pledges wait for it rather than interleave with it. Returns the number of stages whose membership
-- changed.
CREATE OR REPLACE FUNCTION rebuild_contribution_public_days() RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    n bigint;
BEGIN
    LOCK TABLE contribution_public_stage IN EXCLUSIVE MODE;
    LOCK TABLE contribution_public_day IN EXCLUSIVE MODE;
    LOCK TABLE contribution_public_year IN EXCLUSIVE MODE;
    WITH members AS MATERIALIZED (
        SELECT p.contributor_ids, p.stage_on, alliance_members(p.contributor_ids, 'NATO', p.stage_on) AS nato,
               alliance_members(p.contributor_ids, 'EU', p.stage_on) AS eu
        FROM (SELECT DISTINCT contributor_ids, stage_on FROM contribution_public_stage) p
    )
    UPDATE contribution_public_stage s SET nato = m.nato, eu = m.eu
    FROM members m
    WHERE s.contributor_ids = m.contributor_ids AND s.stage_on = m.stage_on AND (s.nato, s.eu) <> (m.nato, m.eu);
    GET DIAGNOSTICS n = ROW_COUNT;
    DELETE FROM contribution_public_year;
    INSERT INTO contribution_public_year (stage, target, year, program, nato, eu, slot, amount, contributions)
    SELECT s.stage, t.target, CAST(extract(YEAR FROM s.stage_on) AS integer), s.program, s.nato, s.eu,
           contribution_slot(s.contribution_id), sum(t.amount), count(*)
    FROM contribution_public_stage s
    CROSS JOIN LATERAL (VALUES ('EUR', s.amount_eur), ('USD', s.amount_usd)) t (target, amount)
    WHERE t.amount IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7;
    DELETE FROM contribution_public_day;
    INSERT INTO contribution_public_day (stage, target, day, slot, amount, contributions)
    SELECT s.stage, t.target, s.stage_on, contribution_slot(s.contribution_id), sum(t.amount), count(*)
    FROM contribution_public_stage s
    CROSS JOIN LATERAL (VALUES ('EUR', s.amount_eur), ('USD', s.amount_usd)) t (target, amount)
    WHERE t.amount IS NOT NULL
    GROUP BY 1, 2, 3, 4;
    RETURN n;
END
$$;

-- Replaces V17_2's: the same re-conversion and summary rows, and for public money the stored stage's amounts
-- and the yearly and daily rows it counts in, moved under the stage's stored keys.
CREATE OR REPLACE FUNCTION reconvert_contribution_values(p_currency char(3), p_from date, p_until date) RETURNS bigint
    LANGUAGE sql VOLATILE AS $$
    WITH affected AS (
        SELECT v.contribution_id, v.stage, v.target, v.stage_on, v.amount AS old_amount,
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
        RETURNING v.contribution_id, v.stage, v.target, v.stage_on, a.old_amount, a.new_amount
    ), delta AS (
        SELECT ch.stage, ch.target, CAST(extract(YEAR FROM c.announced_on) AS integer) AS year,
               c.program, c.earmark, c.category,
               ARRAY(SELECT cc.organisation_id FROM contribution_contributor cc
                     WHERE cc.contribution_id = c.id ORDER BY cc.position) AS contributor_ids,
               c.disclosure, contribution_slot(c.id) AS slot,
               coalesce(ch.new_amount, 0) - coalesce(ch.old_amount, 0) AS amount,
               CAST(ch.new_amount IS NOT NULL AS integer) - CAST(ch.old_amount IS NOT NULL AS integer) AS contributions
        FROM changed ch JOIN contribution c ON c.id = ch.contribution_id
    ), summed AS (
        SELECT stage, target, year, program, earmark, category, contributor_ids, disclosure, slot,
               sum(amount) AS amount, sum(contributions) AS contributions, count(*) AS rows
        FROM delta GROUP BY stage, target, year, program, earmark, category, contributor_ids, disclosure, slot
    ), written AS (
        INSERT INTO contribution_total AS t (stage, target, year, program, earmark, category, contributor_ids,
                                             disclosure, slot, amount, contributions)
        SELECT stage, target, year, program, earmark, category, contributor_ids, disclosure, slot, amount, contributions
        FROM summed
        ORDER BY stage, target, year, program, earmark NULLS FIRST, category NULLS FIRST, contributor_ids, disclosure, slot
        ON CONFLICT ON CONSTRAINT contribution_total_key DO UPDATE
           SET amount = t.amount + EXCLUDED.amount, contributions = t.contributions + EXCLUDED.contributions
        RETURNING 1
    ), public_delta AS (
        -- the public stages among the changed values, with their stored keys (read as before this statement)
        SELECT ch.contribution_id, ch.stage, ch.target, s.stage_on, s.program, s.nato, s.eu,
               contribution_slot(ch.contribution_id) AS slot, ch.new_amount,
               coalesce(ch.new_amount, 0) - coalesce(ch.old_amount, 0) AS amount,
               CAST(ch.new_amount IS NOT NULL AS integer) - CAST(ch.old_amount IS NOT NULL AS integer) AS contributions
        FROM changed ch
        JOIN contribution_public_stage s ON s.contribution_id = ch.contribution_id AND s.stage = ch.stage
    ), public_stages AS (
        UPDATE contribution_public_stage s
           SET amount_eur = CASE WHEN p.eur_changed THEN p.eur ELSE s.amount_eur END,
               amount_usd = CASE WHEN p.usd_changed THEN p.usd ELSE s.amount_usd END
          FROM (SELECT contribution_id, stage,
                       bool_or(target = 'EUR') AS eur_changed, max(new_amount) FILTER (WHERE target = 'EUR') AS eur,
                       bool_or(target = 'USD') AS usd_changed, max(new_amount) FILTER (WHERE target = 'USD') AS usd
                FROM public_delta GROUP BY contribution_id, stage) p
         WHERE s.contribution_id = p.contribution_id AND s.stage = p.stage
        RETURNING 1
    ), public_years AS (
        INSERT INTO contribution_public_year AS y (stage, target, year, program, nato, eu, slot, amount, contributions)
        SELECT stage, target, CAST(extract(YEAR FROM stage_on) AS integer), program, nato, eu, slot, sum(amount),
               sum(contributions)
        FROM public_delta GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT ON CONSTRAINT contribution_public_year_key DO UPDATE
           SET amount = y.amount + EXCLUDED.amount, contributions = y.contributions + EXCLUDED.contributions
        RETURNING 1
    ), public_days AS (
        INSERT INTO contribution_public_day AS d (stage, target, day, slot, amount, contributions)
        SELECT stage, target, stage_on, slot, sum(amount), sum(contributions)
        FROM public_delta GROUP BY stage, stage_on, target, slot ORDER BY stage, stage_on, target, slot
        ON CONFLICT ON CONSTRAINT contribution_public_day_key DO UPDATE
           SET amount = d.amount + EXCLUDED.amount, contributions = d.contributions + EXCLUDED.contributions
        RETURNING 1
    )
    SELECT coalesce(sum(rows), 0) FROM summed
$$;

SELECT fill_contribution_public_stages();
SELECT rebuild_contribution_public_days();

-- The lists behind each figure: newest stage date first (then contribution id, descending), per filter.
CREATE INDEX contribution_public_stage_on ON contribution_public_stage (stage, stage_on, contribution_id);
CREATE INDEX contribution_public_stage_contributors
    ON contribution_public_stage (stage, contributor_ids, stage_on, contribution_id);
CREATE INDEX contribution_public_stage_category ON contribution_public_stage (stage, category, stage_on, contribution_id);
CREATE INDEX contribution_public_stage_program ON contribution_public_stage (stage, program, stage_on, contribution_id);
CREATE INDEX contribution_public_stage_nato ON contribution_public_stage (stage, nato, stage_on, contribution_id);
CREATE INDEX contribution_public_stage_eu ON contribution_public_stage (stage, eu, stage_on, contribution_id);
-- the IATI export's transactions of a package
CREATE INDEX contribution_public_stage_package ON contribution_public_stage (package_id) WHERE package_id IS NOT NULL;

-- What reporting reads: the daily rows (year so far) and the yearly rows (by year, NATO, EU).
CREATE VIEW contribution_public_days AS
SELECT d.stage, d.target, d.day, d.amount, d.contributions
FROM contribution_public_day d;

CREATE VIEW contribution_public_years AS
SELECT y.stage, y.target, y.year, y.program, y.nato, y.eu, y.amount, y.contributions
FROM contribution_public_year y;

-- Public contributions, one row per stage reached, with their stored keys, for the public ledger's lists
-- (read with a filter and a limit along the indexes above) and the IATI export.
CREATE VIEW public_contribution_stage AS
SELECT s.contribution_id, s.package_id, s.stage, s.stage_on, s.program, s.category, s.contributor_ids,
       s.currency, s.original, s.amount_eur, s.amount_usd, s.nato, s.eu
FROM contribution_public_stage s;
