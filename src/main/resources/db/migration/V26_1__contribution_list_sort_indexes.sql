-- The contribution list sorted by announcement date (its default, newest first) or by pledged amount, read along
-- an index instead of sorting every visible contribution for each page. The list breaks ties by id in the same
-- direction, so one index serves both directions. Measured with ContributionSortBenchmarkIT (docs/BENCHMARKS.md):
-- at 5,000 contributions every order took 1-9 ms without them (a top-N sort of all rows); at 200,000 a first page took
-- 53-90 ms (a scan of every row), and 0.1-0.3 ms along these indexes (5-17 ms at offset 2,500). Stage and creation time are not
-- indexed (55-100 ms at 200,000): the stage is a heading people use on filtered lists, creation time only the API's.
CREATE INDEX contribution_announced_on ON contribution (announced_on, id);
CREATE INDEX contribution_pledged_amount ON contribution (pledged_amount, id);
