-- 0005: the roster's "best match first" order by tiers, read in name order.
--
-- Best match first used to score every match with ts_rank. Any order that
-- reads every matching row costs PostgreSQL about 15 µs a match here: the
-- search's word list is kept out of line and is read back for each row
-- the GIN index returns. A word a third of 100,000 managers have took
-- half a second. The order is now the one both stores share (domain
-- ManagerFilter.Sort): a searched word in the headline first, then in the
-- skills, then in the sectors, then the other matches (CV, notes, name),
-- each tier by name. A tier is read by walking the roster in name order
-- while it is frequent, or found through its own index while it is rare
-- (manager_find_tiers.go), so a page reads about fifty rows either way.
--
-- Each tier's words are a small list of their own, kept in the row
-- (MAIN): the walk tests it for each manager it passes.
ALTER TABLE managers
    ADD COLUMN headline_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_words(headline))) STORED,
    ADD COLUMN skill_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_words(skills::text))) STORED,
    ADD COLUMN sector_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_words(sectors::text))) STORED,
    ALTER COLUMN headline_words SET STORAGE MAIN,
    ALTER COLUMN skill_words SET STORAGE MAIN,
    ALTER COLUMN sector_words SET STORAGE MAIN;
CREATE INDEX managers_headline_words ON managers USING gin (headline_words);
CREATE INDEX managers_skill_words ON managers USING gin (skill_words);
CREATE INDEX managers_sector_words ON managers USING gin (sector_words);

-- The number of matches is counted from the indexes where it can be:
-- PostgreSQL skips reading a row the visibility map says all may see,
-- but only when no condition needs the row. "active" was such a
-- condition: the count of the active roster now reads a small index of
-- their ids, and that of a search an index of the active managers' words
-- (the whole roster's stays, for a search that includes the inactive).
CREATE INDEX managers_active_ids ON managers (id) WHERE active;
CREATE INDEX managers_search_active ON managers USING gin (search) WHERE active;

-- search_any is search_query's terms joined by OR: which tier a manager
-- is in depends on where any of the words typed is found.
CREATE FUNCTION search_any(terms TEXT[]) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT replace(search_query(terms)::text, ' & ', ' | ')::tsquery
$$;
