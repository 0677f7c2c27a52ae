package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// PersonalData is everything the database holds about one manager as a
// person: the answer to a request for access (GDPR article 15), as JSON.
type PersonalData struct {
	ExportedAt  time.Time            `json:"exported_at"`
	Manager     ExportManager        `json:"manager"`
	Engagements []*domain.Engagement `json:"engagements"`
	// Proposals are those that propose the manager now.
	Proposals []PersonalProposal `json:"proposals"`
	// IssuedDocuments are the issued proposal versions whose frozen
	// document shows the manager.
	IssuedDocuments []IssuedDocument `json:"issued_documents"`
	Events          []ExportEvent    `json:"events"`
}

// PersonalProposal is the part of a proposal that concerns its manager.
type PersonalProposal struct {
	ID          int64                 `json:"id"`
	Number      string                `json:"number"`
	Title       string                `json:"title"`
	Status      domain.ProposalStatus `json:"status"`
	Role        string                `json:"role"`
	Start       domain.Date           `json:"start"`
	Weeks       int                   `json:"weeks"`
	DaysPerWeek int                   `json:"days_per_week"`
	DayRate     domain.Money          `json:"day_rate"`
}

// IssuedDocument is an issued proposal version that names a manager.
type IssuedDocument struct {
	ProposalID int64       `json:"proposal_id"`
	Number     string      `json:"number"`
	Version    int         `json:"version"`
	IssuedOn   domain.Date `json:"issued_on"`
	SHA256     string      `json:"sha256"`
}

func (d IssuedDocument) String() string { return fmt.Sprintf("%s version %d", d.Number, d.Version) }

// ExportPersonal gathers the personal data of manager id; ENOTFOUND.
func (db *DB) ExportPersonal(ctx context.Context, id int64) (*PersonalData, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	m, err := findManager(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if err := fillStatus(ctx, tx, []*domain.Manager{m}, db.today()); err != nil {
		return nil, err
	}
	pd := &PersonalData{ExportedAt: db.now(), Manager: ExportManager{Manager: m},
		Engagements: []*domain.Engagement{}, Proposals: []PersonalProposal{}, Events: []ExportEvent{}}
	if err := eachRowArgs(ctx, tx, `SELECT `+engagementColumns+` FROM engagements e WHERE e.manager_id = ? ORDER BY e.start_on, e.id`,
		[]any{id}, func(s scanner) error {
			e, err := scanEngagement(s)
			pd.Engagements = append(pd.Engagements, e)
			return err
		}); err != nil {
		return nil, err
	}
	if err := eachRowArgs(ctx, tx, `SELECT `+proposalColumns+` FROM proposals p WHERE p.manager_id = ? ORDER BY p.id`,
		[]any{id}, func(s scanner) error {
			p, err := scanProposal(s)
			if err == nil {
				in := p.Interim
				pd.Proposals = append(pd.Proposals, PersonalProposal{ID: p.ID, Number: p.Number, Title: p.Title, Status: p.Status,
					Role: in.Role, Start: in.Start, Weeks: in.Weeks, DaysPerWeek: in.DaysPerWeek, DayRate: in.DayRate})
			}
			return err
		}); err != nil {
		return nil, err
	}
	if pd.IssuedDocuments, err = issuedDocumentsNaming(ctx, tx, id); err != nil {
		return nil, err
	}
	if err := eachRowArgs(ctx, tx, `SELECT id, entity, entity_id, at, what, detail FROM events
		WHERE entity = 'manager' AND entity_id = ? ORDER BY id`, []any{id}, func(s scanner) error {
		var v ExportEvent
		err := s.Scan(&v.ID, &v.Entity, &v.EntityID, timeCol{&v.At}, &v.What, &v.Detail)
		pd.Events = append(pd.Events, v)
		return err
	}); err != nil {
		return nil, err
	}
	return pd, nil
}

// issuedDocumentsNaming finds the issued versions whose frozen document
// shows manager id, whatever the proposal says now.
func issuedDocumentsNaming(ctx context.Context, tx *sql.Tx, id int64) ([]IssuedDocument, error) {
	out := []IssuedDocument{}
	err := eachRowArgs(ctx, tx, `SELECT proposal_id, number, version, issued_on, sha256 FROM proposal_versions
		WHERE json_extract(data, '$.manager.id') = ? ORDER BY proposal_id, version`, []any{id}, func(s scanner) error {
		var d IssuedDocument
		err := s.Scan(&d.ProposalID, &d.Number, &d.Version, dateCol{&d.IssuedOn}, &d.SHA256)
		out = append(out, d)
		return err
	})
	return out, err
}

// eachRowArgs is eachRow with arguments.
func eachRowArgs(ctx context.Context, tx *sql.Tx, query string, args []any, f func(scanner) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("read personal data: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return fmt.Errorf("read personal data: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read personal data: %w", err)
	}
	return nil
}

// ErasurePlan says what erasing a manager's personal data does, before it
// is done, so that a person can confirm it knowing the consequences.
type ErasurePlan struct {
	ManagerID int64  `json:"manager_id"`
	Name      string `json:"name"`
	// Rev is the manager's rev when the plan was made: EraseManager
	// erases only that state, not one changed since.
	Rev int64 `json:"rev"`
	// Engagements keep their dates, days and figures and go on pointing
	// at the anonymised record; Running of them are planned or active.
	Engagements int `json:"engagements"`
	Running     int `json:"running"`
	// Drafts are the proposal drafts that propose the manager: the manager
	// is taken off them, as if never chosen.
	Drafts int `json:"drafts"`
	// IssuedDocuments name the manager and are kept as they were issued:
	// they are the documents the client received, legal records.
	IssuedDocuments []IssuedDocument `json:"issued_documents"`
	AlreadyErased   bool             `json:"already_erased"`
}

// Summary is the plan in sentences, for the confirmation a person reads.
func (p *ErasurePlan) Summary() []string {
	if p.AlreadyErased {
		return []string{fmt.Sprintf("Manager %d was already erased; nothing personal is left to erase.", p.ManagerID)}
	}
	out := []string{fmt.Sprintf("The name, e-mail, phone, city, headline, skills, sectors, languages, day rate, CV, management company, IBAN and notes of %s (manager %d) are erased; the record becomes %q and inactive.",
		p.Name, p.ManagerID, erasedName(p.ManagerID))}
	if p.Engagements > 0 {
		out = append(out, fmt.Sprintf("%d engagements keep their dates, days and amounts, now under %q (%d still planned or active).",
			p.Engagements, erasedName(p.ManagerID), p.Running))
	}
	if p.Drafts > 0 {
		out = append(out, fmt.Sprintf("%d proposal drafts no longer propose this manager.", p.Drafts))
	}
	if n := len(p.IssuedDocuments); n > 0 {
		names := make([]string, n)
		for i, d := range p.IssuedDocuments {
			names[i] = d.String()
		}
		out = append(out, fmt.Sprintf("%d issued documents name the manager and are kept as they were issued, because they are the legal record of what the client received: %s.",
			n, strings.Join(names, ", ")))
	}
	return out
}

// erasedName is what an erased manager is called from then on.
func erasedName(id int64) string { return fmt.Sprintf("Erased manager %d", id) }

// PlanErasure says what EraseManager would do; ENOTFOUND.
func (db *DB) PlanErasure(ctx context.Context, id int64) (*ErasurePlan, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return planErasure(ctx, tx, id)
}

func planErasure(ctx context.Context, tx *sql.Tx, id int64) (*ErasurePlan, error) {
	m, err := findManager(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	p := &ErasurePlan{ManagerID: id, Name: m.Name, Rev: m.Rev, AlreadyErased: m.Name == erasedName(id) && m.Email == "" && m.CV == ""}
	if err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM engagements WHERE manager_id = ?1),
		(SELECT count(*) FROM engagements WHERE manager_id = ?1 AND status IN ('planned', 'active')),
		(SELECT count(*) FROM proposals WHERE manager_id = ?1 AND status = 'draft')`, id).Scan(
		&p.Engagements, &p.Running, &p.Drafts); err != nil {
		return nil, fmt.Errorf("plan erasure of manager %d: %w", id, err)
	}
	if p.IssuedDocuments, err = issuedDocumentsNaming(ctx, tx, id); err != nil {
		return nil, err
	}
	return p, nil
}

// EraseManager erases the personal data of manager id as PlanErasure
// described it, in one transaction: the record is anonymised, its sector
// and language tags and its search entry go, drafts no longer propose it.
// Engagements keep their figures and issued documents stay as issued. rev
// is the plan's Rev: ECONFLICT when the manager changed since the plan was
// shown. ENOTFOUND. It returns the plan it carried out.
func (db *DB) EraseManager(ctx context.Context, id, rev int64) (*ErasurePlan, error) {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return nil, storageError(db.path, err)
	}
	defer tx.Rollback()
	plan, err := planErasure(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if plan.Rev != rev {
		return nil, domain.Errorf(domain.ECONFLICT,
			"Manager %q was changed since the erasure was shown; look at what will be erased again and confirm once more.", plan.Name)
	}
	if plan.AlreadyErased {
		return plan, nil
	}
	now := db.now()
	if _, err := tx.ExecContext(ctx, `UPDATE managers SET name = ?, email = '', phone = '', city = '',
			headline = '', skills = '[]', sectors = '[]', languages = '[]', day_rate = 0,
			available_from = '', cv = '', company_name = '', company_vat_id = '', company_iban = '',
			active = 0, notes = '', rev = rev + 1, updated_at = ?
		WHERE id = ?`, erasedName(id), timeText(now), id); err != nil {
		return nil, storageError(db.path, fmt.Errorf("erase manager %d: %w", id, err))
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM manager_tags WHERE manager_id = ?`, id); err != nil {
		return nil, storageError(db.path, fmt.Errorf("erase manager %d: %w", id, err))
	}
	if err := unproposeManager(ctx, tx, id, now); err != nil {
		return nil, storageError(db.path, err)
	}
	detail := fmt.Sprintf("personal data erased; %d engagements kept with their figures; %d drafts no longer propose the manager; %d issued documents kept as issued",
		plan.Engagements, plan.Drafts, len(plan.IssuedDocuments))
	if err := logEvent(ctx, tx, "manager", id, now, "erased", detail); err != nil {
		return nil, storageError(db.path, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, storageError(db.path, fmt.Errorf("erase manager %d: %w", id, err))
	}
	return plan, nil
}

// unproposeManager takes an erased manager off the drafts that propose
// them, in the column and in the content, counting each draft's rev up.
func unproposeManager(ctx context.Context, tx *sql.Tx, id int64, now time.Time) error {
	var drafts []*domain.Proposal
	if err := eachRowArgs(ctx, tx, `SELECT `+proposalColumns+` FROM proposals p WHERE p.manager_id = ? AND p.status = 'draft'`,
		[]any{id}, func(s scanner) error {
			p, err := scanProposal(s)
			drafts = append(drafts, p)
			return err
		}); err != nil {
		return err
	}
	for _, p := range drafts {
		p.Interim.ManagerID = 0
		content, err := contentOf(p)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE proposals SET manager_id = NULL, content = ?, rev = rev + 1, updated_at = ?
			WHERE id = ?`, content, timeText(now), p.ID); err != nil {
			return fmt.Errorf("take the erased manager off proposal %d: %w", p.ID, err)
		}
		if err := logEvent(ctx, tx, "proposal", p.ID, now, "manager erased", "the proposed manager's personal data was erased"); err != nil {
			return err
		}
	}
	return nil
}
