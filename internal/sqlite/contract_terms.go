package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// ContractTerms returns what the engagement's contract says beyond its
// figures: the saved terms, or (Rev 0) the defaults taken from the signed
// proposal version. ENOTFOUND.
func (db *DB) ContractTerms(ctx context.Context, engagementID int64) (*domain.ContractTerms, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	e, err := findEngagement(ctx, tx, engagementID)
	if err != nil {
		return nil, err
	}
	doc, err := signedVersion(ctx, tx, e)
	if err != nil {
		return nil, err
	}
	return termsFor(ctx, tx, e, doc)
}

// SaveContractTerms validates and saves the terms of an engagement's
// contract. Printed contracts keep the terms they were printed with; a
// reissue prints the new ones. EINVALID, ENOTFOUND, ECONFLICT (saved
// elsewhere since Rev was read; Rev 0 means "still the defaults").
func (db *DB) SaveContractTerms(ctx context.Context, t *domain.ContractTerms) error {
	if t == nil {
		return domain.Errorf(domain.EINVALID, "Contract terms: there are no terms to save.")
	}
	if err := t.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		if ok, err := exists(ctx, tx, "engagements", t.EngagementID); err != nil {
			return err
		} else if !ok {
			return errEngagementNotFound(t.EngagementID)
		}
		cur, err := savedTerms(ctx, tx, t.EngagementID)
		if err != nil {
			return err
		}
		if (cur == nil && t.Rev != 0) || (cur != nil && cur.Rev != t.Rev) {
			return errStale(fmt.Sprintf("The contract terms of engagement %d", t.EngagementID))
		}
		now := db.now()
		var rev int64
		err = tx.QueryRowContext(ctx, `INSERT INTO contract_terms (engagement_id, assignment, exit_criteria, authority,
				deliverables, non_solicit_months, liability_cap_months, rev, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
			ON CONFLICT (engagement_id) DO UPDATE SET assignment = excluded.assignment,
				exit_criteria = excluded.exit_criteria, authority = excluded.authority,
				deliverables = excluded.deliverables, non_solicit_months = excluded.non_solicit_months,
				liability_cap_months = excluded.liability_cap_months, rev = rev + 1, updated_at = excluded.updated_at
			RETURNING rev`,
			t.EngagementID, t.Assignment, t.ExitCriteria, t.Authority, t.Deliverables, t.NonSolicitMonths,
			t.LiabilityCapMonths, sqlcol.TimeText(now), sqlcol.TimeText(now)).Scan(&rev)
		if err != nil {
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
	t, err := savedTerms(ctx, tx, e.ID)
	if err != nil || t != nil {
		return t, err
	}
	def := domain.DefaultContractTerms(e, doc)
	return &def, nil
}

// savedTerms reads the saved terms, nil when there are none.
func savedTerms(ctx context.Context, tx *sql.Tx, engagementID int64) (*domain.ContractTerms, error) {
	t := &domain.ContractTerms{EngagementID: engagementID}
	err := tx.QueryRowContext(ctx, `SELECT assignment, exit_criteria, authority, deliverables, non_solicit_months,
			liability_cap_months, rev
		FROM contract_terms WHERE engagement_id = ?`, engagementID).Scan(
		&t.Assignment, &t.ExitCriteria, &t.Authority, &t.Deliverables, &t.NonSolicitMonths, &t.LiabilityCapMonths, &t.Rev)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("read the contract terms of engagement %d: %w", engagementID, err)
	}
	return t, nil
}

// signedVersion is the frozen proposal version e came from, nil for an
// engagement entered by hand.
func signedVersion(ctx context.Context, tx *sql.Tx, e *domain.Engagement) (*domain.ProposalDocument, error) {
	if e.ProposalID == 0 || e.ProposalVersion == 0 {
		return nil, nil
	}
	return issuedDocument(ctx, tx, e.ProposalID, e.ProposalVersion)
}
