-- The public ledger: figures anyone may read, added up from summary rows (no scan of contributions).
--
-- Published by the organisations module: whether the organisations of a set were members of an alliance on a
-- date, as 'ALL' (every one was), 'SOME' or 'NONE'. Membership runs from valid_from (inclusive) to valid_to
-- (exclusive): Sweden, a NATO member from 2024-03-07, is 'NONE' on 2024-03-06 and 'ALL' on 2024-03-07. An
-- institution (the EU, NATO) is not a member of itself.
CREATE FUNCTION alliance_members(p_ids uuid[], p_alliance varchar, p_on date) RETURNS varchar
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN count(*) FILTER (WHERE x.member) = 0 THEN 'NONE'
                WHEN count(*) FILTER (WHERE x.member) = count(*) THEN 'ALL'
                ELSE 'SOME' END
    FROM (SELECT EXISTS (SELECT 1 FROM membership m
                         WHERE m.organisation_id = u.id AND m.alliance = p_alliance AND m.valid_from <= p_on
                           AND (m.valid_to IS NULL OR m.valid_to > p_on)) AS member
          FROM unnest(p_ids) u (id)) x
$$;

-- Owned by the contributions module. Public money only (disclosure PUBLIC), per stage, reporting currency and
-- the stage's own date, with the program and how many contributors were members of NATO and of the EU on that
-- date: what "year so far", "by year" and the alliance shares add up. A public figure never counts money that
-- is not public, so no difference of two public figures (two dates, a share and its total) can reveal it.
-- Split over the same 8 slots as contribution_total, kept in step by the same statements.
CREATE TABLE contribution_public_day (
    stage         varchar(16)    NOT NULL,
    target        char(3)        NOT NULL,
    day           date           NOT NULL,
    program       varchar(8)     NOT NULL,
    nato          varchar(4)     NOT NULL,  -- ALL, SOME or NONE of the contributors were NATO members that day
    eu            varchar(4)     NOT NULL,  -- the same for the EU
    slot          smallint       NOT NULL,
    amount        numeric(30, 2) NOT NULL,
    contributions bigint         NOT NULL,
    CONSTRAINT contribution_public_day_key UNIQUE (stage, target, day, program, nato, eu, slot)
);

-- Same as V17's, also moving public money between the daily rows.
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
        SELECT ch.stage, ch.target, ch.stage_on, CAST(extract(YEAR FROM c.announced_on) AS integer) AS year,
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
    ), public_summed AS (
        SELECT stage, target, stage_on AS day, program,
               alliance_members(contributor_ids, 'NATO', stage_on) AS nato,
               alliance_members(contributor_ids, 'EU', stage_on) AS eu, slot,
               sum(amount) AS amount, sum(contributions) AS contributions
        FROM delta WHERE disclosure = 'PUBLIC'
        GROUP BY 1, 2, 3, 4, 5, 6, 7
    ), public_written AS (
        INSERT INTO contribution_public_day AS d (stage, target, day, program, nato, eu, slot, amount, contributions)
        SELECT stage, target, day, program, nato, eu, slot, amount, contributions
        FROM public_summed ORDER BY stage, target, day, program, nato, eu, slot
        ON CONFLICT ON CONSTRAINT contribution_public_day_key DO UPDATE
           SET amount = d.amount + EXCLUDED.amount, contributions = d.contributions + EXCLUDED.contributions
        RETURNING 1
    )
    SELECT coalesce(sum(rows), 0) FROM summed
$$;

-- Works the daily rows out afresh from the converted values: what a recorded membership calls, since it can
-- change which alliance past money counts for. Rare (an administrator's act); the table lock makes pledges
-- wait for it rather than interleave with it.
CREATE FUNCTION rebuild_contribution_public_days() RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    n bigint;
BEGIN
    LOCK TABLE contribution_public_day IN EXCLUSIVE MODE;
    DELETE FROM contribution_public_day;
    INSERT INTO contribution_public_day (stage, target, day, program, nato, eu, slot, amount, contributions)
    SELECT v.stage, v.target, v.stage_on, c.program,
           alliance_members(ids.contributor_ids, 'NATO', v.stage_on),
           alliance_members(ids.contributor_ids, 'EU', v.stage_on),
           contribution_slot(c.id), sum(v.amount), count(*)
    FROM contribution_value v
    JOIN contribution c ON c.id = v.contribution_id AND c.disclosure = 'PUBLIC'
    CROSS JOIN LATERAL (SELECT ARRAY(SELECT cc.organisation_id FROM contribution_contributor cc
                                     WHERE cc.contribution_id = c.id ORDER BY cc.position) AS contributor_ids) ids
    WHERE v.amount IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

SELECT rebuild_contribution_public_days();

-- What reporting reads of the daily rows.
CREATE VIEW contribution_public_days AS
SELECT d.stage, d.target, d.day, d.program, d.nato, d.eu, d.amount, d.contributions
FROM contribution_public_day d;

-- Public contributions, one row per stage reached, with the amount in EUR and USD at the stage's date (null
-- while a rate is missing), what figures count it under (program, category, alliance membership of its
-- contributors on the stage's date), for the public ledger's lists behind each figure. Read with a filter and
-- a limit, newest first along contribution_value_target (target, stage_on).
CREATE VIEW public_contribution_stage AS
SELECT c.id AS contribution_id, c.package_id, v.stage, v.stage_on, c.announced_on, c.program,
       coalesce(c.category, c.earmark) AS category, ids.contributor_ids, contributor_codes(ids.contributor_ids) AS contributors,
       v.currency, v.original, v.amount AS amount_usd,
       (SELECT e.amount FROM contribution_value e
        WHERE e.contribution_id = v.contribution_id AND e.stage = v.stage AND e.target = 'EUR') AS amount_eur,
       alliance_members(ids.contributor_ids, 'NATO', v.stage_on) AS nato,
       alliance_members(ids.contributor_ids, 'EU', v.stage_on) AS eu
FROM contribution_value v
JOIN contribution c ON c.id = v.contribution_id AND c.disclosure = 'PUBLIC'
CROSS JOIN LATERAL (SELECT ARRAY(SELECT cc.organisation_id FROM contribution_contributor cc
                                 WHERE cc.contribution_id = c.id ORDER BY cc.position) AS contributor_ids) ids
WHERE v.target = 'USD';
