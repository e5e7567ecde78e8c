-- What the contributions module publishes for other modules: who takes part in each contribution, and in
-- which package. Security's visibility rules read this view, never the contribution tables themselves, so
-- contributions may change its tables as long as the view keeps its columns.
CREATE VIEW contribution_participant AS
SELECT c.id AS contribution_id, c.package_id, cc.organisation_id
FROM contribution c
JOIN contribution_contributor cc ON cc.contribution_id = c.id;
