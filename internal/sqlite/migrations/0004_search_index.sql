-- 0004: the full-text indexes without prefix indexes and column sizes.
--
-- 0001 built them with prefix = '2 3', which writes every term three times
-- (whole, and its first two and three letters), and with the size of every
-- column of every row, which only ranking reads. Interim Desk ranks
-- nothing, and asks for the last term typed as a prefix ("cf*" finds
-- "CFO"), which FTS5 answers from the terms themselves. On a roster of
-- 100,000 managers the prefix indexes saved at most 20 ms of a search for
-- two letters (93 against 113 ms, most of it counting the matches), and
-- made indexing an import of them take twice as long. What a search finds
-- is the same: the columns, the tokenizer and the content are unchanged.
--
-- The triggers of 0001 keep the indexes in step; they name the tables,
-- not their options, so they stay as they are.

DROP TABLE clients_fts;
CREATE VIRTUAL TABLE clients_fts USING fts5 (
    legal_name, trade_name, vat_id, city, sector, contact_name,
    content = 'clients', content_rowid = 'id', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO clients_fts (clients_fts) VALUES ('rebuild');

DROP TABLE managers_fts;
CREATE VIRTUAL TABLE managers_fts USING fts5 (
    name, headline, skills, sectors, languages, cv,
    content = 'managers', content_rowid = 'id', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO managers_fts (managers_fts) VALUES ('rebuild');
