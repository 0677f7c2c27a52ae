-- 0009: the managers' notes in the full-text index, for matching.
--
-- Matching a manager to a mandate ranks the roster by text relevance over
-- headline, skills, sectors, CV and notes (bm25 with column weights), and
-- a note such as "Geïnteresseerd in een mandaat in Brussel" must be found
-- by "geinteresseerd". The index is rebuilt with a notes column, with the
-- tokenizer of 0004 (accents removed) and, as there, no prefix indexes and
-- no column sizes; the triggers follow the new column.

DROP TRIGGER managers_fts_insert;
DROP TRIGGER managers_fts_delete;
DROP TRIGGER managers_fts_update;
DROP TABLE managers_fts;
CREATE VIRTUAL TABLE managers_fts USING fts5 (
    name, headline, skills, sectors, languages, cv, notes,
    content = 'managers', content_rowid = 'id', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO managers_fts (managers_fts) VALUES ('rebuild');

CREATE TRIGGER managers_fts_insert AFTER INSERT ON managers BEGIN
    INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv, notes)
    VALUES (new.id, new.name, new.headline, new.skills, new.sectors, new.languages, new.cv, new.notes);
END;
CREATE TRIGGER managers_fts_delete AFTER DELETE ON managers BEGIN
    INSERT INTO managers_fts (managers_fts, rowid, name, headline, skills, sectors, languages, cv, notes)
    VALUES ('delete', old.id, old.name, old.headline, old.skills, old.sectors, old.languages, old.cv, old.notes);
END;
CREATE TRIGGER managers_fts_update AFTER UPDATE OF name, headline, skills, sectors, languages, cv, notes ON managers BEGIN
    INSERT INTO managers_fts (managers_fts, rowid, name, headline, skills, sectors, languages, cv, notes)
    VALUES ('delete', old.id, old.name, old.headline, old.skills, old.sectors, old.languages, old.cv, old.notes);
    INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv, notes)
    VALUES (new.id, new.name, new.headline, new.skills, new.sectors, new.languages, new.cv, new.notes);
END;
