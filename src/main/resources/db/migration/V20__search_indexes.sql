-- Search (/search): the words of package names, requirement item descriptions and organisation names, found by
-- their beginnings with to_tsquery('simple', 'patr:*'). The 'simple' configuration lowercases and splits words
-- in any script without stemming, so English and Ukrainian names are found alike; a GIN index per text keeps a
-- search from reading every row.
CREATE INDEX aid_package_name_words ON aid_package USING gin (to_tsvector('simple', name));
CREATE INDEX requirement_item_description_words ON requirement_item USING gin (to_tsvector('simple', description));
CREATE INDEX organisation_name_words ON organisation USING gin (to_tsvector('simple', name));
