package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

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
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	firm, err := findFirm(ctx, tx)
	if domain.ErrorCode(err) == domain.ENOTFOUND {
		firm = domain.NewFirm()
	} else if err != nil {
		return nil, err
	}
	p, err := findProposal(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	doc, err := buildDocument(ctx, tx, firm, p)
	if err != nil {
		return nil, err
	}
	doc.Date = on
	doc.Number = p.Number
	if p.Status != domain.ProposalDraft {
		doc.Version = p.Version
	}
	if lang != "" {
		doc.Lang = lang
	}
	return doc, nil
}

// IssueProposal freezes the proposal's current state as its next version on
// day on (today when zero): on first issue a number from the firm's gapless
// yearly sequence (PREFIX-YYYY-NNNN, the year of on), the document data,
// the PDF from the proposal printer (NewServices) and its SHA-256. EINVALID (no firm profile, an
// invalid proposal, a problem of domain.CheckProposal that blocks), ENOTFOUND, ECONFLICT (accepted or declined, or changed
// while it was being issued), EINTERNAL without a renderer.
//
// The PDF is rendered before the write transaction starts, so the database
// is not locked while the renderer works; the transaction then checks that
// the proposal and the number sequence did not move meanwhile and takes the
// number, updates the proposal and stores the version together. A renderer
// that fails therefore consumes no number.
//
// When another window or process took the number meanwhile, the issue is
// done once more inside one write transaction, printing included: it
// cannot lose the number again, and the database waits for one render
// only when two issues met.
func (db *DB) IssueProposal(ctx context.Context, id int64, on domain.Date) (*domain.ProposalVersion, error) {
	if db.renderProposal == nil {
		return nil, domain.Errorf(domain.EINTERNAL, "no renderer: the store cannot issue proposals without a PDF renderer")
	}
	if on.IsZero() {
		on = db.today()
	}
	is, err := db.prepareIssue(ctx, id, on)
	if err != nil {
		return nil, err
	}
	v, err := db.printIssue(ctx, is, id, on)
	if err != nil {
		return nil, err
	}
	err = db.write(ctx, func(tx *sql.Tx) error { return recordIssue(ctx, tx, is, v, v.CreatedAt) })
	var taken numberTakenError
	if !errors.As(err, &taken) {
		return v, err
	}
	err = db.write(ctx, func(tx *sql.Tx) error {
		if is, err = prepareIssueIn(ctx, tx, id, on); err != nil {
			return err
		}
		if v, err = db.printIssue(ctx, is, id, on); err != nil {
			return err
		}
		return recordIssue(ctx, tx, is, v, v.CreatedAt)
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// printIssue renders the prepared document and makes the version to
// store, stamped now.
func (db *DB) printIssue(ctx context.Context, is *issue, id int64, on domain.Date) (*domain.ProposalVersion, error) {
	pdf, err := db.renderProposal(ctx, is.doc)
	if err != nil {
		return nil, fmt.Errorf("render proposal %s version %d: %w", is.doc.Number, is.doc.Version, err)
	}
	if len(pdf) == 0 {
		return nil, domain.Errorf(domain.EINTERNAL, "render proposal %s version %d: the renderer returned no bytes", is.doc.Number, is.doc.Version)
	}
	data, err := json.Marshal(is.doc)
	if err != nil {
		return nil, fmt.Errorf("encode proposal document: %w", err)
	}
	sum := sha256.Sum256(pdf)
	return &domain.ProposalVersion{
		ProposalID: id,
		Version:    is.doc.Version,
		Number:     is.doc.Number,
		IssuedOn:   on,
		Language:   is.doc.Lang,
		Data:       data,
		PDF:        pdf,
		SHA256:     hex.EncodeToString(sum[:]),
		CreatedAt:  db.now(),
	}, nil
}

// issue is what prepareIssue read and decided, for recordIssue to check
// and write.
type issue struct {
	doc    *domain.ProposalDocument
	rev    int64  // the proposal's revision the document was built from
	prefix string // the number sequence, when this issue takes a number
	year   int
	seq    int // the number taken from it; 0 when re-issuing
}

// prepareIssue reads everything the document needs, in one read
// transaction, and builds it with the number and version it will carry.
func (db *DB) prepareIssue(ctx context.Context, id int64, on domain.Date) (*issue, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return prepareIssueIn(ctx, tx, id, on)
}

// prepareIssueIn is prepareIssue in the caller's transaction.
func prepareIssueIn(ctx context.Context, tx *sql.Tx, id int64, on domain.Date) (*issue, error) {
	firm, err := findFirm(ctx, tx)
	if domain.ErrorCode(err) == domain.ENOTFOUND {
		return nil, domain.Errorf(domain.EINVALID,
			"Set up the firm profile first: an issued proposal carries the firm's name, address and legal mentions.")
	} else if err != nil {
		return nil, err
	}
	p, err := findProposal(ctx, tx, id)
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
	is := &issue{rev: p.Rev}
	number := p.Number
	if number == "" {
		is.prefix, is.year = firm.ProposalPrefix, on.Year()
		if is.seq, err = lastNumber(ctx, tx, is.prefix, is.year); err != nil {
			return nil, err
		}
		is.seq++
		number = domain.ProposalNumber(is.prefix, is.year, is.seq)
	}

	doc, err := buildDocument(ctx, tx, firm, p)
	if err != nil {
		return nil, err
	}
	// Warnings are the caller's to confirm; what blocks is refused here.
	if err := domain.CheckProposal(doc, on).Err(); err != nil {
		return nil, err
	}
	doc.Number, doc.Version, doc.Date = number, p.Version+1, on
	// The document shows the proposal as it is once this version is out.
	dp := &doc.Proposal
	dp.Status, dp.StatusDate, dp.AcceptedOption = domain.ProposalIssued, on, ""
	dp.Number, dp.Version, dp.IssuedOn = number, doc.Version, on
	if doc.ShortHash, err = domain.ProposalShortHash(doc); err != nil {
		return nil, err
	}
	is.doc = doc
	return is, nil
}

// recordIssue writes an issue in the caller's transaction: the proposal
// (only if it is still at the revision the document was built from), the
// number (only if it is still the next one) and the frozen version.
func recordIssue(ctx context.Context, tx *sql.Tx, is *issue, v *domain.ProposalVersion, now time.Time) error {
	id := v.ProposalID
	res, err := tx.ExecContext(ctx, `UPDATE proposals SET status = 'issued', status_date = ?,
			accepted_option = '', number = ?, version = ?, issued_on = ?, rev = rev + 1, updated_at = ?
		WHERE id = ? AND rev = ?`,
		sqlcol.DateText(v.IssuedOn), v.Number, v.Version, sqlcol.DateText(v.IssuedOn), sqlcol.TimeText(now), id, is.rev)
	if isUniqueViolation(err) {
		return errNumberTaken(v.Number)
	} else if err != nil {
		return fmt.Errorf("issue proposal %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return staleOrMissing(ctx, tx, "proposals", id, fmt.Sprintf("Proposal %q", is.doc.Proposal.Title), errProposalNotFound(id))
	}
	if is.seq > 0 {
		if err := takeNumber(ctx, tx, is.prefix, is.year, is.seq); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO proposal_versions (proposal_id, version, number, issued_on,
			language, data, pdf, sha256, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, v.Version, v.Number, sqlcol.DateText(v.IssuedOn), string(v.Language), string(v.Data), v.PDF, v.SHA256,
		sqlcol.TimeText(now)); err != nil {
		if isUniqueViolation(err) {
			return errStale(fmt.Sprintf("Proposal %s", v.Number))
		}
		return fmt.Errorf("store version %d of proposal %d: %w", v.Version, id, err)
	}
	return logEvent(ctx, tx, "proposal", id, now, "issued",
		sentencef("proposal %s version %d dated %s, PDF sha256 %s", v.Number, v.Version, v.IssuedOn, v.SHA256))
}

// lastNumber is the last number given in a sequence, 0 before the first.
func lastNumber(ctx context.Context, tx *sql.Tx, prefix string, year int) (int, error) {
	var last int
	err := tx.QueryRowContext(ctx, `SELECT coalesce(max(last), 0) FROM proposal_numbers WHERE prefix = ? AND year = ?`,
		prefix, year).Scan(&last)
	if err != nil {
		return 0, fmt.Errorf("read proposal number sequence %s-%d: %w", prefix, year, err)
	}
	return last, nil
}

// takeNumber moves the sequence to seq, which must be the next number:
// if another proposal took it since the document was built, the issue is
// refused instead of printing a number twice or leaving a gap.
func takeNumber(ctx context.Context, tx *sql.Tx, prefix string, year, seq int) error {
	var last int
	err := tx.QueryRowContext(ctx, `INSERT INTO proposal_numbers (prefix, year, last) VALUES (?, ?, 1)
		ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1
		RETURNING last`, prefix, year).Scan(&last)
	if err != nil {
		return fmt.Errorf("take proposal number %s: %w", domain.ProposalNumber(prefix, year, seq), err)
	}
	if last != seq {
		return errNumberTaken(domain.ProposalNumber(prefix, year, seq))
	}
	return nil
}

func errNumberTaken(number string) error {
	return numberTakenError{domain.Errorf(domain.ECONFLICT,
		"Number %s was given to another proposal while this one was being issued; issue it again.", number)}
}

// numberTakenError marks the one conflict IssueProposal resolves itself;
// it reads as the domain error it wraps.
type numberTakenError struct{ err error }

func (e numberTakenError) Error() string { return e.err.Error() }
func (e numberTakenError) Unwrap() error { return e.err }

// buildDocument gathers the firm, the client, the proposed manager and the
// totals of p. Number, Version and Date are the caller's.
func buildDocument(ctx context.Context, tx *sql.Tx, firm *domain.Firm, p *domain.Proposal) (*domain.ProposalDocument, error) {
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
