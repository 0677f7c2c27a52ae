-- 0005: the facts of an event, beside its English sentence.
--
-- Until now an event kept its detail as a finished English sentence, and
-- the screens and the command line found its Dutch or French by matching
-- it against every format of the catalogue. An engagement's events now
-- keep their kind (in what, as before) and their data as JSON
-- (domain.EventFacts), which each edge words in its reader's language.
-- detail is still written, in English, for logs and for earlier versions.
-- Rows written before have no facts (NULL) and are shown by their detail.

ALTER TABLE events ADD COLUMN facts TEXT;
