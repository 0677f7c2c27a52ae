package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Contracts prints engagement contracts from the store: the domain's
// ContractService, with the renderer cmd/ wires in (internal/pdf), so that
// this package never imports it. Its other methods are the DB's.
type Contracts struct {
	*DB
	Render domain.ContractRenderer

	// writing lets one print at a time store its contract. SQLite allows
	// one writer; without this, printers on other cores would find the
	// database locked and SQLite's busy handler would put them to sleep
	// for milliseconds at a time.
	writing sync.Mutex
}

var _ domain.ContractService = (*Contracts)(nil)

// PrintContract returns the engagement's latest printed contract with its
// PDF. The first time, it freezes version 1 on day on (today when zero):
// its number, the document data with the clause texts, the PDF and its
// SHA-256. Printing again returns those bytes, whatever changed since.
// EINVALID (no firm profile, a problem of domain.CheckContract that
// blocks), ENOTFOUND, EINTERNAL without a renderer.
//
// The PDF is rendered outside any write transaction, so a batch on several
// cores renders side by side and only the short inserts take turns.
func (c *Contracts) PrintContract(ctx context.Context, engagementID int64, on domain.Date) (*domain.ContractVersion, error) {
	tx, err := c.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	latest, err := latestContract(ctx, tx, engagementID, true)
	if err != nil || latest != nil {
		return latest, err
	}
	on = c.dayOr(on)
	doc, err := buildContract(ctx, tx, engagementID, on, true)
	if err != nil {
		return nil, err
	}
	tx.Rollback()
	// A first print freezes what the parties sign: nothing may block.
	if err := domain.CheckContract(doc).Err(); err != nil {
		return nil, err
	}
	doc.Number, doc.Version = domain.ContractNumber(engagementID, on), 1
	v, err := c.freeze(ctx, doc)
	if isUniqueViolation(err) {
		// Printed elsewhere in the meantime: that one is the contract.
		return c.ContractVersion(ctx, engagementID, 1)
	}
	return v, err
}

// ReissueContract freezes the engagement's current state as the next
// version of its contract, dated on (today when zero), with the same
// number. ECONFLICT before the first print, when the new version would
// print the same as the latest, or when another reissue came first.
// EINVALID, ENOTFOUND.
func (c *Contracts) ReissueContract(ctx context.Context, engagementID int64, on domain.Date) (*domain.ContractVersion, error) {
	tx, err := c.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	latest, err := latestContract(ctx, tx, engagementID, false)
	if err != nil {
		return nil, err
	}
	on = c.dayOr(on)
	doc, err := buildContract(ctx, tx, engagementID, on, true)
	if err != nil {
		return nil, err
	}
	tx.Rollback()
	if latest == nil {
		return nil, domain.Errorf(domain.ECONFLICT, "The contract of engagement %d was never printed; print it first.", engagementID)
	}
	if same, err := sameContent(latest.Data, doc); err != nil {
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

// freeze renders doc and stores it as a printed version.
func (c *Contracts) freeze(ctx context.Context, doc *domain.ContractDocument) (*domain.ContractVersion, error) {
	if c.Render == nil {
		return nil, domain.Errorf(domain.EINTERNAL, "no renderer: the store cannot print contracts without a PDF renderer")
	}
	data, err := frozenData(doc)
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
		EngagementID: doc.Engagement.ID, Version: doc.Version, Number: doc.Number, IssuedOn: doc.Date,
		Language: doc.Lang, Jurisdiction: doc.Jurisdiction, Data: data, PDF: pdf,
		SHA256: hex.EncodeToString(sum[:]), CreatedAt: now,
	}
	c.writing.Lock()
	defer c.writing.Unlock()
	err = c.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO contract_versions (engagement_id, version, number, issued_on,
				language, jurisdiction, data, pdf, sha256, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			v.EngagementID, v.Version, v.Number, dateText(v.IssuedOn), string(v.Language), string(v.Jurisdiction),
			string(v.Data), v.PDF, v.SHA256, timeText(now)); err != nil {
			if isUniqueViolation(err) {
				return err // the caller tells who printed it first
			}
			return fmt.Errorf("store contract %s version %d: %w", v.Number, v.Version, err)
		}
		kind := domain.EventContractPrinted
		if v.Version > 1 {
			kind = domain.EventContractReissued
		}
		return logEngagementEvent(ctx, tx, v.EngagementID, now, kind, domain.EventFacts{
			Number: v.Number, Version: v.Version, On: v.IssuedOn, Language: v.Language, Jurisdiction: v.Jurisdiction, SHA256: v.SHA256})
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// ContractVersions lists the printed versions of an engagement's contract,
// newest first, without PDFs; ENOTFOUND when there is no such engagement.
func (db *DB) ContractVersions(ctx context.Context, engagementID int64) ([]*domain.ContractVersion, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if ok, err := exists(ctx, tx, "engagements", engagementID); err != nil {
		return nil, err
	} else if !ok {
		return nil, errEngagementNotFound(engagementID)
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+contractVersionColumns+`
		FROM contract_versions WHERE engagement_id = ? ORDER BY version DESC`, engagementID)
	if err != nil {
		return nil, fmt.Errorf("list the contracts of engagement %d: %w", engagementID, err)
	}
	defer rows.Close()
	out := []*domain.ContractVersion{}
	for rows.Next() {
		v, err := scanContractVersion(rows, false)
		if err != nil {
			return nil, fmt.Errorf("list the contracts of engagement %d: %w", engagementID, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list the contracts of engagement %d: %w", engagementID, err)
	}
	return out, nil
}

// ContractVersion returns one printed version with its data and PDF;
// ENOTFOUND.
func (db *DB) ContractVersion(ctx context.Context, engagementID int64, version int) (*domain.ContractVersion, error) {
	v, err := scanContractVersion(db.db.QueryRowContext(ctx, `SELECT `+contractVersionColumns+`, data, pdf
		FROM contract_versions WHERE engagement_id = ? AND version = ?`, engagementID, version), true)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.ENOTFOUND, "Engagement %d has no printed contract version %d.", engagementID, version)
	} else if err != nil {
		return nil, fmt.Errorf("read contract version %d of engagement %d: %w", version, engagementID, err)
	}
	return v, nil
}

// latestContract reads the newest printed version, with its data and, if
// withPDF, its PDF; nil when the contract was never printed. ENOTFOUND
// when there is no such engagement.
func latestContract(ctx context.Context, tx *sql.Tx, engagementID int64, withPDF bool) (*domain.ContractVersion, error) {
	pdf := "NULL"
	if withPDF {
		pdf = "pdf"
	}
	v, err := scanContractVersion(tx.QueryRowContext(ctx, `SELECT `+contractVersionColumns+`, data, `+pdf+`
		FROM contract_versions WHERE engagement_id = ? ORDER BY version DESC LIMIT 1`, engagementID), true)
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

const contractVersionColumns = `engagement_id, version, number, issued_on, language, jurisdiction, sha256, created_at`

// scanContractVersion reads the columns above, followed by data and pdf
// when full.
func scanContractVersion(s scanner, full bool) (*domain.ContractVersion, error) {
	var v domain.ContractVersion
	dest := []any{&v.EngagementID, &v.Version, &v.Number, dateCol{&v.IssuedOn}, &v.Language, &v.Jurisdiction,
		&v.SHA256, timeCol{&v.CreatedAt}}
	if full {
		dest = append(dest, &v.Data, &v.PDF)
	}
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	return &v, nil
}
