-- 0001: the schema of Interim Desk on PostgreSQL, as internal/sqlite's
-- migrations 0001 to 0011 left it: the same tables, columns and rules.
--
-- Conventions, chosen so that a value reads and writes with the same Go
-- conversions as the SQLite store, and an export from either is the same:
--   money is BIGINT cents;
--   a date is TEXT 'YYYY-MM-DD', '' when unset (the domain day_text), so
--   "no date" sorts before every real date and compares without NULL
--   logic, exactly as in SQLite; a DATE column would need NULL for "none",
--   which sorts last and turns every comparison into three-valued logic;
--   a timestamp is TEXT RFC 3339 in UTC with nanoseconds (stamp), because
--   timestamptz keeps microseconds and a record read back would no
--   longer equal the one saved;
--   yes/no is BOOLEAN; lists and a proposal's body are JSONB; frozen
--   documents keep their JSON as TEXT, byte for byte;
--   names sort with nocase() COLLATE "C": SQLite's NOCASE (ASCII letters
--   folded, then byte order), whatever the database's own collation.
-- Every row people edit carries rev, the row version the store compares
-- and increments on each save (optimistic locking). A shipped migration is
-- never edited: add 0002_….sql instead.

CREATE DOMAIN day_text AS TEXT
    CHECK (VALUE = '' OR VALUE ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');
CREATE DOMAIN stamp AS TEXT
    CHECK (VALUE ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9}Z$');

-- SQLite's NOCASE: A-Z folded to a-z, every other character as it is.
CREATE FUNCTION nocase(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') $$;

-- Accent-insensitive search. unaccent ships with PostgreSQL (Debian's
-- postgresql-15 package holds it) and is a trusted extension: the owner of
-- the database may create it. search_words folds a text to what the search
-- compares: accents removed, lower case, every run of characters that is
-- no letter or digit one space, as SQLite's unicode61 tokenizer with
-- remove_diacritics splits and folds. The extension may already live in
-- another schema, so its schema is looked up and written into the function:
-- an index or a generated column may not depend on the search_path.
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $do$
DECLARE
    s TEXT;
BEGIN
    SELECT n.nspname INTO STRICT s
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'unaccent';
    EXECUTE format(
        'CREATE FUNCTION search_words(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS %L',
        format($f$SELECT btrim(regexp_replace(lower(%I.unaccent(%L::regdictionary, t)), '[^[:alnum:]]+', ' ', 'g'))$f$,
            s, quote_ident(s) || '.unaccent'));
END
$do$;

-- search_query turns the terms a person typed (split at spaces by the
-- store) into a tsquery: every term must match, a term of several words
-- (jean-pierre) as a phrase, and the last word as a prefix, because people
-- search while they type ("cf" finds "CFO"). NULL when no word is left.
CREATE FUNCTION search_query(terms TEXT[]) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    parts TEXT[] := '{}';
    words TEXT[];
    term  TEXT;
BEGIN
    FOREACH term IN ARRAY terms LOOP
        words := array_remove(string_to_array(search_words(term), ' '), '');
        IF cardinality(words) > 0 THEN
            parts := parts || array_to_string(words, ' <-> ');
        END IF;
    END LOOP;
    IF cardinality(parts) = 0 THEN
        RETURN NULL;
    END IF;
    parts[cardinality(parts)] := parts[cardinality(parts)] || ':*';
    RETURN to_tsquery('simple', array_to_string(parts, ' & '));
END
$$;

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
    logo                   BYTEA,
    brand_colour           TEXT    NOT NULL DEFAULT '',
    default_vat_rate       INTEGER NOT NULL,
    payment_terms_days     INTEGER NOT NULL,
    proposal_validity_days INTEGER NOT NULL,
    proposal_prefix        TEXT    NOT NULL,
    default_language       TEXT    NOT NULL,
    rev                    BIGINT  NOT NULL DEFAULT 1,
    created_at             stamp   NOT NULL,
    updated_at             stamp   NOT NULL
);

-- Settings that travel with the database (SQLite's 0002): one row per key.
CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    id                BIGINT  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    legal_name        TEXT    NOT NULL,
    trade_name        TEXT    NOT NULL DEFAULT '',
    vat_id            TEXT    NOT NULL DEFAULT '',
    company_number    TEXT    NOT NULL DEFAULT '',
    street            TEXT    NOT NULL DEFAULT '',
    postcode          TEXT    NOT NULL DEFAULT '',
    city              TEXT    NOT NULL DEFAULT '',
    country           TEXT    NOT NULL,
    sector            TEXT    NOT NULL DEFAULT '',
    contact_name      TEXT    NOT NULL DEFAULT '',
    contact_role      TEXT    NOT NULL DEFAULT '',
    contact_email     TEXT    NOT NULL DEFAULT '',
    contact_phone     TEXT    NOT NULL DEFAULT '',
    language          TEXT    NOT NULL,
    notes             TEXT    NOT NULL DEFAULT '',
    archived          BOOLEAN NOT NULL DEFAULT false,
    cannot_deduct_vat BOOLEAN NOT NULL DEFAULT false,
    rev               BIGINT  NOT NULL DEFAULT 1,
    created_at        stamp   NOT NULL,
    updated_at        stamp   NOT NULL,
    -- What the search finds, the columns of SQLite's clients_fts, kept by
    -- PostgreSQL itself in the same statement as every write.
    search            tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_words(
        legal_name || ' ' || trade_name || ' ' || vat_id || ' ' || city || ' ' || sector || ' ' || contact_name))) STORED
);

-- Two clients never share a VAT id; many have none.
CREATE UNIQUE INDEX clients_vat_id ON clients (vat_id) WHERE vat_id <> '';
-- The default list order: the display name (trade name, else legal name).
CREATE INDEX clients_display_name ON clients (
    (nocase(CASE WHEN trade_name <> '' THEN trade_name ELSE legal_name END) COLLATE "C"), id);
CREATE INDEX clients_updated ON clients (updated_at);
CREATE INDEX clients_search ON clients USING gin (search);

CREATE TABLE managers (
    id                BIGINT  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name              TEXT    NOT NULL,
    email             TEXT    NOT NULL DEFAULT '',
    phone             TEXT    NOT NULL DEFAULT '',
    city              TEXT    NOT NULL DEFAULT '',
    headline          TEXT    NOT NULL DEFAULT '',
    -- Lists as JSON arrays, in the order and spelling people typed them;
    -- manager_tags repeats sectors and languages, folded, for the filters.
    skills            JSONB   NOT NULL DEFAULT '[]',
    sectors           JSONB   NOT NULL DEFAULT '[]',
    languages         JSONB   NOT NULL DEFAULT '[]',
    day_rate          BIGINT  NOT NULL DEFAULT 0,
    available_from    day_text NOT NULL DEFAULT '',
    max_days_per_week INTEGER NOT NULL,
    cv                TEXT    NOT NULL DEFAULT '',
    company_name      TEXT    NOT NULL DEFAULT '',
    company_vat_id    TEXT    NOT NULL DEFAULT '',
    company_iban      TEXT    NOT NULL DEFAULT '',
    company_street    TEXT    NOT NULL DEFAULT '',
    company_postcode  TEXT    NOT NULL DEFAULT '',
    company_city      TEXT    NOT NULL DEFAULT '',
    company_country   TEXT    NOT NULL DEFAULT '',
    company_number    TEXT    NOT NULL DEFAULT '',
    active            BOOLEAN NOT NULL DEFAULT true,
    notes             TEXT    NOT NULL DEFAULT '',
    rev               BIGINT  NOT NULL DEFAULT 1,
    created_at        stamp   NOT NULL,
    updated_at        stamp   NOT NULL,
    -- What the search finds: the columns of SQLite's managers_fts.
    search            tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_words(
        name || ' ' || headline || ' ' || skills::text || ' ' || sectors::text || ' ' ||
        languages::text || ' ' || cv || ' ' || notes))) STORED,
    -- What the relevance order weighs, by column (SQLite's bm25 weights:
    -- headline 4, skills 3, sectors 2, CV 1, notes 0.5; name and languages
    -- nothing). tsvector has four weights, so the CV and the notes share D.
    rank_words        tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', search_words(headline)), 'A') ||
        setweight(to_tsvector('simple', search_words(skills::text)), 'B') ||
        setweight(to_tsvector('simple', search_words(sectors::text)), 'C') ||
        setweight(to_tsvector('simple', search_words(cv || ' ' || notes)), 'D')) STORED
);

-- The roster is counted and paged on rosters of 100,000 managers, which
-- reads each matching row for whether it is active and where it sorts.
-- A CV and the two word lists make a row kilobytes wide; kept apart
-- (TOAST) the rows the roster reads are a few hundred bytes, and a
-- search reads a tenth of the pages. The word lists are not read back
-- for a plain search: the GIN index answers it exactly.
ALTER TABLE managers SET (toast_tuple_target = 256);
ALTER TABLE managers ALTER COLUMN cv SET STORAGE EXTERNAL,
    ALTER COLUMN search SET STORAGE EXTERNAL,
    ALTER COLUMN rank_words SET STORAGE EXTERNAL;

-- One e-mail address, one manager, whatever its capitals.
CREATE UNIQUE INDEX managers_email ON managers (nocase(email)) WHERE email <> '';
-- One index per roster sort order.
CREATE INDEX managers_name ON managers ((nocase(name) COLLATE "C"), id);
-- The roster's default page and count, read from the index alone (after
-- VACUUM): PostgreSQL reads an expression's column from the index only
-- when it is there as itself too, hence INCLUDE (name); the filters'
-- columns ride along, as in SQLite's 0010.
CREATE INDEX managers_active ON managers (active, (nocase(name) COLLATE "C"), id)
    INCLUDE (name, day_rate, available_from, max_days_per_week);
CREATE INDEX managers_rate ON managers (day_rate, (nocase(name) COLLATE "C"), id);
CREATE INDEX managers_rate_desc ON managers (day_rate DESC, (nocase(name) COLLATE "C"), id);
CREATE INDEX managers_available ON managers (available_from, (nocase(name) COLLATE "C"), id);
CREATE INDEX managers_search ON managers USING gin (search);

-- Sectors and languages of each manager, one row per value. key is the
-- value folded (lower case, accents removed) so "Santé" and "sante"
-- filter alike; value is one spelling to offer in the filter choices.
CREATE TABLE manager_tags (
    manager_id BIGINT NOT NULL REFERENCES managers (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL CHECK (kind IN ('sector', 'language')),
    key        TEXT   NOT NULL,
    value      TEXT   NOT NULL,
    PRIMARY KEY (kind, key, manager_id)
);
CREATE INDEX manager_tags_manager ON manager_tags (manager_id);

CREATE TABLE proposals (
    id              BIGINT   GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    client_id       BIGINT   NOT NULL REFERENCES clients (id),
    -- The proposed manager, kept beside the content so the reference is checked.
    manager_id      BIGINT   REFERENCES managers (id),
    title           TEXT     NOT NULL,
    -- The editable body (situation, both offers, phases, comparator,
    -- recommendation, terms): always read and written whole.
    content         JSONB    NOT NULL,
    language        TEXT     NOT NULL DEFAULT '',
    vat_rate        INTEGER  NOT NULL,
    reverse_charge  BOOLEAN  NOT NULL DEFAULT false,
    validity_days   INTEGER  NOT NULL,
    status          TEXT     NOT NULL CHECK (status IN ('draft', 'issued', 'accepted', 'declined', 'expired')),
    status_date     day_text NOT NULL DEFAULT '',
    accepted_option TEXT     NOT NULL DEFAULT '',
    number          TEXT     NOT NULL DEFAULT '',
    version         INTEGER  NOT NULL DEFAULT 0,
    issued_on       day_text NOT NULL DEFAULT '',
    rev             BIGINT   NOT NULL DEFAULT 1,
    created_at      stamp    NOT NULL,
    updated_at      stamp    NOT NULL
);

CREATE UNIQUE INDEX proposals_number ON proposals (number) WHERE number <> '';
CREATE INDEX proposals_client ON proposals (client_id);
CREATE INDEX proposals_manager ON proposals (manager_id) WHERE manager_id IS NOT NULL;
CREATE INDEX proposals_status ON proposals (status, updated_at);
CREATE INDEX proposals_updated ON proposals (updated_at, id);

-- Issued versions: what the client received, kept to reprint byte for byte.
CREATE TABLE proposal_versions (
    proposal_id BIGINT   NOT NULL REFERENCES proposals (id),
    version     INTEGER  NOT NULL CHECK (version >= 1),
    number      TEXT     NOT NULL,
    issued_on   day_text NOT NULL,
    language    TEXT     NOT NULL,
    data        TEXT     NOT NULL, -- JSON of the ProposalDocument, as written
    pdf         BYTEA    NOT NULL,
    sha256      TEXT     NOT NULL, -- hex SHA-256 of pdf
    created_at  stamp    NOT NULL,
    PRIMARY KEY (proposal_id, version)
);

-- A frozen document is never changed or removed, whatever code runs.
CREATE FUNCTION refuse_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER proposal_versions_frozen BEFORE UPDATE OR DELETE ON proposal_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_frozen('issued proposal versions are frozen');
CREATE TRIGGER proposal_versions_frozen_truncate BEFORE TRUNCATE ON proposal_versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_frozen('issued proposal versions are frozen');

-- The last number given per prefix and year: the gapless yearly sequence.
-- It moves in the same transaction as the version that uses the number
-- (SELECT … FOR UPDATE of its row serialises two issuers).
CREATE TABLE proposal_numbers (
    prefix TEXT    NOT NULL,
    year   INTEGER NOT NULL,
    last   INTEGER NOT NULL CHECK (last >= 1),
    PRIMARY KEY (prefix, year)
);

CREATE TABLE engagements (
    id               BIGINT   GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    client_id        BIGINT   NOT NULL REFERENCES clients (id),
    proposal_id      BIGINT   REFERENCES proposals (id),
    proposal_version INTEGER  NOT NULL DEFAULT 0,
    kind             TEXT     NOT NULL CHECK (kind IN ('interim', 'consulting')),
    manager_id       BIGINT   REFERENCES managers (id),
    role             TEXT     NOT NULL DEFAULT '',
    start_on         day_text NOT NULL,
    end_on           day_text NOT NULL DEFAULT '',
    days_per_week    INTEGER  NOT NULL DEFAULT 0,
    day_rate         BIGINT   NOT NULL DEFAULT 0,
    manager_day_fee  BIGINT   NOT NULL DEFAULT 0 CHECK (manager_day_fee >= 0),
    fee              BIGINT   NOT NULL DEFAULT 0,
    notice_days      INTEGER  NOT NULL DEFAULT 0,
    status           TEXT     NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'terminated')),
    terminated_on    day_text NOT NULL DEFAULT '',
    end_reason       TEXT     NOT NULL DEFAULT '',
    notes            TEXT     NOT NULL DEFAULT '',
    -- What the manager achieved, and who vouches for it (SQLite's 0011).
    outcome          TEXT     NOT NULL DEFAULT '',
    reference        TEXT     NOT NULL DEFAULT '',
    rev              BIGINT   NOT NULL DEFAULT 1,
    created_at       stamp    NOT NULL,
    updated_at       stamp    NOT NULL
);

-- Bookings: the live engagements of a manager around a day.
CREATE INDEX engagements_manager ON engagements (manager_id, status, start_on) WHERE manager_id IS NOT NULL;
CREATE INDEX engagements_client ON engagements (client_id, start_on);
CREATE INDEX engagements_proposal ON engagements (proposal_id) WHERE proposal_id IS NOT NULL;
CREATE INDEX engagements_start ON engagements (start_on, id);

-- What happened to a record beyond its current state. facts is the JSON of
-- an engagement event's data (domain.EventFacts), NULL for other events.
CREATE TABLE events (
    id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    entity    TEXT   NOT NULL, -- 'proposal', 'engagement', ...
    entity_id BIGINT NOT NULL,
    at        stamp  NOT NULL,
    what      TEXT   NOT NULL,
    detail    TEXT   NOT NULL DEFAULT '',
    facts     TEXT
);
CREATE INDEX events_entity ON events (entity, entity_id, at);

-- The terms of an engagement's contract once someone edited them.
CREATE TABLE contract_terms (
    engagement_id        BIGINT  PRIMARY KEY REFERENCES engagements (id),
    assignment           TEXT    NOT NULL DEFAULT '',
    exit_criteria        TEXT    NOT NULL DEFAULT '',
    authority            TEXT    NOT NULL DEFAULT '',
    deliverables         TEXT    NOT NULL DEFAULT '',
    non_solicit_months   INTEGER NOT NULL CHECK (non_solicit_months BETWEEN 0 AND 36),
    liability_cap_months INTEGER NOT NULL CHECK (liability_cap_months BETWEEN 1 AND 36),
    rev                  BIGINT  NOT NULL DEFAULT 1,
    created_at           stamp   NOT NULL,
    updated_at           stamp   NOT NULL
);

-- Printed contracts, the client's and the manager's agreement each
-- numbered on its own, kept to reprint byte for byte.
CREATE TABLE contract_versions (
    engagement_id BIGINT   NOT NULL REFERENCES engagements (id),
    party         TEXT     NOT NULL DEFAULT 'client' CHECK (party IN ('client', 'manager')),
    version       INTEGER  NOT NULL CHECK (version >= 1),
    number        TEXT     NOT NULL,
    issued_on     day_text NOT NULL,
    language      TEXT     NOT NULL,
    jurisdiction  TEXT     NOT NULL CHECK (jurisdiction IN ('BE', 'NL')),
    data          TEXT     NOT NULL, -- JSON of the ContractDocument, as written
    pdf           BYTEA    NOT NULL,
    sha256        TEXT     NOT NULL, -- hex SHA-256 of pdf
    created_at    stamp    NOT NULL,
    PRIMARY KEY (engagement_id, party, version)
);
CREATE TRIGGER contract_versions_frozen BEFORE UPDATE OR DELETE ON contract_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_frozen('printed contracts are frozen');
CREATE TRIGGER contract_versions_frozen_truncate BEFORE TRUNCATE ON contract_versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_frozen('printed contracts are frozen');

-- The firm's own clause texts per template, language and clause.
CREATE TABLE clauses (
    jurisdiction TEXT   NOT NULL CHECK (jurisdiction IN ('BE', 'NL')),
    language     TEXT   NOT NULL CHECK (language IN ('nl', 'en', 'fr')),
    key          TEXT   NOT NULL,
    title        TEXT   NOT NULL,
    body         TEXT   NOT NULL,
    rev          BIGINT NOT NULL DEFAULT 1,
    updated_at   stamp  NOT NULL,
    PRIMARY KEY (jurisdiction, language, key)
);
