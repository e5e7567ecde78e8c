-- Reporting adds summary rows up by the key a figure needs (contributors, category, year or none) in SQL,
-- so that it receives a few rows per figure, not one per kind of contribution and slot. The rows of one kind
-- may be split over several slots (see contribution_total): whatever groups them adds the slots up.
DROP VIEW contribution_figures;

CREATE VIEW contribution_summary AS
SELECT t.stage, t.target, t.year, t.earmark, t.disclosure, t.contributor_ids, t.amount, t.contributions
FROM contribution_total t;

-- Contributors of a set as figures name them: codes in position order joined with '+'.
CREATE FUNCTION contributor_codes(p_ids uuid[]) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT array_to_string(ARRAY(SELECT o.code FROM unnest(p_ids) WITH ORDINALITY u (id, n)
                                 JOIN organisation o ON o.id = u.id ORDER BY u.n), '+')
$$;

-- Money waiting for a rate, already added up per stage, target, currency, disclosure and contributors.
DROP VIEW contribution_unconverted;

CREATE VIEW contribution_unconverted AS
SELECT v.stage, v.target, v.currency, c.disclosure, cs.contributor_ids,
       sum(v.original) AS original, count(*) AS contributions, min(v.stage_on) AS since
FROM contribution_value v
JOIN contribution c ON c.id = v.contribution_id
CROSS JOIN LATERAL (SELECT array_agg(cc.organisation_id ORDER BY cc.position) AS contributor_ids
                    FROM contribution_contributor cc WHERE cc.contribution_id = c.id) cs
WHERE v.amount IS NULL
GROUP BY v.stage, v.target, v.currency, c.disclosure, cs.contributor_ids;
