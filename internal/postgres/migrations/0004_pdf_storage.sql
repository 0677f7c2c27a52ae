-- 0004: printed PDFs are stored as they are, uncompressed by the server.
--
-- A PDF is compressed already where it can be (its fonts), and its first
-- kilobyte is text, so PostgreSQL's default (pglz on every value above
-- 2 KB) compressed each 90 KB contract in full for a few percent: about
-- 1 ms of the server's time per print, a third of what a contract batch
-- cost it. EXTERNAL keeps the value out of line without compressing it.
-- Rows written before keep their compressed form; both read the same.
ALTER TABLE contract_versions ALTER COLUMN pdf SET STORAGE EXTERNAL;
ALTER TABLE proposal_versions ALTER COLUMN pdf SET STORAGE EXTERNAL;
