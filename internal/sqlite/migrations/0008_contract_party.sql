-- 0008: a mandate has two agreements, the client's and the manager's.
--
-- A printed contract now says which party's agreement it is: 'client'
-- (the firm and the client; the three-party contract and a consulting
-- contract are the client's too) or 'manager' (the firm and the manager's
-- management company). Each party's versions are numbered on their own.
-- SQLite cannot change a primary key, so the table is rebuilt: a new one
-- with the party in its key, every row copied as the client's (all of them
-- were printed before there were two agreements), the old one dropped and
-- the new one renamed. Dropping a table drops its triggers without firing
-- them; the frozen triggers are created again on the new table.

CREATE TABLE contract_versions_new (
    engagement_id INTEGER NOT NULL REFERENCES engagements (id),
    party         TEXT    NOT NULL DEFAULT 'client' CHECK (party IN ('client', 'manager')),
    version       INTEGER NOT NULL CHECK (version >= 1),
    number        TEXT    NOT NULL,
    issued_on     TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    jurisdiction  TEXT    NOT NULL CHECK (jurisdiction IN ('BE', 'NL')),
    data          TEXT    NOT NULL, -- JSON of the ContractDocument
    pdf           BLOB    NOT NULL,
    sha256        TEXT    NOT NULL, -- hex SHA-256 of pdf
    created_at    TEXT    NOT NULL,
    PRIMARY KEY (engagement_id, party, version)
);

INSERT INTO contract_versions_new (engagement_id, party, version, number, issued_on, language, jurisdiction,
        data, pdf, sha256, created_at)
    SELECT engagement_id, 'client', version, number, issued_on, language, jurisdiction, data, pdf, sha256, created_at
    FROM contract_versions;

DROP TABLE contract_versions;
ALTER TABLE contract_versions_new RENAME TO contract_versions;

-- A printed contract is never changed or removed, whatever code runs.
CREATE TRIGGER contract_versions_frozen_update BEFORE UPDATE ON contract_versions
BEGIN
    SELECT RAISE(ABORT, 'printed contracts are frozen');
END;
CREATE TRIGGER contract_versions_frozen_delete BEFORE DELETE ON contract_versions
BEGIN
    SELECT RAISE(ABORT, 'printed contracts are frozen');
END;
