-- The public daily rows, worked out faster: alliance membership is looked up once per set of contributors and
-- day (a few thousand pairs), not once per converted stage, and contributors are gathered in one pass.
CREATE OR REPLACE FUNCTION rebuild_contribution_public_days() RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    n bigint;
BEGIN
    LOCK TABLE contribution_public_day IN EXCLUSIVE MODE;
    DELETE FROM contribution_public_day;
    WITH grouped AS (
        SELECT v.stage, v.target, v.stage_on AS day, c.program, cc.ids, contribution_slot(c.id) AS slot,
               sum(v.amount) AS amount, count(*) AS contributions
        FROM contribution_value v
        JOIN contribution c ON c.id = v.contribution_id AND c.disclosure = 'PUBLIC'
        JOIN (SELECT contribution_id, array_agg(organisation_id ORDER BY position) AS ids
              FROM contribution_contributor GROUP BY contribution_id) cc ON cc.contribution_id = c.id
        WHERE v.amount IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6
    ), members AS (
        SELECT d.ids, d.day, alliance_members(d.ids, 'NATO', d.day) AS nato, alliance_members(d.ids, 'EU', d.day) AS eu
        FROM (SELECT DISTINCT ids, day FROM grouped) d
    )
    INSERT INTO contribution_public_day (stage, target, day, program, nato, eu, slot, amount, contributions)
    SELECT g.stage, g.target, g.day, g.program, m.nato, m.eu, g.slot, sum(g.amount), sum(g.contributions)
    FROM grouped g JOIN members m ON m.ids = g.ids AND m.day = g.day
    GROUP BY 1, 2, 3, 4, 5, 6, 7;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

-- Same as V17_1's, looking membership up once per set of contributors and day.
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
    ), public_grouped AS (
        SELECT stage, target, stage_on AS day, program, contributor_ids, slot,
               sum(amount) AS amount, sum(contributions) AS contributions
        FROM delta WHERE disclosure = 'PUBLIC'
        GROUP BY 1, 2, 3, 4, 5, 6
    ), public_members AS (
        SELECT d.contributor_ids, d.day, alliance_members(d.contributor_ids, 'NATO', d.day) AS nato,
               alliance_members(d.contributor_ids, 'EU', d.day) AS eu
        FROM (SELECT DISTINCT contributor_ids, day FROM public_grouped) d
    ), public_summed AS (
        SELECT g.stage, g.target, g.day, g.program, m.nato, m.eu, g.slot,
               sum(g.amount) AS amount, sum(g.contributions) AS contributions
        FROM public_grouped g JOIN public_members m ON m.contributor_ids = g.contributor_ids AND m.day = g.day
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
