package sqlite

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

// Defaults for a proposal when there is no firm profile to take them from.
const (
	defaultValidityDays = 30
	defaultVATRate      = 21
)

// FindProposalByID returns one proposal; ENOTFOUND.
func (db *DB) FindProposalByID(ctx context.Context, id int64) (*domain.Proposal, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findProposal(ctx, tx, id)
}

// FindProposals returns one page of proposals, most recently changed
// first, and the number of all matches. Query matches the title, the
// number and the client's names; EINVALID for an unknown status.
func (db *DB) FindProposals(ctx context.Context, f domain.ProposalFilter) ([]*domain.Proposal, int, error) {
	limit, offset, err := pageBounds(f.Page)
	if err != nil {
		return nil, 0, err
	}
	var w where
	if f.ClientID != 0 {
		w.add(`p.client_id = ?`, f.ClientID)
	}
	if f.ManagerID != 0 {
		w.add(`p.manager_id = ?`, f.ManagerID)
	}
	if f.Status != "" {
		if !f.Status.Valid() {
			return nil, 0, domain.Invalidf("Status", "%q is not a proposal status.", f.Status)
		}
		w.add(`p.status = ?`, string(f.Status))
	}
	for _, term := range strings.Fields(f.Query) {
		like := "%" + escapeLike(term) + "%"
		w.add(`(p.title LIKE ? ESCAPE '\' OR p.number LIKE ? ESCAPE '\'
			OR c.legal_name LIKE ? ESCAPE '\' OR c.trade_name LIKE ? ESCAPE '\')`, like, like, like, like)
	}
	const from = `proposals p JOIN clients c ON c.id = p.client_id`
	order, err := listOrder("proposals", f.Sort, `p.updated_at DESC, p.id DESC`, "p.id", proposalOrders, "number, title, client, status or changed")
	if err != nil {
		return nil, 0, err
	}

	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	return findPage(ctx, tx, proposalColumns, sqlcol.Joined(from, "proposals p", strings.TrimSpace(f.Query) != ""), &w, order, limit, offset, scanProposal)
}

// escapeLike makes % and _ in what a person typed match themselves.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
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
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := checkProposalRefs(ctx, tx, p); err != nil {
			return err
		}
		return createProposal(ctx, tx, p, db.now())
	})
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
		f.ProposalValidityDays, f.DefaultVATRate = defaultValidityDays, defaultVATRate
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
	return db.write(ctx, func(tx *sql.Tx) error { return updateProposal(ctx, tx, p, db.now()) })
}

// ProposalVersions lists the issued versions of a proposal, newest first,
// without their PDFs; ENOTFOUND when there is no such proposal.
func (db *DB) ProposalVersions(ctx context.Context, id int64) ([]*domain.ProposalVersion, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if ok, err := exists(ctx, tx, "proposals", id); err != nil {
		return nil, err
	} else if !ok {
		return nil, errProposalNotFound(id)
	}
	rows, err := tx.QueryContext(ctx, `SELECT proposal_id, version, number, issued_on, language, data,
			sha256, created_at
		FROM proposal_versions WHERE proposal_id = ? ORDER BY version DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("list versions of proposal %d: %w", id, err)
	}
	defer rows.Close()
	out := []*domain.ProposalVersion{}
	for rows.Next() {
		var v domain.ProposalVersion
		if err := rows.Scan(&v.ProposalID, &v.Version, &v.Number, sqlcol.Date{D: &v.IssuedOn}, &v.Language,
			&v.Data, &v.SHA256, sqlcol.Time{T: &v.CreatedAt}); err != nil {
			return nil, fmt.Errorf("list versions of proposal %d: %w", id, err)
		}
		out = append(out, &v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list versions of proposal %d: %w", id, err)
	}
	return out, nil
}

// ProposalVersion returns one issued version with its PDF; ENOTFOUND.
func (db *DB) ProposalVersion(ctx context.Context, id int64, version int) (*domain.ProposalVersion, error) {
	var v domain.ProposalVersion
	err := db.db.QueryRowContext(ctx, `SELECT proposal_id, version, number, issued_on, language, data,
			pdf, sha256, created_at
		FROM proposal_versions WHERE proposal_id = ? AND version = ?`, id, version).Scan(
		&v.ProposalID, &v.Version, &v.Number, sqlcol.Date{D: &v.IssuedOn}, &v.Language, &v.Data,
		&v.PDF, &v.SHA256, sqlcol.Time{T: &v.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.ENOTFOUND, "Proposal %d has no issued version %d.", id, version)
	} else if err != nil {
		return nil, fmt.Errorf("read version %d of proposal %d: %w", version, id, err)
	}
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
	return db.write(ctx, func(tx *sql.Tx) error {
		p, err := findProposal(ctx, tx, id)
		if err != nil {
			return err
		}
		return recordAnswer(ctx, tx, p, s, on, option, db.now())
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
	res, err := tx.ExecContext(ctx, `UPDATE proposals SET status = ?, status_date = ?, accepted_option = ?,
			rev = rev + 1, updated_at = ? WHERE id = ? AND rev = ?`,
		string(s), sqlcol.DateText(on), string(option), sqlcol.TimeText(now), p.ID, p.Rev)
	if err != nil {
		return fmt.Errorf("set status of proposal %d: %w", p.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errStale(fmt.Sprintf("Proposal %s", p.Number))
	}
	detail := sentencef("proposal %s version %d on %s", p.Number, p.Version, on)
	if option != "" {
		detail = sentencef("proposal %s version %d on %s, option %s", p.Number, p.Version, on, option)
	}
	return logEvent(ctx, tx, "proposal", p.ID, now, string(s), detail)
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
	var managerID int64
	err := s.Scan(&p.ID, &p.ClientID, sqlcol.ID{ID: &managerID}, &p.Title, sqlcol.JSON{V: &c}, &p.Language, &p.VATRate,
		&p.ReverseCharge, &p.ValidityDays, &p.Status, sqlcol.Date{D: &p.StatusDate}, &p.AcceptedOption, &p.Number,
		&p.Version, sqlcol.Date{D: &p.IssuedOn}, &p.Rev, sqlcol.Time{T: &p.CreatedAt}, sqlcol.Time{T: &p.UpdatedAt})
	if err != nil {
		return nil, err
	}
	c.Into(&p)
	p.Interim.ManagerID = managerID
	return &p, nil
}

func findProposal(ctx context.Context, tx *sql.Tx, id int64) (*domain.Proposal, error) {
	p, err := scanProposal(tx.QueryRowContext(ctx, `SELECT `+proposalColumns+` FROM proposals p WHERE p.id = ?`, id))
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
	if err := checkManagerRef(ctx, tx, p.Interim.ManagerID, "Manager"); err != nil {
		return err
	}
	if err := checkReferences(ctx, tx, &p.Interim); err != nil {
		return err
	}
	return checkManagerRef(ctx, tx, p.Consulting.ManagerID, "Consulting manager")
}

// checkManagerRef refuses a manager id (0: none) that names no manager,
// as a sentence about field.
func checkManagerRef(ctx context.Context, tx *sql.Tx, id int64, field string) error {
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
	ts := sqlcol.TimeText(now)
	err = tx.QueryRowContext(ctx, `INSERT INTO proposals (client_id, manager_id, title, content, language,
			vat_rate, reverse_charge, validity_days, status, rev, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id`,
		p.ClientID, sqlcol.NullID(p.Interim.ManagerID), p.Title, content, string(p.Language),
		p.VATRate, p.ReverseCharge, p.ValidityDays, string(p.Status), ts, ts,
	).Scan(&p.ID)
	if isForeignKeyViolation(err) {
		return errMissingReference("The proposal")
	} else if err != nil {
		return fmt.Errorf("create proposal: %w", err)
	}
	p.Rev, p.CreatedAt, p.UpdatedAt = 1, now, now
	return nil
}

// updateProposal saves the content of p and makes it a draft, refusing an
// answered proposal and a stale revision.
func updateProposal(ctx context.Context, tx *sql.Tx, p *domain.Proposal, now time.Time) error {
	cur, err := findProposal(ctx, tx, p.ID)
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
	err = tx.QueryRowContext(ctx, `UPDATE proposals SET client_id = ?, manager_id = ?, title = ?, content = ?,
			language = ?, vat_rate = ?, reverse_charge = ?, validity_days = ?, status = 'draft',
			accepted_option = '', rev = rev + 1, updated_at = ?
		WHERE id = ? AND rev = ? RETURNING rev`,
		p.ClientID, sqlcol.NullID(p.Interim.ManagerID), p.Title, content, string(p.Language), p.VATRate,
		p.ReverseCharge, p.ValidityDays, sqlcol.TimeText(now), p.ID, p.Rev,
	).Scan(&rev)
	if isForeignKeyViolation(err) {
		return errMissingReference("The proposal")
	} else if err != nil {
		return fmt.Errorf("update proposal %d: %w", p.ID, err)
	}
	if cur.Status != domain.ProposalDraft {
		if err := logEvent(ctx, tx, "proposal", p.ID, now, "reopened",
			sentencef("proposal %s version %d (%s) edited; now the draft of version %d", cur.Number, cur.Version, cur.Status, cur.Version+1)); err != nil {
			return err
		}
	}
	p.Status, p.AcceptedOption = domain.ProposalDraft, ""
	p.StatusDate, p.Number, p.Version, p.IssuedOn = cur.StatusDate, cur.Number, cur.Version, cur.IssuedOn
	p.Rev, p.CreatedAt, p.UpdatedAt = rev, cur.CreatedAt, now
	return nil
}
