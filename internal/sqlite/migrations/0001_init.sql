-- 0001: the first schema of Interim Desk.
--
-- Conventions: money is INTEGER cents; a date is TEXT 'YYYY-MM-DD', '' when
-- unset (so "no end date" sorts before every real date and compares without
-- NULL logic); a timestamp is TEXT RFC 3339 in UTC with nanoseconds, fixed
-- width so it sorts as text. Every row people edit carries rev, the row
-- version the store compares and increments on each save (optimistic
-- locking). A shipped migration is never edited: add 0002_….sql instead.

-- The firm profile: one row, id 1.
CREATE TABLE firm (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name             TEXT    NOT NULL,
    legal_form             TEXT    NOT NULL DEFAULT '',
    street                 TEXT    NOT NULL DEFAULT '',
    postcode               TEXT    NOT NULL DEFAULT '',
    city                   TEXT    NOT NULL DEFAULT '',
    country                TEXT    NOT NULL,
    company_number         TEXT    NOT NULL DEFAULT '',
    rpr_court              TEXT    NOT NULL DEFAULT '',
    vat_id                 TEXT    NOT NULL DEFAULT '',
    iban                   TEXT    NOT NULL DEFAULT '',
    bic                    TEXT    NOT NULL DEFAULT '',
    email                  TEXT    NOT NULL DEFAULT '',
    phone                  TEXT    NOT NULL DEFAULT '',
    website                TEXT    NOT NULL DEFAULT '',
    logo                   BLOB,
    brand_colour           TEXT    NOT NULL DEFAULT '',
    default_vat_rate       INTEGER NOT NULL,
    payment_terms_days     INTEGER NOT NULL,
    proposal_validity_days INTEGER NOT NULL,
    proposal_prefix        TEXT    NOT NULL,
    default_language       TEXT    NOT NULL,
    rev                    INTEGER NOT NULL DEFAULT 1,
    created_at             TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL
);

CREATE TABLE clients (
    id             INTEGER PRIMARY KEY,
    legal_name     TEXT    NOT NULL,
    trade_name     TEXT    NOT NULL DEFAULT '',
    vat_id         TEXT    NOT NULL DEFAULT '',
    company_number TEXT    NOT NULL DEFAULT '',
    street         TEXT    NOT NULL DEFAULT '',
    postcode       TEXT    NOT NULL DEFAULT '',
    city           TEXT    NOT NULL DEFAULT '',
    country        TEXT    NOT NULL,
    sector         TEXT    NOT NULL DEFAULT '',
    contact_name   TEXT    NOT NULL DEFAULT '',
    contact_role   TEXT    NOT NULL DEFAULT '',
    contact_email  TEXT    NOT NULL DEFAULT '',
    contact_phone  TEXT    NOT NULL DEFAULT '',
    language       TEXT    NOT NULL,
    notes          TEXT    NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    rev            INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);

-- Two clients never share a VAT id; many have none.
CREATE UNIQUE INDEX clients_vat_id ON clients (vat_id) WHERE vat_id <> '';
-- The default list order: the display name (trade name, else legal name).
CREATE INDEX clients_display_name ON clients (
    (CASE WHEN trade_name <> '' THEN trade_name ELSE legal_name END) COLLATE NOCASE, id);
CREATE INDEX clients_updated ON clients (updated_at);

CREATE TABLE managers (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL,
    email             TEXT    NOT NULL DEFAULT '',
    phone             TEXT    NOT NULL DEFAULT '',
    city              TEXT    NOT NULL DEFAULT '',
    headline          TEXT    NOT NULL DEFAULT '',
    -- Lists as JSON arrays, in the order and spelling people typed them:
    -- reading a manager is one row. manager_tags below repeats sectors and
    -- languages, folded, for indexed filters and the list of sectors.
    skills            TEXT    NOT NULL DEFAULT '[]',
    sectors           TEXT    NOT NULL DEFAULT '[]',
    languages         TEXT    NOT NULL DEFAULT '[]',
    day_rate          INTEGER NOT NULL DEFAULT 0,
    available_from    TEXT    NOT NULL DEFAULT '',
    max_days_per_week INTEGER NOT NULL,
    cv                TEXT    NOT NULL DEFAULT '',
    company_name      TEXT    NOT NULL DEFAULT '',
    company_vat_id    TEXT    NOT NULL DEFAULT '',
    company_iban      TEXT    NOT NULL DEFAULT '',
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes             TEXT    NOT NULL DEFAULT '',
    rev               INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

-- One e-mail address, one manager, whatever its capitals.
CREATE UNIQUE INDEX managers_email ON managers (email COLLATE NOCASE) WHERE email <> '';
-- One index per roster sort order, each exactly its ORDER BY, so a page is
-- read in order instead of sorting the roster.
CREATE INDEX managers_name ON managers (name COLLATE NOCASE, id);
CREATE INDEX managers_rate ON managers (day_rate, name COLLATE NOCASE, id);
CREATE INDEX managers_rate_desc ON managers (day_rate DESC, name COLLATE NOCASE, id);
CREATE INDEX managers_available ON managers (available_from, name COLLATE NOCASE, id);

-- Sectors and languages of each manager, one row per value. key is the value
-- folded (lower case, accents removed) so "Santé" and "sante" filter alike;
-- value is one spelling to offer in the filter choices.
CREATE TABLE manager_tags (
    manager_id INTEGER NOT NULL REFERENCES managers (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('sector', 'language')),
    key        TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (kind, key, manager_id)
) WITHOUT ROWID;
CREATE INDEX manager_tags_manager ON manager_tags (manager_id);

CREATE TABLE proposals (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id),
    -- The proposed manager, kept beside the content so the reference is checked.
    manager_id      INTEGER REFERENCES managers (id),
    title           TEXT    NOT NULL,
    -- The editable body (situation, both offers, phases, comparator,
    -- recommendation, terms) as JSON: it is always read and written whole.
    content         TEXT    NOT NULL,
    language        TEXT    NOT NULL DEFAULT '',
    vat_rate        INTEGER NOT NULL,
    reverse_charge  INTEGER NOT NULL DEFAULT 0 CHECK (reverse_charge IN (0, 1)),
    validity_days   INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('draft', 'issued', 'accepted', 'declined', 'expired')),
    status_date     TEXT    NOT NULL DEFAULT '',
    accepted_option TEXT    NOT NULL DEFAULT '',
    number          TEXT    NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 0,
    issued_on       TEXT    NOT NULL DEFAULT '',
    rev             INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE UNIQUE INDEX proposals_number ON proposals (number) WHERE number <> '';
CREATE INDEX proposals_client ON proposals (client_id);
CREATE INDEX proposals_manager ON proposals (manager_id) WHERE manager_id IS NOT NULL;
CREATE INDEX proposals_status ON proposals (status, updated_at);
CREATE INDEX proposals_updated ON proposals (updated_at, id);

-- Issued versions: what the client received, kept to reprint byte for byte.
CREATE TABLE proposal_versions (
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    version     INTEGER NOT NULL CHECK (version >= 1),
    number      TEXT    NOT NULL,
    issued_on   TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    data        TEXT    NOT NULL, -- JSON of the ProposalDocument
    pdf         BLOB    NOT NULL,
    sha256      TEXT    NOT NULL, -- hex SHA-256 of pdf
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (proposal_id, version)
);

-- A frozen version is never changed or removed, whatever code runs.
CREATE TRIGGER proposal_versions_frozen_update BEFORE UPDATE ON proposal_versions
BEGIN
    SELECT RAISE(ABORT, 'issued proposal versions are frozen');
END;
CREATE TRIGGER proposal_versions_frozen_delete BEFORE DELETE ON proposal_versions
BEGIN
    SELECT RAISE(ABORT, 'issued proposal versions are frozen');
END;

-- The last number given per prefix and year: the gapless yearly sequence.
-- It moves in the same transaction as the version that uses the number.
CREATE TABLE proposal_numbers (
    prefix TEXT    NOT NULL,
    year   INTEGER NOT NULL,
    last   INTEGER NOT NULL CHECK (last >= 1),
    PRIMARY KEY (prefix, year)
) WITHOUT ROWID;

CREATE TABLE engagements (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients (id),
    proposal_id      INTEGER REFERENCES proposals (id),
    proposal_version INTEGER NOT NULL DEFAULT 0,
    kind             TEXT    NOT NULL CHECK (kind IN ('interim', 'consulting')),
    manager_id       INTEGER REFERENCES managers (id),
    role             TEXT    NOT NULL DEFAULT '',
    start_on         TEXT    NOT NULL,
    end_on           TEXT    NOT NULL DEFAULT '',
    days_per_week    INTEGER NOT NULL DEFAULT 0,
    day_rate         INTEGER NOT NULL DEFAULT 0,
    fee              INTEGER NOT NULL DEFAULT 0,
    notice_days      INTEGER NOT NULL DEFAULT 0,
    status           TEXT    NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'terminated')),
    terminated_on    TEXT    NOT NULL DEFAULT '',
    end_reason       TEXT    NOT NULL DEFAULT '',
    notes            TEXT    NOT NULL DEFAULT '',
    rev              INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

-- Bookings: the live engagements of a manager around a day.
CREATE INDEX engagements_manager ON engagements (manager_id, status, start_on) WHERE manager_id IS NOT NULL;
CREATE INDEX engagements_client ON engagements (client_id, start_on);
CREATE INDEX engagements_proposal ON engagements (proposal_id) WHERE proposal_id IS NOT NULL;
CREATE INDEX engagements_start ON engagements (start_on, id);

-- What happened to a record beyond its current state: status changes,
-- issues, and later extensions and overrides.
CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    entity    TEXT    NOT NULL, -- 'proposal', 'engagement', ...
    entity_id INTEGER NOT NULL,
    at        TEXT    NOT NULL,
    what      TEXT    NOT NULL,
    detail    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX events_entity ON events (entity, entity_id, at);

-- Full-text search, accent-insensitive: remove_diacritics 2 folds ï to i and
-- é to e in both the text and the query. External content: the text lives
-- once, in the base table; the triggers keep the index in the same
-- transaction as every write, whoever makes it.
CREATE VIRTUAL TABLE clients_fts USING fts5 (
    legal_name, trade_name, vat_id, city, sector, contact_name,
    content = 'clients', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
    INSERT INTO clients_fts (rowid, legal_name, trade_name, vat_id, city, sector, contact_name)
    VALUES (new.id, new.legal_name, new.trade_name, new.vat_id, new.city, new.sector, new.contact_name);
END;
CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, legal_name, trade_name, vat_id, city, sector, contact_name)
    VALUES ('delete', old.id, old.legal_name, old.trade_name, old.vat_id, old.city, old.sector, old.contact_name);
END;
CREATE TRIGGER clients_fts_update AFTER UPDATE OF legal_name, trade_name, vat_id, city, sector, contact_name ON clients BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, legal_name, trade_name, vat_id, city, sector, contact_name)
    VALUES ('delete', old.id, old.legal_name, old.trade_name, old.vat_id, old.city, old.sector, old.contact_name);
    INSERT INTO clients_fts (rowid, legal_name, trade_name, vat_id, city, sector, contact_name)
    VALUES (new.id, new.legal_name, new.trade_name, new.vat_id, new.city, new.sector, new.contact_name);
END;

CREATE VIRTUAL TABLE managers_fts USING fts5 (
    name, headline, skills, sectors, languages, cv,
    content = 'managers', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER managers_fts_insert AFTER INSERT ON managers BEGIN
    INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv)
    VALUES (new.id, new.name, new.headline, new.skills, new.sectors, new.languages, new.cv);
END;
CREATE TRIGGER managers_fts_delete AFTER DELETE ON managers BEGIN
    INSERT INTO managers_fts (managers_fts, rowid, name, headline, skills, sectors, languages, cv)
    VALUES ('delete', old.id, old.name, old.headline, old.skills, old.sectors, old.languages, old.cv);
END;
CREATE TRIGGER managers_fts_update AFTER UPDATE OF name, headline, skills, sectors, languages, cv ON managers BEGIN
    INSERT INTO managers_fts (managers_fts, rowid, name, headline, skills, sectors, languages, cv)
    VALUES ('delete', old.id, old.name, old.headline, old.skills, old.sectors, old.languages, old.cv);
    INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv)
    VALUES (new.id, new.name, new.headline, new.skills, new.sectors, new.languages, new.cv);
END;
