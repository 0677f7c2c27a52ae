package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// Issuing proposals, ported from internal/sqlite's issue.go: the same
// document, numbers, frozen versions and sentences. What differs is how
// two issuers are kept apart (IssueProposal).

var _ domain.ProposalIssuer = (*DB)(nil)

// ProposalDocument assembles what the document of the proposal's current
// state shows on day on (today when zero), in lang ("" for the proposal's
// own language); EINVALID for an unknown language, ENOTFOUND. A draft has
// Version 0 and the number of its last issue, "" if never issued. Without
// a firm profile the letterhead holds the defaults of a new firm.
func (db *DB) ProposalDocument(ctx context.Context, id int64, on domain.Date, lang domain.Lang) (*domain.ProposalDocument, error) {
	if lang != "" && !lang.Valid() {
		return nil, domain.Invalidf("Document language", "must be nl, en or fr.")
	}
	if on.IsZero() {
		on = db.today()
	}
	var doc *domain.ProposalDocument
	err := db.read(ctx, func(tx *sql.Tx) error {
		firm, err := findFirm(ctx, tx)
		if domain.ErrorCode(err) == domain.ENOTFOUND {
			firm = domain.NewFirm()
		} else if err != nil {
			return err
		}
		p, err := findProposal(ctx, tx, id)
		if err != nil {
			return err
		}
		if doc, err = buildProposalDocument(ctx, tx, firm, p); err != nil {
			return err
		}
		doc.Date = on
		doc.Number = p.Number
		if p.Status != domain.ProposalDraft {
			doc.Version = p.Version
		}
		if lang != "" {
			doc.Lang = lang
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// IssueProposal freezes the proposal's current state as its next version on
// day on (today when zero): on first issue a number from the firm's gapless
// yearly sequence (PREFIX-YYYY-NNNN, the year of on), the document data,
// the PDF from RenderProposal and its SHA-256. EINVALID (no firm profile,
// an invalid proposal, a problem of domain.CheckProposal that blocks),
// ENOTFOUND, ECONFLICT (accepted or declined), EINTERNAL without a
// renderer.
//
// Everything happens in one transaction. The proposal's row is locked
// first, so an edit saved meanwhile waits and then finds another rev. The
// number is taken last before rendering, by moving the sequence's row
// (an UPSERT … RETURNING): that row stays locked until the commit, so a
// second issuer of the same prefix and year waits, then counts on from
// the number the first one committed. Two people, or two programs, issuing
// at once thus get consecutive numbers and never a conflict; the price is
// that issuers of one sequence take turns for the length of a render. A
// renderer that fails rolls everything back, the number with it, so no
// number is lost.
func (db *DB) IssueProposal(ctx context.Context, id int64, on domain.Date) (*domain.ProposalVersion, error) {
	render := db.RenderProposal
	if render == nil {
		return nil, domain.Errorf(domain.EINTERNAL, "no renderer: the store cannot issue proposals without a PDF renderer")
	}
	if on.IsZero() {
		on = db.today()
	}
	now := db.now()
	var v *domain.ProposalVersion
	err := db.write(ctx, func(tx *sql.Tx) (err error) {
		v, err = issueProposal(ctx, tx, id, on, now, render)
		return err
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// issueProposal is IssueProposal's transaction.
func issueProposal(ctx context.Context, tx *sql.Tx, id int64, on domain.Date, now time.Time, render domain.ProposalRenderer) (*domain.ProposalVersion, error) {
	firm, err := findFirm(ctx, tx)
	if domain.ErrorCode(err) == domain.ENOTFOUND {
		return nil, domain.Errorf(domain.EINVALID,
			"Set up the firm profile first: an issued proposal carries the firm's name, address and legal mentions.")
	} else if err != nil {
		return nil, err
	}
	p, err := findProposalFor(ctx, tx, id, proposalLock)
	if err != nil {
		return nil, err
	}
	switch p.Status {
	case domain.ProposalAccepted, domain.ProposalDeclined:
		return nil, domain.Errorf(domain.ECONFLICT,
			"Proposal %s was %s on %s; it cannot be issued again. Make a new proposal instead.", p.Number, p.Status, p.StatusDate)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	doc, err := buildProposalDocument(ctx, tx, firm, p)
	if err != nil {
		return nil, err
	}
	// Warnings are the caller's to confirm; what blocks is refused here.
	if err := domain.CheckProposal(doc, on).Err(); err != nil {
		return nil, err
	}
	number := p.Number
	if number == "" {
		if number, err = takeProposalNumber(ctx, tx, firm.ProposalPrefix, on.Year()); err != nil {
			return nil, err
		}
	}
	doc.Number, doc.Version, doc.Date = number, p.Version+1, on
	// The document shows the proposal as it is once this version is out.
	dp := &doc.Proposal
	dp.Status, dp.StatusDate, dp.AcceptedOption = domain.ProposalIssued, on, ""
	dp.Number, dp.Version, dp.IssuedOn = number, doc.Version, on
	if doc.ShortHash, err = domain.ProposalShortHash(doc); err != nil {
		return nil, err
	}

	pdf, err := render(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("render proposal %s version %d: %w", doc.Number, doc.Version, err)
	}
	if len(pdf) == 0 {
		return nil, domain.Errorf(domain.EINTERNAL, "render proposal %s version %d: the renderer returned no bytes", doc.Number, doc.Version)
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("encode proposal document: %w", err)
	}
	sum := sha256.Sum256(pdf)
	v := &domain.ProposalVersion{
		ProposalID: id,
		Version:    doc.Version,
		Number:     doc.Number,
		IssuedOn:   on,
		Language:   doc.Lang,
		Data:       data,
		PDF:        pdf,
		SHA256:     hex.EncodeToString(sum[:]),
		CreatedAt:  now,
	}
	if err := recordProposalIssue(ctx, tx, p, v, now); err != nil {
		return nil, err
	}
	return v, nil
}

// recordProposalIssue writes an issue in the caller's transaction: the
// proposal (locked since it was read, so still at its rev), the frozen
// version and the event.
func recordProposalIssue(ctx context.Context, tx *sql.Tx, p *domain.Proposal, v *domain.ProposalVersion, now time.Time) error {
	id := v.ProposalID
	res, err := tx.ExecContext(ctx, `UPDATE proposals SET status = 'issued', status_date = $1,
			accepted_option = '', number = $2, version = $3, issued_on = $1, rev = rev + 1, updated_at = $4
		WHERE id = $5 AND rev = $6`,
		sqlcol.DateText(v.IssuedOn), v.Number, v.Version, sqlcol.TimeText(now), id, p.Rev)
	if isUniqueViolation(err) {
		return errProposalNumberTaken(v.Number)
	} else if err != nil {
		return fmt.Errorf("issue proposal %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return staleOrMissing(ctx, tx, "proposals", id, fmt.Sprintf("Proposal %q", p.Title), errProposalNotFound(id))
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO proposal_versions (proposal_id, version, number, issued_on,
			language, data, pdf, sha256, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		id, v.Version, v.Number, sqlcol.DateText(v.IssuedOn), string(v.Language), string(v.Data), v.PDF, v.SHA256,
		sqlcol.TimeText(now)); err != nil {
		if isUniqueViolation(err) {
			return errStale(fmt.Sprintf("Proposal %s", v.Number))
		}
		return fmt.Errorf("store version %d of proposal %d: %w", v.Version, id, err)
	}
	return logEvent(ctx, tx, "proposal", id, now, "issued",
		proposalEventf("proposal %s version %d dated %s, PDF sha256 %s", v.Number, v.Version, v.IssuedOn, v.SHA256))
}

// takeProposalNumber moves the sequence of prefix and year one on and
// returns the number it gives. The UPSERT locks the sequence's row until
// the transaction ends: a second issuer waits on it and, at READ
// COMMITTED, then moves on from the committed value, or from the old
// one if the first rolled back. The first number of a year creates the
// row; two first issuers at once meet on its primary key, and the second
// waits for the first in the same way.
func takeProposalNumber(ctx context.Context, tx *sql.Tx, prefix string, year int) (string, error) {
	var seq int
	err := tx.QueryRowContext(ctx, `INSERT INTO proposal_numbers (prefix, year, last) VALUES ($1, $2, 1)
		ON CONFLICT (prefix, year) DO UPDATE SET last = proposal_numbers.last + 1
		RETURNING last`, prefix, year).Scan(&seq)
	if err != nil {
		return "", fmt.Errorf("take a proposal number of %s-%04d: %w", prefix, year, err)
	}
	return domain.ProposalNumber(prefix, year, seq), nil
}

func errProposalNumberTaken(number string) error {
	return domain.Errorf(domain.ECONFLICT,
		"Number %s was given to another proposal while this one was being issued; issue it again.", number)
}

// buildProposalDocument gathers the firm, the client, the proposed
// manager and the totals of p. Number, Version and Date are the caller's.
func buildProposalDocument(ctx context.Context, tx *sql.Tx, firm *domain.Firm, p *domain.Proposal) (*domain.ProposalDocument, error) {
	c, err := findClient(ctx, tx, p.ClientID)
	if err != nil {
		return nil, err
	}
	doc := domain.NewProposalDocument(firm, c, p)
	if id := p.Interim.ManagerID; id != 0 {
		if doc.Manager, err = findManager(ctx, tx, id); err != nil {
			return nil, err
		}
		if doc.References, err = documentReferences(ctx, tx, p); err != nil {
			return nil, err
		}
	}
	if doc.MarginFloor, err = marginFloor(ctx, tx); err != nil {
		return nil, err
	}
	return doc, nil
}
