-- 0003: engagement contracts, what they say beyond the figures, and the
-- firm's clause library. Conventions as in 0001.

-- The terms of an engagement's contract once someone edited them: the
-- assignment, the exit criteria, the authority delegated, the deliverables
-- and the months of non-solicitation and of the liability cap. Without a
-- row the contract takes them from the signed proposal and the defaults.
CREATE TABLE contract_terms (
    engagement_id        INTEGER PRIMARY KEY REFERENCES engagements (id),
    assignment           TEXT    NOT NULL DEFAULT '',
    exit_criteria        TEXT    NOT NULL DEFAULT '',
    authority            TEXT    NOT NULL DEFAULT '',
    deliverables         TEXT    NOT NULL DEFAULT '',
    non_solicit_months   INTEGER NOT NULL CHECK (non_solicit_months BETWEEN 0 AND 36),
    liability_cap_months INTEGER NOT NULL CHECK (liability_cap_months BETWEEN 1 AND 36),
    rev                  INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
);

-- Printed contracts: what the parties signed, with the clause texts and
-- data it was printed from, kept to reprint byte for byte. Version 1 is
-- the first print; a reissue after the engagement changed is the next.
CREATE TABLE contract_versions (
    engagement_id INTEGER NOT NULL REFERENCES engagements (id),
    version       INTEGER NOT NULL CHECK (version >= 1),
    number        TEXT    NOT NULL,
    issued_on     TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    jurisdiction  TEXT    NOT NULL CHECK (jurisdiction IN ('BE', 'NL')),
    data          TEXT    NOT NULL, -- JSON of the ContractDocument
    pdf           BLOB    NOT NULL,
    sha256        TEXT    NOT NULL, -- hex SHA-256 of pdf
    created_at    TEXT    NOT NULL,
    PRIMARY KEY (engagement_id, version)
);

-- A printed contract is never changed or removed, whatever code runs.
CREATE TRIGGER contract_versions_frozen_update BEFORE UPDATE ON contract_versions
BEGIN
    SELECT RAISE(ABORT, 'printed contracts are frozen');
END;
CREATE TRIGGER contract_versions_frozen_delete BEFORE DELETE ON contract_versions
BEGIN
    SELECT RAISE(ABORT, 'printed contracts are frozen');
END;

-- The firm's own clause texts per template (the firm's country), language
-- and clause. A clause without a row prints the text the application
-- ships, so a new default reaches every firm that did not change it.
CREATE TABLE clauses (
    jurisdiction TEXT    NOT NULL CHECK (jurisdiction IN ('BE', 'NL')),
    language     TEXT    NOT NULL CHECK (language IN ('nl', 'en', 'fr')),
    key          TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    rev          INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (jurisdiction, language, key)
) WITHOUT ROWID;
