package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// The proposals, ported from internal/sqlite's proposal.go: the same rules,
// the same sentences word for word, PostgreSQL's placeholders and locks.

var _ domain.ProposalService = (*DB)(nil)

// Defaults for a proposal when there is no firm profile to take them from,
// as the SQLite store's.
const (
	proposalDefaultValidityDays = 30
	proposalDefaultVATRate      = 21
)

// The sort keys of the proposal list, each an expression over its FROM.
// Names sort as SQLite's NOCASE does, numbers and statuses in byte order.
var proposalOrders = map[string]string{
	"number":  `p.number COLLATE "C"`,
	"title":   `nocase(p.title) COLLATE "C"`,
	"status":  `p.status COLLATE "C"`,
	"client":  `nocase(c.legal_name) COLLATE "C"`,
	"changed": `p.updated_at`,
}

// FindProposalByID returns one proposal; ENOTFOUND.
func (db *DB) FindProposalByID(ctx context.Context, id int64) (*domain.Proposal, error) {
	var p *domain.Proposal
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		p, err = findProposal(ctx, tx, id)
		return err
	})
	return p, err
}

// FindProposals returns one page of proposals, most recently changed
// first, and the number of all matches. Query matches the title, the
// number and the client's names, each word anywhere, capitals of A to Z
// ignored (SQLite's LIKE); EINVALID for an unknown status or sort.
func (db *DB) FindProposals(ctx context.Context, f domain.ProposalFilter) ([]*domain.Proposal, int, error) {
	limit, offset, err := pageBounds(f.Page)
	if err != nil {
		return nil, 0, err
	}
	var w where
	if f.ClientID != 0 {
		w.add(`p.client_id = ` + w.arg(f.ClientID))
	}
	if f.ManagerID != 0 {
		w.add(`p.manager_id = ` + w.arg(f.ManagerID))
	}
	if f.Status != "" {
		if !f.Status.Valid() {
			return nil, 0, domain.Invalidf("Status", "%q is not a proposal status.", f.Status)
		}
		w.add(`p.status = ` + w.arg(string(f.Status)))
	}
	for _, term := range strings.Fields(f.Query) {
		like := w.arg("%" + escapeLike(nocase(term)) + "%")
		w.add(`(nocase(p.title) LIKE ` + like + ` OR nocase(p.number) LIKE ` + like +
			` OR nocase(c.legal_name) LIKE ` + like + ` OR nocase(c.trade_name) LIKE ` + like + `)`)
	}
	const from = `proposals p JOIN clients c ON c.id = p.client_id`
	order, err := listOrder("proposals", f.Sort, `p.updated_at DESC, p.id DESC`, "p.id", proposalOrders, "number, title, client, status or changed")
	if err != nil {
		return nil, 0, err
	}
	var out []*domain.Proposal
	var total int
	err = db.read(ctx, func(tx *sql.Tx) (err error) {
		out, total, err = findPage(ctx, tx, proposalColumns, sqlcol.Joined(from, "proposals p", strings.TrimSpace(f.Query) != ""), &w, order, limit, offset, scanProposal)
		return err
	})
	return out, total, err
}

// CreateProposal inserts p as a new draft: never issued, no number. A zero
// validity or VAT rate takes the firm's default (30 days and 21% without a
// firm profile). EINVALID, also when the client or manager does not exist.
func (db *DB) CreateProposal(ctx context.Context, p *domain.Proposal) error {
	if p == nil {
		return domain.Errorf(domain.EINVALID, "Proposal: there is no proposal to save.")
	}
	p.Status, p.StatusDate, p.AcceptedOption = domain.ProposalDraft, domain.Date{}, ""
	p.Number, p.Version, p.IssuedOn = "", 0, domain.Date{}
	if err := db.proposalDefaults(ctx, p); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	now := db.now()
	err := db.write(ctx, func(tx *sql.Tx) error {
		if err := checkProposalRefs(ctx, tx, p); err != nil {
			return err
		}
		return createProposal(ctx, tx, p, now)
	})
	if err != nil {
		p.ID, p.Rev, p.CreatedAt, p.UpdatedAt = 0, 0, time.Time{}, time.Time{}
	}
	return err
}

// proposalDefaults fills a zero validity and VAT rate from the firm, and,
// unless p gives a reason for another, the VAT treatment that follows from
// the firm's and the client's countries.
func (db *DB) proposalDefaults(ctx context.Context, p *domain.Proposal) error {
	f, err := db.Firm(ctx)
	switch domain.ErrorCode(err) {
	case "":
	case domain.ENOTFOUND:
		f = domain.NewFirm()
		f.ProposalValidityDays, f.DefaultVATRate = proposalDefaultValidityDays, proposalDefaultVATRate
	default:
		return err
	}
	if p.ValidityDays == 0 {
		p.ValidityDays = f.ProposalValidityDays
	}
	if p.VATRate == 0 {
		p.VATRate = f.DefaultVATRate
	}
	if p.NoticeDays == 0 {
		p.NoticeDays = domain.DefaultNoticeDays
	}
	if strings.TrimSpace(p.VATReason) != "" || p.ClientID <= 0 {
		return nil
	}
	c, err := db.FindClientByID(ctx, p.ClientID)
	if domain.ErrorCode(err) == domain.ENOTFOUND {
		return nil // Validate and the references say so
	} else if err != nil {
		return err
	}
	p.ApplyVATTreatment(domain.ExpectedVATTreatment(f.Country(), c), p.VATRate)
	return nil
}

// UpdateProposal saves the editable content of p; EINVALID, ENOTFOUND,
// ECONFLICT (accepted or declined, or saved elsewhere since it was read).
// Saving an issued (or expired) proposal makes it the draft of its next
// version: it keeps its number and last version until it is issued again.
// Status, number, version and dates are the store's: what p says about
// them is replaced by what is stored.
func (db *DB) UpdateProposal(ctx context.Context, p *domain.Proposal) error {
	if p == nil {
		return domain.Errorf(domain.EINVALID, "Proposal: there is no proposal to save.")
	}
	check := *p
	check.Status, check.AcceptedOption = domain.ProposalDraft, ""
	if err := check.Validate(); err != nil {
		return err
	}
	now := db.now()
	// Each attempt starts from the proposal as the caller gave it.
	given := *p
	return db.write(ctx, func(tx *sql.Tx) error {
		*p = given
		return updateProposal(ctx, tx, p, now)
	})
}

// ProposalVersions lists the issued versions of a proposal, newest first,
// without their PDFs; ENOTFOUND when there is no such proposal.
func (db *DB) ProposalVersions(ctx context.Context, id int64) ([]*domain.ProposalVersion, error) {
	var out []*domain.ProposalVersion
	err := db.read(ctx, func(tx *sql.Tx) error {
		if ok, err := exists(ctx, tx, "proposals", id); err != nil {
			return err
		} else if !ok {
			return errProposalNotFound(id)
		}
		rows, err := tx.QueryContext(ctx, `SELECT proposal_id, version, number, issued_on, language, data,
				sha256, created_at
			FROM proposal_versions WHERE proposal_id = $1 ORDER BY version DESC`, id)
		if err != nil {
			return fmt.Errorf("list versions of proposal %d: %w", id, err)
		}
		out, err = scanAll(rows, func(s scanner) (*domain.ProposalVersion, error) {
			var v domain.ProposalVersion
			var data string
			err := s.Scan(&v.ProposalID, &v.Version, &v.Number, sqlcol.Date{D: &v.IssuedOn}, &v.Language,
				&data, &v.SHA256, sqlcol.Time{T: &v.CreatedAt})
			v.Data = []byte(data)
			return &v, err
		})
		if err != nil {
			return fmt.Errorf("list versions of proposal %d: %w", id, err)
		}
		if out == nil {
			out = []*domain.ProposalVersion{}
		}
		return nil
	})
	return out, err
}

// ProposalVersion returns one issued version with its PDF; ENOTFOUND.
func (db *DB) ProposalVersion(ctx context.Context, id int64, version int) (*domain.ProposalVersion, error) {
	var v domain.ProposalVersion
	var data string
	err := db.db.QueryRowContext(ctx, `SELECT proposal_id, version, number, issued_on, language, data,
			pdf, sha256, created_at
		FROM proposal_versions WHERE proposal_id = $1 AND version = $2`, id, version).Scan(
		&v.ProposalID, &v.Version, &v.Number, sqlcol.Date{D: &v.IssuedOn}, &v.Language, &data,
		&v.PDF, &v.SHA256, sqlcol.Time{T: &v.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.ENOTFOUND, "Proposal %d has no issued version %d.", id, version)
	} else if err != nil {
		return nil, fmt.Errorf("read version %d of proposal %d: %w", version, id, err)
	}
	v.Data = []byte(data)
	return &v, nil
}

// SetProposalStatus records the client's answer to an issued proposal:
// accepted (with the option it chose), declined, or expired, on a day
// (today when zero). EINVALID for another status or a missing option,
// ENOTFOUND, ECONFLICT when the proposal is not issued (never issued, an
// unissued draft, or already answered).
func (db *DB) SetProposalStatus(ctx context.Context, id int64, s domain.ProposalStatus, on domain.Date, option domain.OfferKind) error {
	switch s {
	case domain.ProposalAccepted:
		if !option.Valid() {
			return domain.Invalidf("Accepted option", "say which offer the client accepted: interim or consulting.")
		}
	case domain.ProposalDeclined, domain.ProposalExpired:
		option = ""
	default:
		return domain.Invalidf("Status", "a proposal can be marked accepted, declined or expired, not %q.", s)
	}
	if on.IsZero() {
		on = db.today()
	}
	now := db.now()
	return db.write(ctx, func(tx *sql.Tx) error {
		p, err := findProposalFor(ctx, tx, id, proposalLock)
		if err != nil {
			return err
		}
		return recordAnswer(ctx, tx, p, s, on, option, now)
	})
}

// recordAnswer records the client's answer to proposal p in the caller's
// transaction: its status, the day and the option accepted ("" unless
// accepted), with an event. SetProposalStatus and AcceptProposal both
// answer through it. ECONFLICT when p is not issued (errNotIssued).
func recordAnswer(ctx context.Context, tx *sql.Tx, p *domain.Proposal, s domain.ProposalStatus, on domain.Date, option domain.OfferKind, now time.Time) error {
	if p.Status != domain.ProposalIssued {
		return errNotIssued(p)
	}
	res, err := tx.ExecContext(ctx, `UPDATE proposals SET status = $1, status_date = $2, accepted_option = $3,
			rev = rev + 1, updated_at = $4 WHERE id = $5 AND rev = $6`,
		string(s), sqlcol.DateText(on), string(option), sqlcol.TimeText(now), p.ID, p.Rev)
	if err != nil {
		return fmt.Errorf("set status of proposal %d: %w", p.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errStale(fmt.Sprintf("Proposal %s", p.Number))
	}
	detail := proposalEventf("proposal %s version %d on %s", p.Number, p.Version, on)
	if option != "" {
		detail = proposalEventf("proposal %s version %d on %s, option %s", p.Number, p.Version, on, option)
	}
	return logEvent(ctx, tx, "proposal", p.ID, now, string(s), detail)
}

// proposalEventf words the detail of a proposal's event. Its formats are
// internal/sqlite's sentencef formats word for word (translated there, in
// messages/store.*.json), so the history reads the same on either store.
func proposalEventf(format string, args ...any) string {
	return fmt.Sprintf(format, args...)
}

// errNotIssued says why a proposal cannot take an answer now.
func errNotIssued(p *domain.Proposal) error {
	switch p.Status {
	case domain.ProposalDraft:
		if p.Version == 0 {
			return domain.Errorf(domain.ECONFLICT, "Proposal %q has not been issued yet; issue it before recording the client's answer.", p.Title)
		}
		return domain.Errorf(domain.ECONFLICT, "Proposal %s was changed after version %d was issued; issue the new version before recording the client's answer.", p.Number, p.Version)
	}
	return domain.Errorf(domain.ECONFLICT, "Proposal %s is already %s (%s); its status cannot change again.", p.Number, p.Status, p.StatusDate)
}

func errProposalNotFound(id int64) error {
	return domain.Errorf(domain.ENOTFOUND, "There is no proposal with number %d; it may have been removed.", id)
}

const proposalColumns = `p.id, p.client_id, p.manager_id, p.title, p.content, p.language, p.vat_rate,
	p.reverse_charge, p.validity_days, p.status, p.status_date, p.accepted_option, p.number,
	p.version, p.issued_on, p.rev, p.created_at, p.updated_at`

func scanProposal(s scanner) (*domain.Proposal, error) {
	var p domain.Proposal
	var c sqlcol.ProposalContent
	var managerID sql.NullInt64
	err := s.Scan(&p.ID, &p.ClientID, &managerID, &p.Title, sqlcol.JSON{V: &c}, &p.Language, &p.VATRate,
		&p.ReverseCharge, &p.ValidityDays, &p.Status, sqlcol.Date{D: &p.StatusDate}, &p.AcceptedOption, &p.Number,
		&p.Version, sqlcol.Date{D: &p.IssuedOn}, &p.Rev, sqlcol.Time{T: &p.CreatedAt}, sqlcol.Time{T: &p.UpdatedAt})
	if err != nil {
		return nil, err
	}
	c.Into(&p)
	p.Interim.ManagerID = managerID.Int64
	return &p, nil
}

func findProposal(ctx context.Context, tx *sql.Tx, id int64) (*domain.Proposal, error) {
	return findProposalFor(ctx, tx, id, "")
}

// proposalLock is how a writer that decides from what it read locks the
// proposal's row: a second writer waits for it and then reads what it
// wrote. NO KEY UPDATE, the lock an UPDATE of other columns than the id
// takes itself, still lets an engagement or a version be inserted with a
// reference to the row meanwhile (their foreign key takes KEY SHARE).
const proposalLock = " FOR NO KEY UPDATE"

// findProposalFor reads a proposal with lock (proposalLock, " FOR UPDATE"
// or "").
func findProposalFor(ctx context.Context, tx *sql.Tx, id int64, lock string) (*domain.Proposal, error) {
	p, err := scanProposal(tx.QueryRowContext(ctx, `SELECT `+proposalColumns+` FROM proposals p WHERE p.id = $1`+lock, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errProposalNotFound(id)
	} else if err != nil {
		return nil, fmt.Errorf("read proposal %d: %w", id, err)
	}
	return p, nil
}

// checkProposalRefs turns a missing client or manager into a sentence
// about the field, before the foreign key would reject it without one.
func checkProposalRefs(ctx context.Context, tx *sql.Tx, p *domain.Proposal) error {
	if ok, err := exists(ctx, tx, "clients", p.ClientID); err != nil {
		return err
	} else if !ok {
		return domain.Invalidf("Client", "there is no client with number %d; choose another client.", p.ClientID)
	}
	// Each offer's manager is its own field in the form.
	if err := checkProposalManager(ctx, tx, p.Interim.ManagerID, "Manager"); err != nil {
		return err
	}
	if err := checkReferences(ctx, tx, &p.Interim); err != nil {
		return err
	}
	return checkProposalManager(ctx, tx, p.Consulting.ManagerID, "Consulting manager")
}

// checkProposalManager refuses a manager id (0: none) that names no
// manager, as a sentence about field.
func checkProposalManager(ctx context.Context, tx *sql.Tx, id int64, field string) error {
	if id == 0 {
		return nil
	}
	if ok, err := exists(ctx, tx, "managers", id); err != nil {
		return err
	} else if !ok {
		return domain.Invalidf(field, "there is no manager with number %d; choose another manager.", id)
	}
	return nil
}

func createProposal(ctx context.Context, tx *sql.Tx, p *domain.Proposal, now time.Time) error {
	content, err := sqlcol.ContentOf(p)
	if err != nil {
		return err
	}
	err = tx.QueryRowContext(ctx, `INSERT INTO proposals (client_id, manager_id, title, content, language,
			vat_rate, reverse_charge, validity_days, status, rev, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $10) RETURNING id`,
		p.ClientID, sqlcol.NullID(p.Interim.ManagerID), p.Title, content, string(p.Language),
		p.VATRate, p.ReverseCharge, p.ValidityDays, string(p.Status), sqlcol.TimeText(now),
	).Scan(&p.ID)
	if errorCode(err) == codeForeignKeyViolation {
		return errMissingReference("The proposal")
	} else if err != nil {
		return fmt.Errorf("create proposal: %w", err)
	}
	p.Rev, p.CreatedAt, p.UpdatedAt = 1, now, now
	return nil
}

// updateProposal saves the content of p and makes it a draft, refusing an
// answered proposal and a stale revision. The row is read with
// proposalLock: of two people saving at once, the second waits and then
// finds another rev.
func updateProposal(ctx context.Context, tx *sql.Tx, p *domain.Proposal, now time.Time) error {
	cur, err := findProposalFor(ctx, tx, p.ID, proposalLock)
	if err != nil {
		return err
	}
	switch cur.Status {
	case domain.ProposalAccepted, domain.ProposalDeclined:
		return domain.Errorf(domain.ECONFLICT,
			"Proposal %s was %s on %s and can no longer be changed; make a new proposal instead.",
			cur.Number, cur.Status, cur.StatusDate)
	}
	if cur.Rev != p.Rev {
		return errStale(fmt.Sprintf("Proposal %q", cur.Title))
	}
	if err := checkProposalRefs(ctx, tx, p); err != nil {
		return err
	}
	content, err := sqlcol.ContentOf(p)
	if err != nil {
		return err
	}
	var rev int64
	err = tx.QueryRowContext(ctx, `UPDATE proposals SET client_id = $1, manager_id = $2, title = $3, content = $4,
			language = $5, vat_rate = $6, reverse_charge = $7, validity_days = $8, status = 'draft',
			accepted_option = '', rev = rev + 1, updated_at = $9
		WHERE id = $10 AND rev = $11 RETURNING rev`,
		p.ClientID, sqlcol.NullID(p.Interim.ManagerID), p.Title, content, string(p.Language), p.VATRate,
		p.ReverseCharge, p.ValidityDays, sqlcol.TimeText(now), p.ID, p.Rev,
	).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		return errStale(fmt.Sprintf("Proposal %q", cur.Title))
	} else if errorCode(err) == codeForeignKeyViolation {
		return errMissingReference("The proposal")
	} else if err != nil {
		return fmt.Errorf("update proposal %d: %w", p.ID, err)
	}
	if cur.Status != domain.ProposalDraft {
		if err := logEvent(ctx, tx, "proposal", p.ID, now, "reopened",
			proposalEventf("proposal %s version %d (%s) edited; now the draft of version %d", cur.Number, cur.Version, cur.Status, cur.Version+1)); err != nil {
			return err
		}
	}
	p.Status, p.AcceptedOption = domain.ProposalDraft, ""
	p.StatusDate, p.Number, p.Version, p.IssuedOn = cur.StatusDate, cur.Number, cur.Version, cur.IssuedOn
	p.Rev, p.CreatedAt, p.UpdatedAt = rev, cur.CreatedAt, now
	return nil
}
