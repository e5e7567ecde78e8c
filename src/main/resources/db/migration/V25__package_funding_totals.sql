-- Coverage of packages without reading their contributions, owned by the contributions module.
--
-- package_funding_total: the converted amounts of each package's contributions summed per (stage, target,
-- disclosure, contributors) and split over 8 slots like contribution_total, so that concurrent pledges to one
-- package do not wait on one row. Only confidential money needs its contributors in the key (who may
-- see it depends on them); public and coalition money is kept under an empty list, which keeps a package's
-- rows few. Kept in the writing transaction next to contribution_total; rebuilt per package when a rate
-- re-converts its money. Money still waiting for a rate is not here: it is read from contribution_value.
CREATE TABLE package_funding_total (
    package_id      uuid           NOT NULL REFERENCES aid_package (id),
    stage           varchar(16)    NOT NULL,
    target          char(3)        NOT NULL,
    disclosure      varchar(16)    NOT NULL,
    contributor_ids uuid[]         NOT NULL,
    slot            smallint       NOT NULL,
    amount          numeric(30, 2) NOT NULL,
    contributions   bigint         NOT NULL,
    PRIMARY KEY (package_id, stage, target, disclosure, contributor_ids, slot)
);

-- The slot a writer adds to: its database connection's, so that two transactions running at the same time
-- add to different rows (one waiting for the other's commit on a shared summary row serialised concurrent
-- pledges of the same kind). Sums are read over all slots, so any slot may take any share, a withdrawal too.
-- contribution_slot (from the contribution's id) stays for set-based writers, which run alone.
CREATE FUNCTION writer_slot() RETURNS smallint
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CAST(pg_backend_pid() % 8 AS smallint)
$$;

-- The contributors a package's summary row is kept under: see above.
CREATE FUNCTION package_funding_contributors(p_disclosure varchar, p_ids uuid[]) RETURNS uuid[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_disclosure = 'CONFIDENTIAL' THEN p_ids ELSE CAST('{}' AS uuid[]) END
$$;

-- Works the summary rows of these packages (null: every package) out afresh from the converted values, in key
-- order. Called after a rate re-converted contribution values (under the exclusive rate lock, so no pledge
-- writes these rows meanwhile) and by bulk fills.
CREATE FUNCTION rebuild_package_funding(p_packages uuid[]) RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    n bigint;
BEGIN
    DELETE FROM package_funding_total WHERE p_packages IS NULL OR package_id = ANY (p_packages);
    INSERT INTO package_funding_total (package_id, stage, target, disclosure, contributor_ids, slot, amount,
                                       contributions)
    SELECT c.package_id, v.stage, v.target, c.disclosure,
           package_funding_contributors(c.disclosure,
               CASE WHEN c.disclosure = 'CONFIDENTIAL' THEN ARRAY(SELECT cc.organisation_id FROM contribution_contributor cc
                                                                   WHERE cc.contribution_id = c.id ORDER BY cc.position)
               END),
           contribution_slot(c.id), sum(v.amount), count(*)
    FROM contribution c
    JOIN contribution_value v ON v.contribution_id = c.id
    WHERE c.package_id IS NOT NULL AND (p_packages IS NULL OR c.package_id = ANY (p_packages))
      AND c.stage <> 'WITHDRAWN' AND v.amount IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

-- The packages whose money a re-conversion of this currency in [p_from, p_until) touches (same filter as
-- reconvert_contribution_values).
CREATE FUNCTION packages_funded_in(p_currency char(3), p_from date, p_until date) RETURNS uuid[]
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT c.package_id), CAST('{}' AS uuid[]))
    FROM contribution_value v JOIN contribution c ON c.id = v.contribution_id
    WHERE c.package_id IS NOT NULL
      AND (p_currency IS NULL OR v.currency = p_currency OR v.target = p_currency)
      AND (p_from IS NULL OR v.stage_on >= p_from)
      AND (p_until IS NULL OR v.stage_on < p_until)
$$;

SELECT rebuild_package_funding(NULL);

-- What packages' coverage reads: the slots added up, with who may see them (contributors in position order for
-- confidential money, else empty).
CREATE VIEW package_funding AS
SELECT package_id, stage, target, disclosure, contributor_ids, sum(amount) AS amount,
       sum(contributions) AS contributions
FROM package_funding_total
GROUP BY package_id, stage, target, disclosure, contributor_ids
HAVING sum(contributions) > 0;

-- Stages of package money still waiting for a rate (few rows: read through contribution_value_unconverted).
CREATE VIEW package_funding_unconverted AS
SELECT c.package_id, v.stage, v.target, v.currency, v.original, v.stage_on, c.disclosure,
       ARRAY(SELECT cc.organisation_id FROM contribution_contributor cc
             WHERE cc.contribution_id = c.id ORDER BY cc.position) AS contributor_ids
FROM contribution_value v JOIN contribution c ON c.id = v.contribution_id
WHERE v.amount IS NULL AND c.package_id IS NOT NULL AND c.stage <> 'WITHDRAWN';
