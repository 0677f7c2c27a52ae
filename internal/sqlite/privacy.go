package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// ExportPersonal gathers the personal data of manager id; ENOTFOUND.
func (db *DB) ExportPersonal(ctx context.Context, id int64) (*domain.PersonalData, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	m, err := db.findManagerToday(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	pd := &domain.PersonalData{ExportedAt: db.now(), Manager: domain.PersonalManager{Manager: m},
		Engagements: []*domain.Engagement{}, Proposals: []domain.PersonalProposal{}, Events: []domain.Event{}}
	today := db.today()
	if err := eachRowArgs(ctx, tx, `SELECT `+engagementColumns+` FROM engagements e WHERE e.manager_id = ? ORDER BY e.start_on, e.id`,
		[]any{id}, func(s scanner) error {
			e, err := scanEngagement(s)
			if err == nil {
				e.Status = e.StatusOn(today)
			}
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
				pd.Proposals = append(pd.Proposals, domain.PersonalProposal{ID: p.ID, Number: p.Number, Title: p.Title, Status: p.Status,
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
		var v domain.Event
		err := s.Scan(&v.ID, &v.Entity, &v.EntityID, sqlcol.Time{T: &v.At}, &v.What, &v.Detail)
		pd.Events = append(pd.Events, v)
		return err
	}); err != nil {
		return nil, err
	}
	return pd, nil
}

// issuedDocumentsNaming finds the documents that left the firm naming
// manager id, whatever the records say now: the issued proposal versions
// whose frozen document shows the manager, then the printed contracts
// whose frozen data names them as a party. A contract is listed as an
// IssuedDocument without a ProposalID; its number (CTR-…) says what it is.
func issuedDocumentsNaming(ctx context.Context, tx *sql.Tx, id int64) ([]domain.IssuedDocument, error) {
	out := []domain.IssuedDocument{}
	err := eachRowArgs(ctx, tx, `SELECT proposal_id, number, version, issued_on, sha256 FROM (
			SELECT proposal_id, number, version, issued_on, sha256, 0 AS contract FROM proposal_versions
			WHERE json_extract(data, '$.manager.id') = ?1
			UNION ALL
			SELECT 0, number, version, issued_on, sha256, 1 FROM contract_versions
			WHERE json_extract(data, '$.manager.id') = ?1)
		ORDER BY contract, number, version`, []any{id}, func(s scanner) error {
		var d domain.IssuedDocument
		err := s.Scan(&d.ProposalID, &d.Number, &d.Version, sqlcol.Date{D: &d.IssuedOn}, &d.SHA256)
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

// PlanErasure says what EraseManager would do; ENOTFOUND. Its Backups
// are the backups in the backups folder that hold the manager, which the
// erasure rewrites without them.
//
// The issued documents it lists, proposal versions and printed contracts
// that name the manager, are kept as they were issued: they are the legal
// record of what the client received and signed (and the store refuses to
// change them). The plan's Summary says so.
func (db *DB) PlanErasure(ctx context.Context, id int64) (*domain.ErasurePlan, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	plan, err := planErasure(ctx, tx, id, db.today())
	if err != nil {
		return nil, err
	}
	tx.Rollback()
	plan.Backups, err = db.backupsHolding(ctx, id)
	return plan, err
}

// planErasure makes the plan; Running counts the engagements still
// planned or active on today (one whose notice ran out no longer runs).
func planErasure(ctx context.Context, tx *sql.Tx, id int64, today domain.Date) (*domain.ErasurePlan, error) {
	m, err := findManager(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	p := &domain.ErasurePlan{ManagerID: id, Name: m.Name, Rev: m.Rev}
	if _, p.AlreadyErased, err = erasedOn(ctx, tx, id); err != nil {
		return nil, err
	}
	if err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM engagements WHERE manager_id = ?1),
		(SELECT count(*) FROM engagements e WHERE e.manager_id = ?1 AND `+statusOn+` IN ('planned', 'active')),
		(SELECT count(*) FROM proposals WHERE manager_id = ?1 AND status = 'draft')`, id, sqlcol.DateText(today)).Scan(
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
// and language tags and its search entry go, drafts no longer propose it,
// and the capacity notes in its engagements' history no longer name it.
// Engagements keep their figures; issued proposal versions and printed
// contracts stay as issued. rev
// is the plan's Rev: ECONFLICT when the manager changed since the plan was
// shown. ENOTFOUND. It returns the plan it carried out.
func (db *DB) EraseManager(ctx context.Context, id, rev int64) (*domain.ErasurePlan, error) {
	var plan *domain.ErasurePlan
	err := db.write(ctx, func(tx *sql.Tx) (err error) {
		if plan, err = planErasure(ctx, tx, id, db.today()); err != nil {
			return err
		}
		if plan.Rev != rev {
			return domain.Errorf(domain.ECONFLICT,
				"Manager %q was changed since the erasure was shown; look at what will be erased again and confirm once more.", plan.Name)
		}
		if plan.AlreadyErased {
			return nil
		}
		return eraseManager(ctx, tx, plan, db.now())
	})
	if err != nil {
		return nil, err
	}
	// The old versions of the pages are in the write-ahead log until it
	// is copied into the file; copied, the log is emptied. A window that
	// reads at this moment keeps them there until it is done: SQLite then
	// folds the log in at the next commit or close.
	_, _ = db.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	if plan.Backups, err = db.backupsHolding(ctx, id); err != nil {
		return plan, err
	}
	if err := db.eraseFromBackups(ctx, plan); err != nil {
		return plan, err
	}
	return plan, nil
}

// eraseManager carries out the plan in tx.
//
// What it removes is overwritten, not only unlinked: secure_delete makes
// SQLite write zeros over deleted content and freed pages (for this
// transaction: it costs writes that other saves do not need), and the
// full-text index drops the manager's words from its pages at once
// (FTS5's secure-delete) instead of keeping them until its segments are
// merged some day.
func eraseManager(ctx context.Context, tx *sql.Tx, plan *domain.ErasurePlan, now time.Time) (err error) {
	id := plan.ManagerID
	if _, err := tx.ExecContext(ctx, `PRAGMA secure_delete = ON`); err != nil {
		return fmt.Errorf("erase manager %d: %w", id, err)
	}
	defer func() {
		if _, rerr := tx.ExecContext(ctx, `PRAGMA secure_delete = OFF`); err == nil && rerr != nil {
			err = fmt.Errorf("erase manager %d: %w", id, rerr)
		}
	}()
	if _, err := tx.ExecContext(ctx, `INSERT INTO managers_fts (managers_fts, rank) VALUES ('secure-delete', 1)`); err != nil {
		return fmt.Errorf("erase manager %d from the search index: %w", id, err)
	}
	defer func() {
		if _, rerr := tx.ExecContext(ctx, `INSERT INTO managers_fts (managers_fts, rank) VALUES ('secure-delete', 0)`); err == nil && rerr != nil {
			err = fmt.Errorf("erase manager %d from the search index: %w", id, rerr)
		}
	}()
	if _, err := tx.ExecContext(ctx, `UPDATE managers SET name = ?, email = '', phone = '', city = '',
			headline = '', skills = '[]', sectors = '[]', languages = '[]', day_rate = 0,
			available_from = '', cv = '', company_name = '', company_vat_id = '', company_iban = '',
			company_street = '', company_postcode = '', company_city = '', company_country = '',
			company_number = '', active = 0, notes = '', rev = rev + 1, updated_at = ?
		WHERE id = ?`, domain.ErasedManagerName(id), sqlcol.TimeText(now), id); err != nil {
		return fmt.Errorf("erase manager %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM manager_tags WHERE manager_id = ?`, id); err != nil {
		return fmt.Errorf("erase manager %d: %w", id, err)
	}
	if err := unproposeManager(ctx, tx, id, now); err != nil {
		return err
	}
	if err := eraseNameFromEventFacts(ctx, tx, id, plan.Name, domain.ErasedManagerName(id)); err != nil {
		return err
	}
	// The capacity check names the manager in the sentence an override
	// records; the history keeps the sentence, not the name. The check's
	// sentence follows "check said: "; before, it was the whole error,
	// after "Days per week: ".
	erased := domain.ErasedManagerName(id)
	if _, err := tx.ExecContext(ctx, `UPDATE events SET detail = replace(replace(detail, ?, ?), ?, ?)
		WHERE entity = 'engagement' AND what = 'capacity override'
			AND entity_id IN (SELECT id FROM engagements WHERE manager_id = ?)`,
		"check said: "+plan.Name+" works", "check said: "+erased+" works",
		"Days per week: "+plan.Name+" works", "Days per week: "+erased+" works", id); err != nil {
		return fmt.Errorf("erase manager %d from the history: %w", id, err)
	}
	// An edit before the erasure left the manager's old words in older
	// segments of the index, only marked as deleted; merging every
	// segment into one drops them.
	if _, err := tx.ExecContext(ctx, `INSERT INTO managers_fts (managers_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("erase manager %d from the search index: %w", id, err)
	}
	detail := sentencef("personal data erased; %d engagements kept with their figures; %d drafts no longer propose the manager; %d issued documents (proposal versions and printed contracts) kept as issued",
		plan.Engagements, plan.Drafts, len(plan.IssuedDocuments))
	return logEvent(ctx, tx, "manager", id, now, "erased", detail)
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
		content, err := sqlcol.ContentOf(p)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE proposals SET manager_id = NULL, content = ?, rev = rev + 1, updated_at = ?
			WHERE id = ?`, content, sqlcol.TimeText(now), p.ID); err != nil {
			return fmt.Errorf("take the erased manager off proposal %d: %w", p.ID, err)
		}
		if err := logEvent(ctx, tx, "proposal", p.ID, now, "manager erased", sentencef("the proposed manager's personal data was erased")); err != nil {
			return err
		}
	}
	return nil
}
