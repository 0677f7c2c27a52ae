package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// ContractTerms returns what the engagement's contract says beyond its
// figures: the saved terms, or (Rev 0) the defaults taken from the signed
// proposal version. ENOTFOUND.
func (db *DB) ContractTerms(ctx context.Context, engagementID int64) (*domain.ContractTerms, error) {
	var t *domain.ContractTerms
	err := db.read(ctx, func(tx *sql.Tx) error {
		e, err := findEngagement(ctx, tx, engagementID)
		if err != nil {
			return err
		}
		doc, err := contractSignedVersion(ctx, tx, e)
		if err != nil {
			return err
		}
		t, err = termsFor(ctx, tx, e, doc)
		return err
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// SaveContractTerms validates and saves the terms of an engagement's
// contract. Printed contracts keep the terms they were printed with; a
// reissue prints the new ones. EINVALID, ENOTFOUND, ECONFLICT (saved
// elsewhere since Rev was read; Rev 0 means "still the defaults").
//
// The saved row is read FOR UPDATE, so of two people saving from the same
// Rev the second is refused; two first saves find no row to lock, and the
// second's insert then meets the first's row and is refused alike.
func (db *DB) SaveContractTerms(ctx context.Context, t *domain.ContractTerms) error {
	if t == nil {
		return domain.Errorf(domain.EINVALID, "Contract terms: there are no terms to save.")
	}
	if err := t.Validate(); err != nil {
		return err
	}
	given := t.Rev
	now := db.now()
	stale := func() error { return errStale(fmt.Sprintf("The contract terms of engagement %d", t.EngagementID)) }
	return db.write(ctx, func(tx *sql.Tx) error {
		if ok, err := exists(ctx, tx, "engagements", t.EngagementID); err != nil {
			return err
		} else if !ok {
			return errEngagementNotFound(t.EngagementID)
		}
		cur, err := savedTerms(ctx, tx, t.EngagementID, " FOR UPDATE")
		if err != nil {
			return err
		}
		if (cur == nil && given != 0) || (cur != nil && cur.Rev != given) {
			return stale()
		}
		conflict := ` DO UPDATE SET assignment = excluded.assignment,
				exit_criteria = excluded.exit_criteria, authority = excluded.authority,
				deliverables = excluded.deliverables, non_solicit_months = excluded.non_solicit_months,
				liability_cap_months = excluded.liability_cap_months, rev = contract_terms.rev + 1,
				updated_at = excluded.updated_at`
		if cur == nil {
			conflict = ` DO NOTHING`
		}
		var rev int64
		err = tx.QueryRowContext(ctx, `INSERT INTO contract_terms (engagement_id, assignment, exit_criteria, authority,
				deliverables, non_solicit_months, liability_cap_months, rev, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $8)
			ON CONFLICT (engagement_id)`+conflict+`
			RETURNING rev`,
			t.EngagementID, t.Assignment, t.ExitCriteria, t.Authority, t.Deliverables, t.NonSolicitMonths,
			t.LiabilityCapMonths, sqlcol.TimeText(now)).Scan(&rev)
		if errors.Is(err, sql.ErrNoRows) {
			return stale()
		} else if err != nil {
			return fmt.Errorf("save the contract terms of engagement %d: %w", t.EngagementID, err)
		}
		if err := logEngagementEvent(ctx, tx, t.EngagementID, now, domain.EventContractTerms, domain.EventFacts{}); err != nil {
			return err
		}
		t.Rev = rev
		return nil
	})
}

// termsFor are the terms of e's contract: saved ones, else the defaults
// from the signed version doc (nil for an engagement entered by hand).
func termsFor(ctx context.Context, tx *sql.Tx, e *domain.Engagement, doc *domain.ProposalDocument) (*domain.ContractTerms, error) {
	t, err := savedTerms(ctx, tx, e.ID, "")
	if err != nil || t != nil {
		return t, err
	}
	def := domain.DefaultContractTerms(e, doc)
	return &def, nil
}

// savedTerms reads the saved terms, nil when there are none, with a
// locking clause (" FOR UPDATE") or none.
func savedTerms(ctx context.Context, tx *sql.Tx, engagementID int64, lock string) (*domain.ContractTerms, error) {
	t := &domain.ContractTerms{EngagementID: engagementID}
	err := tx.QueryRowContext(ctx, `SELECT assignment, exit_criteria, authority, deliverables, non_solicit_months,
			liability_cap_months, rev
		FROM contract_terms WHERE engagement_id = $1`+lock, byKey(engagementID)...).Scan(
		&t.Assignment, &t.ExitCriteria, &t.Authority, &t.Deliverables, &t.NonSolicitMonths, &t.LiabilityCapMonths, &t.Rev)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("read the contract terms of engagement %d: %w", engagementID, err)
	}
	return t, nil
}

// contractSignedVersion is the frozen proposal version e came from, nil
// for an engagement entered by hand. It reads proposal_versions itself, as
// SQLite's issuedDocument does, so contracts do not wait on the proposals'
// code of this store.
func contractSignedVersion(ctx context.Context, tx *sql.Tx, e *domain.Engagement) (*domain.ProposalDocument, error) {
	if e.ProposalID == 0 || e.ProposalVersion == 0 {
		return nil, nil
	}
	var data string
	err := tx.QueryRowContext(ctx, `SELECT data FROM proposal_versions WHERE proposal_id = $1 AND version = $2`,
		byKey(e.ProposalID, e.ProposalVersion)...).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.ENOTFOUND, "Proposal %d has no issued version %d.", e.ProposalID, e.ProposalVersion)
	} else if err != nil {
		return nil, fmt.Errorf("read version %d of proposal %d: %w", e.ProposalVersion, e.ProposalID, err)
	}
	var doc domain.ProposalDocument
	if err := json.Unmarshal([]byte(data), &doc); err != nil {
		return nil, fmt.Errorf("read version %d of proposal %d: %w", e.ProposalVersion, e.ProposalID, err)
	}
	return &doc, nil
}
