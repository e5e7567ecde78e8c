-- Organisations are found by their name in every language the pages speak: a Ukrainian reader types "Нідерланди"
-- or "данія" and finds the Netherlands or Denmark. The names in the page languages come from the application
-- (the JDK's country names and the message bundles, OrganisationNames), so the application writes them here,
-- lowercased, when it registers an organisation and, at every start, for any organisation whose names changed.
ALTER TABLE organisation ADD COLUMN names_searched text NOT NULL DEFAULT '';

DROP INDEX organisation_name_words;
CREATE INDEX organisation_name_words ON organisation
    USING gin (to_tsvector('simple', name || ' ' || names_searched));
