-- Program and category of a contribution, and both in the summary rows that figures add up.
--
-- program: the mechanism the money goes through, 'PURL' or 'OTHER'. Palisade was built for PURL and every
-- contribution recorded before this migration went to PURL packages or PURL's general pool, so existing rows
-- (and rows inserted without a program) are PURL. A package is a PURL tranche: a package contribution is PURL.
--
-- category: the capability category of money NOT tied to a package (the general pool), e.g. one row of an
-- imported dataset; null when unknown. A package contribution has none of its own: what it buys is its
-- package's items, and figures "by category" take its earmark (one of those categories) as reporting has
-- always done; figures take a pool contribution's category, else its earmark, else "UNEARMARKED".
ALTER TABLE contribution ADD COLUMN program varchar(8) NOT NULL DEFAULT 'PURL';
ALTER TABLE contribution ADD COLUMN category varchar(40);
ALTER TABLE contribution ADD CONSTRAINT contribution_program CHECK (program IN ('PURL', 'OTHER'));
ALTER TABLE contribution ADD CONSTRAINT contribution_package_is_purl CHECK (package_id IS NULL OR program = 'PURL');
ALTER TABLE contribution ADD CONSTRAINT contribution_category_of_pool CHECK (category IS NULL OR package_id IS NULL);

-- The summary rows gain both as part of their key, so that figures by program (and by category for the pool)
-- add up summary rows like every other figure: no scan of contributions.
ALTER TABLE contribution_total ADD COLUMN program varchar(8) NOT NULL DEFAULT 'PURL';
ALTER TABLE contribution_total ADD COLUMN category varchar(40);
ALTER TABLE contribution_total DROP CONSTRAINT contribution_total_key;
ALTER TABLE contribution_total ADD CONSTRAINT contribution_total_key
    UNIQUE NULLS NOT DISTINCT (stage, target, year, program, earmark, category, contributor_ids, disclosure, slot);

-- Same as V10_1's, with program and category in the key of the totals it moves money between.
CREATE OR REPLACE FUNCTION reconvert_contribution_values(p_currency char(3), p_from date, p_until date) RETURNS bigint
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
        SELECT ch.stage, ch.target, CAST(extract(YEAR FROM c.announced_on) AS integer) AS year, c.program,
               c.earmark, c.category,
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
    )
    SELECT coalesce(sum(rows), 0) FROM summed
$$;

-- What reporting reads: the same columns as before, then program and category (added at the end).
CREATE OR REPLACE VIEW contribution_summary AS
SELECT t.stage, t.target, t.year, t.earmark, t.disclosure, t.contributor_ids, t.amount, t.contributions,
       t.program, t.category
FROM contribution_total t;
