package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// A manager's requests about their personal data (GDPR articles 15 and
// 17), as the SQLite store answers them (privacy.go there), sentence for
// sentence.
//
// What PostgreSQL keeps beyond the rows: an UPDATE leaves the old version
// of a row in the table until VACUUM (autovacuum, soon after) reclaims it,
// and the server's own backups (pg_dump files, WAL archives) hold the
// manager until they expire. Neither is the application's to rewrite; the
// firm's administrator handles them (docs/TEAM.md). The erasure's plan
// lists no backups here: the application keeps no backup files of a
// PostgreSQL database.

var _ domain.PrivacyService = (*DB)(nil)

// ExportPersonal gathers the personal data of manager id, read in one
// snapshot; ENOTFOUND.
func (db *DB) ExportPersonal(ctx context.Context, id int64) (*domain.PersonalData, error) {
	today := db.today()
	var pd *domain.PersonalData
	err := db.read(ctx, func(tx *sql.Tx) error {
		m, err := findManager(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := fillStatus(ctx, tx, []*domain.Manager{m}, today); err != nil {
			return err
		}
		pd = &domain.PersonalData{ExportedAt: db.now(), Manager: domain.PersonalManager{Manager: m},
			Engagements: []*domain.Engagement{}, Proposals: []domain.PersonalProposal{}, Events: []domain.Event{}}
		if err := personalRows(ctx, tx, `SELECT `+engagementColumns+` FROM engagements e WHERE e.manager_id = $1
			ORDER BY e.start_on, e.id`, id, func(s scanner) error {
			e, err := scanEngagement(s)
			if err == nil {
				e.Status = e.StatusOn(today)
			}
			pd.Engagements = append(pd.Engagements, e)
			return err
		}); err != nil {
			return err
		}
		if err := personalRows(ctx, tx, `SELECT `+proposalColumns+` FROM proposals p WHERE p.manager_id = $1 ORDER BY p.id`,
			id, func(s scanner) error {
				p, err := scanProposal(s)
				if err == nil {
					in := p.Interim
					pd.Proposals = append(pd.Proposals, domain.PersonalProposal{ID: p.ID, Number: p.Number, Title: p.Title, Status: p.Status,
						Role: in.Role, Start: in.Start, Weeks: in.Weeks, DaysPerWeek: in.DaysPerWeek, DayRate: in.DayRate})
				}
				return err
			}); err != nil {
			return err
		}
		if pd.IssuedDocuments, err = issuedDocumentsNaming(ctx, tx, id); err != nil {
			return err
		}
		return personalRows(ctx, tx, `SELECT id, entity, entity_id, at, what, detail FROM events
			WHERE entity = 'manager' AND entity_id = $1 ORDER BY id`, id, func(s scanner) error {
			var v domain.Event
			err := s.Scan(&v.ID, &v.Entity, &v.EntityID, sqlcol.Time{T: &v.At}, &v.What, &v.Detail)
			pd.Events = append(pd.Events, v)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return pd, nil
}

// issuedDocumentsNaming finds the documents that left the firm naming
// manager id, whatever the records say now: the issued proposal versions
// whose frozen document shows the manager, then the printed contracts
// whose frozen data names them as a party (without a ProposalID). Their
// data is the JSON text as frozen; it is read as JSONB here, never
// written.
func issuedDocumentsNaming(ctx context.Context, tx *sql.Tx, id int64) ([]domain.IssuedDocument, error) {
	out := []domain.IssuedDocument{}
	err := personalRows(ctx, tx, `SELECT proposal_id, number, version, issued_on, sha256 FROM (
			SELECT proposal_id, number, version, issued_on, sha256, 0 AS contract FROM proposal_versions
			WHERE data::jsonb -> 'manager' -> 'id' = to_jsonb($1::bigint)
			UNION ALL
			SELECT 0, number, version, issued_on, sha256, 1 FROM contract_versions
			WHERE data::jsonb -> 'manager' -> 'id' = to_jsonb($1::bigint)) d
		ORDER BY contract, number COLLATE "C", version`, id, func(s scanner) error {
		var d domain.IssuedDocument
		err := s.Scan(&d.ProposalID, &d.Number, &d.Version, sqlcol.Date{D: &d.IssuedOn}, &d.SHA256)
		out = append(out, d)
		return err
	})
	return out, err
}

// personalRows runs a query with the manager's id and hands every row to f.
func personalRows(ctx context.Context, tx *sql.Tx, query string, id int64, f func(scanner) error) error {
	rows, err := tx.QueryContext(ctx, query, id)
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

// PlanErasure says what EraseManager would do; ENOTFOUND. The issued
// documents it lists are kept as they were issued: they are the legal
// record of what the client received and signed (and the schema refuses
// to change them).
func (db *DB) PlanErasure(ctx context.Context, id int64) (*domain.ErasurePlan, error) {
	var plan *domain.ErasurePlan
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		plan, err = planErasure(ctx, tx, id, db.today(), "")
		return err
	})
	return plan, err
}

// planErasure makes the plan, reading the manager with lock (" FOR
// UPDATE" when the erasure follows); Running counts the engagements still
// planned or active on today.
func planErasure(ctx context.Context, tx *sql.Tx, id int64, today domain.Date, lock string) (*domain.ErasurePlan, error) {
	m, err := findManagerFor(ctx, tx, id, lock)
	if err != nil {
		return nil, err
	}
	p := &domain.ErasurePlan{ManagerID: id, Name: m.Name, Rev: m.Rev}
	p.AlreadyErased = domain.ErrorCode(refuseErased(ctx, tx, id)) == domain.ECONFLICT
	if err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM engagements WHERE manager_id = $1),
		(SELECT count(*) FROM engagements e WHERE e.manager_id = $1 AND `+statusOn("$2")+` IN ('planned', 'active')),
		(SELECT count(*) FROM proposals WHERE manager_id = $1 AND status = 'draft')`, id, sqlcol.DateText(today)).Scan(
		&p.Engagements, &p.Running, &p.Drafts); err != nil {
		return nil, fmt.Errorf("plan erasure of manager %d: %w", id, err)
	}
	if p.IssuedDocuments, err = issuedDocumentsNaming(ctx, tx, id); err != nil {
		return nil, err
	}
	return p, nil
}

// EraseManager erases the personal data of manager id as PlanErasure
// described it, in one transaction: the record is anonymised (its search
// words, generated from it, go with it), its sector and language tags go,
// drafts no longer propose it, and the capacity notes in its engagements'
// history no longer name it. Engagements keep their figures; issued
// proposal versions and printed contracts stay as issued. rev is the
// plan's Rev: ECONFLICT when the manager changed since the plan was shown;
// the manager's row is locked from the check to the commit, so an edit
// cannot slip in between. ENOTFOUND. It returns the plan it carried out.
func (db *DB) EraseManager(ctx context.Context, id, rev int64) (*domain.ErasurePlan, error) {
	var plan *domain.ErasurePlan
	err := db.write(ctx, func(tx *sql.Tx) (err error) {
		if plan, err = planErasure(ctx, tx, id, db.today(), " FOR UPDATE"); err != nil {
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
	return plan, nil
}

// eraseManager carries out the plan in tx.
func eraseManager(ctx context.Context, tx *sql.Tx, plan *domain.ErasurePlan, now time.Time) error {
	id := plan.ManagerID
	erased := domain.ErasedManagerName(id)
	if _, err := tx.ExecContext(ctx, `UPDATE managers SET name = $1, email = '', phone = '', city = '',
			headline = '', skills = '[]', sectors = '[]', languages = '[]', day_rate = 0,
			available_from = '', cv = '', company_name = '', company_vat_id = '', company_iban = '',
			company_street = '', company_postcode = '', company_city = '', company_country = '',
			company_number = '', active = false, notes = '', rev = rev + 1, updated_at = $2
		WHERE id = $3`, erased, sqlcol.TimeText(now), id); err != nil {
		return fmt.Errorf("erase manager %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM manager_tags WHERE manager_id = $1`, id); err != nil {
		return fmt.Errorf("erase manager %d: %w", id, err)
	}
	if err := unproposeManager(ctx, tx, id, now); err != nil {
		return err
	}
	// The capacity check names the manager in the facts and the sentence
	// an override records; the history keeps them, not the name. The
	// check's sentence follows "check said: "; before, it was the whole
	// error, after "Days per week: ".
	if _, err := tx.ExecContext(ctx, `UPDATE events SET facts = jsonb_set(facts::jsonb, '{check,Manager}', to_jsonb($1::text))::text
		WHERE entity = 'engagement' AND what = 'capacity override' AND facts IS NOT NULL
			AND facts::jsonb #>> '{check,Manager}' = $2
			AND entity_id IN (SELECT id FROM engagements WHERE manager_id = $3)`, erased, plan.Name, id); err != nil {
		return fmt.Errorf("erase manager %d from the history: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE events SET detail = replace(replace(detail, $1, $2), $3, $4)
		WHERE entity = 'engagement' AND what = 'capacity override'
			AND entity_id IN (SELECT id FROM engagements WHERE manager_id = $5)`,
		"check said: "+plan.Name+" works", "check said: "+erased+" works",
		"Days per week: "+plan.Name+" works", "Days per week: "+erased+" works", id); err != nil {
		return fmt.Errorf("erase manager %d from the history: %w", id, err)
	}
	detail := fmt.Sprintf("personal data erased; %d engagements kept with their figures; %d drafts no longer propose the manager; %d issued documents (proposal versions and printed contracts) kept as issued",
		plan.Engagements, plan.Drafts, len(plan.IssuedDocuments))
	return logEvent(ctx, tx, "manager", id, now, "erased", detail)
}

// unproposeManager takes an erased manager off the drafts that propose
// them, in the column and in the content, counting each draft's rev up.
func unproposeManager(ctx context.Context, tx *sql.Tx, id int64, now time.Time) error {
	var drafts []*domain.Proposal
	if err := personalRows(ctx, tx, `SELECT `+proposalColumns+` FROM proposals p WHERE p.manager_id = $1 AND p.status = 'draft'
		ORDER BY p.id FOR UPDATE`, id, func(s scanner) error {
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
		if _, err := tx.ExecContext(ctx, `UPDATE proposals SET manager_id = NULL, content = $1::text::jsonb, rev = rev + 1, updated_at = $2
			WHERE id = $3`, content, sqlcol.TimeText(now), p.ID); err != nil {
			return fmt.Errorf("take the erased manager off proposal %d: %w", p.ID, err)
		}
		if err := logEvent(ctx, tx, "proposal", p.ID, now, "manager erased", "the proposed manager's personal data was erased"); err != nil {
			return err
		}
	}
	return nil
}
