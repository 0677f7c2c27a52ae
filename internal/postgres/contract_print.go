package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// Contracts prints engagement contracts from the store: the domain's
// ContractService, with the renderer the caller wires in (internal/pdf),
// so that this package never imports it; sqlite.Contracts is the same
// seam. Its other methods are the DB's.
//
// Unlike SQLite's, it lets printers store their contracts side by side:
// PostgreSQL takes many writers, and two prints of one agreement meet in
// contract_versions' primary key.
type Contracts struct {
	*DB
	Render domain.ContractRenderer
}

var (
	_ domain.ContractService = (*Contracts)(nil)
	_ domain.ClauseLibrary   = (*DB)(nil)
)

// PrintContract prints the client's contract: PrintContractFor the client.
func (c *Contracts) PrintContract(ctx context.Context, engagementID int64, on domain.Date) (*domain.ContractVersion, error) {
	return c.PrintContractFor(ctx, engagementID, domain.PartyClient, on)
}

// PrintContractFor returns the latest printed version of one party's
// agreement of the engagement, with its PDF. The first time, it freezes
// version 1 on day on (today when zero): its number (the engagement's
// contract number, shared by both agreements), the document data with the
// clause texts, the PDF and its SHA-256. Printing again returns those
// bytes, whatever changed since. EINVALID (no firm profile, an unknown
// party, a manager agreement the engagement does not have, a problem of
// domain.CheckContract that blocks), ENOTFOUND, EINTERNAL without a
// renderer.
//
// The PDF is rendered outside any transaction, so a batch on several
// cores renders side by side and only the short inserts meet the server.
func (c *Contracts) PrintContractFor(ctx context.Context, engagementID int64, party domain.ContractParty, on domain.Date) (*domain.ContractVersion, error) {
	if err := checkParty(party); err != nil {
		return nil, err
	}
	on = c.dayOr(on)
	// A reprint is one statement; only a first print reads the rest, in
	// one snapshot. Round trips to the server are most of a print's time
	// on a busy machine, so they are counted here.
	latest, number, err := printedOrNumber(ctx, c.db, engagementID, party)
	if err != nil || latest != nil {
		return latest, err
	}
	var doc *domain.ContractDocument
	err = c.read(ctx, func(tx *sql.Tx) (err error) {
		// ENOTFOUND for no such engagement comes from here.
		doc, err = buildContract(ctx, tx, engagementID, party, on, true)
		return err
	})
	if err != nil {
		return nil, err
	}
	// A first print freezes what the parties sign: nothing may block.
	if err := domain.CheckContract(doc).Err(); err != nil {
		return nil, err
	}
	if number == "" {
		number = domain.ContractNumber(engagementID, on)
	}
	doc.Number, doc.Version = number, 1
	v, err := c.freeze(ctx, doc)
	if isUniqueViolation(err) {
		// Printed elsewhere in the meantime: that one is the contract.
		return c.ContractVersionFor(ctx, engagementID, party, 1)
	}
	return v, err
}

// ReissueContract reissues the client's contract: ReissueContractFor the
// client.
func (c *Contracts) ReissueContract(ctx context.Context, engagementID int64, on domain.Date) (*domain.ContractVersion, error) {
	return c.ReissueContractFor(ctx, engagementID, domain.PartyClient, on)
}

// ReissueContractFor freezes the engagement's current state as the next
// version of one party's agreement, dated on (today when zero), with the
// same number. ECONFLICT before the first print, when the new version
// would print the same as the latest, or when another reissue came first.
// EINVALID, ENOTFOUND.
func (c *Contracts) ReissueContractFor(ctx context.Context, engagementID int64, party domain.ContractParty, on domain.Date) (*domain.ContractVersion, error) {
	if err := checkParty(party); err != nil {
		return nil, err
	}
	on = c.dayOr(on)
	var latest *domain.ContractVersion
	var doc *domain.ContractDocument
	err := c.read(ctx, func(tx *sql.Tx) (err error) {
		if latest, err = latestContract(ctx, tx, engagementID, party, false); err != nil {
			return err
		}
		doc, err = buildContract(ctx, tx, engagementID, party, on, true)
		return err
	})
	if err != nil {
		return nil, err
	}
	if latest == nil {
		return nil, domain.Errorf(domain.ECONFLICT, "The contract of engagement %d was never printed; print it first.", engagementID)
	}
	if same, err := domain.SameContract(latest.Data, doc); err != nil {
		return nil, err
	} else if same {
		return nil, domain.Errorf(domain.ECONFLICT,
			"Version %d of contract %s already shows engagement %d as it stands; there is nothing to reissue.",
			latest.Version, latest.Number, engagementID)
	}
	doc.Number, doc.Version = latest.Number, latest.Version+1
	v, err := c.freeze(ctx, doc)
	if isUniqueViolation(err) {
		return nil, errStale(fmt.Sprintf("Contract %s", latest.Number))
	}
	return v, err
}

// checkParty refuses a party that has no agreement.
func checkParty(p domain.ContractParty) error {
	if !p.Valid() {
		return domain.Invalidf("Party", "%q is not a party of a contract; use client or manager.", string(p))
	}
	return nil
}

// contractNumber is the number the engagement's agreements already carry,
// "" before the first of them is printed: the client's and the manager's
// agreement share it, so that they are filed together.
func contractNumber(ctx context.Context, tx *sql.Tx, engagementID int64) (string, error) {
	var n string
	err := tx.QueryRowContext(ctx, `SELECT number FROM contract_versions WHERE engagement_id = $1
		ORDER BY version LIMIT 1`, engagementID).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	} else if err != nil {
		return "", fmt.Errorf("read the contract number of engagement %d: %w", engagementID, err)
	}
	return n, nil
}

// printedOrNumber reads, in one statement, the newest printed version of
// a party's agreement with its data and PDF, or when it was never printed
// the number the engagement's other agreement carries ("" before either
// was printed): every version of an engagement has the same number.
func printedOrNumber(ctx context.Context, db *sql.DB, engagementID int64, party domain.ContractParty) (*domain.ContractVersion, string, error) {
	v, err := scanContractVersion(db.QueryRowContext(ctx, `SELECT `+contractVersionColumns+`,
			CASE WHEN party = $2 THEN data ELSE '' END, CASE WHEN party = $2 THEN pdf END
		FROM contract_versions WHERE engagement_id = $1
		ORDER BY party = $2 DESC, version DESC LIMIT 1`, byKey(engagementID, string(party))...), true)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, "", nil
	} else if err != nil {
		return nil, "", fmt.Errorf("read the contract of engagement %d: %w", engagementID, err)
	}
	if v.Party != party {
		return nil, v.Number, nil
	}
	return v, "", nil
}

// freeze renders doc and stores it as a printed version. A unique
// violation (printed elsewhere first) comes back as it is, for the caller
// to tell.
func (c *Contracts) freeze(ctx context.Context, doc *domain.ContractDocument) (*domain.ContractVersion, error) {
	if c.Render == nil {
		return nil, domain.Errorf(domain.EINTERNAL, "no renderer: the store cannot print contracts without a PDF renderer")
	}
	data, err := domain.FreezeContract(doc)
	if err != nil {
		return nil, err
	}
	pdf, err := c.Render(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("render contract %s version %d: %w", doc.Number, doc.Version, err)
	}
	if len(pdf) == 0 {
		return nil, domain.Errorf(domain.EINTERNAL, "render contract %s version %d: the renderer returned no bytes", doc.Number, doc.Version)
	}
	sum := sha256.Sum256(pdf)
	now := c.now()
	v := &domain.ContractVersion{
		EngagementID: doc.Engagement.ID, Party: doc.PartyOf(), Version: doc.Version, Number: doc.Number, IssuedOn: doc.Date,
		Language: doc.Lang, Jurisdiction: doc.Jurisdiction, Data: data, PDF: pdf,
		SHA256: hex.EncodeToString(sum[:]), CreatedAt: now,
	}
	kind := domain.EventContractPrinted
	if v.Version > 1 {
		kind = domain.EventContractReissued
	}
	ev := domain.NewEvent(now, kind, domain.EventFacts{
		Party: managerOnly(v.Party), Number: v.Number, Version: v.Version, On: v.IssuedOn, Language: v.Language, Jurisdiction: v.Jurisdiction, SHA256: v.SHA256})
	facts, err := json.Marshal(ev.Facts)
	if err != nil {
		return nil, fmt.Errorf("log %s event for engagement %d: %w", kind, v.EngagementID, err)
	}
	// The version and its event (as logEngagementEvent writes it) in one
	// statement, which is its own transaction: one round trip, not four.
	_, err = c.db.ExecContext(ctx, `WITH v AS (
			INSERT INTO contract_versions (engagement_id, party, version, number, issued_on,
				language, jurisdiction, data, pdf, sha256, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
			RETURNING engagement_id)
		INSERT INTO events (entity, entity_id, at, what, detail, facts)
		SELECT 'engagement', engagement_id, $11, $12, $13, $14 FROM v`,
		byKey(v.EngagementID, string(v.Party), v.Version, v.Number, sqlcol.DateText(v.IssuedOn), string(v.Language), string(v.Jurisdiction),
			string(v.Data), v.PDF, v.SHA256, sqlcol.TimeText(now), string(kind), ev.Detail, string(facts))...)
	if isUniqueViolation(err) {
		return nil, err // the caller tells who printed it first
	} else if err != nil {
		return nil, fmt.Errorf("store contract %s version %d: %w", v.Number, v.Version, err)
	}
	return v, nil
}

// ContractVersions lists the printed versions of both of an engagement's
// agreements, the client's first, each newest first, without PDFs;
// ENOTFOUND when there is no such engagement.
func (db *DB) ContractVersions(ctx context.Context, engagementID int64) ([]*domain.ContractVersion, error) {
	return db.contractVersions(ctx, engagementID, "")
}

// ContractVersionsFor lists the printed versions of one party's agreement,
// newest first, without PDFs; ENOTFOUND, EINVALID for an unknown party.
func (db *DB) ContractVersionsFor(ctx context.Context, engagementID int64, party domain.ContractParty) ([]*domain.ContractVersion, error) {
	if err := checkParty(party); err != nil {
		return nil, err
	}
	return db.contractVersions(ctx, engagementID, party)
}

// contractVersions lists the versions of party's agreement, or of both
// when party is "".
func (db *DB) contractVersions(ctx context.Context, engagementID int64, party domain.ContractParty) ([]*domain.ContractVersion, error) {
	var out []*domain.ContractVersion
	err := db.read(ctx, func(tx *sql.Tx) error {
		if ok, err := exists(ctx, tx, "engagements", engagementID); err != nil {
			return err
		} else if !ok {
			return errEngagementNotFound(engagementID)
		}
		rows, err := tx.QueryContext(ctx, `SELECT `+contractVersionColumns+`
			FROM contract_versions WHERE engagement_id = $1 AND ($2 = '' OR party = $2)
			ORDER BY party = 'manager', version DESC`, engagementID, string(party))
		if err != nil {
			return fmt.Errorf("list the contracts of engagement %d: %w", engagementID, err)
		}
		out, err = scanAll(rows, func(s scanner) (*domain.ContractVersion, error) { return scanContractVersion(s, false) })
		if err != nil {
			return fmt.Errorf("list the contracts of engagement %d: %w", engagementID, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if out == nil {
		out = []*domain.ContractVersion{}
	}
	return out, nil
}

// ContractVersion returns one printed version of the client's contract
// with its data and PDF; ENOTFOUND.
func (db *DB) ContractVersion(ctx context.Context, engagementID int64, version int) (*domain.ContractVersion, error) {
	return db.ContractVersionFor(ctx, engagementID, domain.PartyClient, version)
}

// ContractVersionFor returns one printed version of a party's agreement
// with its data and PDF; ENOTFOUND, EINVALID for an unknown party.
func (db *DB) ContractVersionFor(ctx context.Context, engagementID int64, party domain.ContractParty, version int) (*domain.ContractVersion, error) {
	if err := checkParty(party); err != nil {
		return nil, err
	}
	v, err := scanContractVersion(db.db.QueryRowContext(ctx, `SELECT `+contractVersionColumns+`, data, pdf
		FROM contract_versions WHERE engagement_id = $1 AND party = $2 AND version = $3`, engagementID, string(party), version), true)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.ENOTFOUND, "Engagement %d has no printed contract version %d.", engagementID, version)
	} else if err != nil {
		return nil, fmt.Errorf("read contract version %d of engagement %d: %w", version, engagementID, err)
	}
	return v, nil
}

// latestContract reads the newest printed version of a party's agreement,
// with its data and, if withPDF, its PDF; nil when it was never printed.
// ENOTFOUND when there is no such engagement.
func latestContract(ctx context.Context, tx *sql.Tx, engagementID int64, party domain.ContractParty, withPDF bool) (*domain.ContractVersion, error) {
	pdf := "NULL::bytea"
	if withPDF {
		pdf = "pdf"
	}
	v, err := scanContractVersion(tx.QueryRowContext(ctx, `SELECT `+contractVersionColumns+`, data, `+pdf+`
		FROM contract_versions WHERE engagement_id = $1 AND party = $2 ORDER BY version DESC LIMIT 1`, engagementID, string(party)), true)
	if errors.Is(err, sql.ErrNoRows) {
		if ok, err := exists(ctx, tx, "engagements", engagementID); err != nil {
			return nil, err
		} else if !ok {
			return nil, errEngagementNotFound(engagementID)
		}
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("read the contract of engagement %d: %w", engagementID, err)
	}
	return v, nil
}

const contractVersionColumns = `engagement_id, party, version, number, issued_on, language, jurisdiction, sha256, created_at`

// scanContractVersion reads the columns above, followed by data and pdf
// when full.
func scanContractVersion(s scanner, full bool) (*domain.ContractVersion, error) {
	var v domain.ContractVersion
	var data string
	dest := []any{&v.EngagementID, &v.Party, &v.Version, &v.Number, sqlcol.Date{D: &v.IssuedOn}, &v.Language, &v.Jurisdiction,
		&v.SHA256, sqlcol.Time{T: &v.CreatedAt}}
	if full {
		dest = append(dest, &data, &v.PDF)
	}
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	if full {
		v.Data = []byte(data)
	}
	return &v, nil
}

// managerOnly keeps the party in an event's facts for the manager
// agreement only, so that the client's events read as they always did.
func managerOnly(p domain.ContractParty) domain.ContractParty {
	if p == domain.PartyManager {
		return p
	}
	return ""
}
