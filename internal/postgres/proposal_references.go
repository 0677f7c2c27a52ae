package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// checkReferences refuses a chosen engagement (InterimOffer.References)
// that is not a mandate of the offer's manager: a missing one, or one of
// another manager, as when the manager changed after they were chosen. The
// domain checks the count.
func checkReferences(ctx context.Context, tx *sql.Tx, in *domain.InterimOffer) error {
	for _, id := range in.References {
		var manager sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT manager_id FROM engagements WHERE id = $1`, id).Scan(&manager)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.Invalidf("References", "there is no engagement with number %d; it may have been removed.", id)
		} else if err != nil {
			return fmt.Errorf("look up engagement %d: %w", id, err)
		}
		if manager.Int64 != in.ManagerID {
			return domain.Invalidf("References", "engagement %d is not a mandate of the manager proposed; choose among that manager's own engagements.", id)
		}
	}
	return nil
}

// documentReferences resolves the engagements p chose to print, most
// recent first, as they stand now: an issued version freezes them with
// the rest of the document. One no longer the manager's (removed since
// it was chosen) is left out rather than blocking the document; saving
// the proposal says so.
func documentReferences(ctx context.Context, tx *sql.Tx, p *domain.Proposal) ([]domain.MandateReference, error) {
	var out []domain.MandateReference
	for _, id := range p.Interim.References {
		e, err := findEngagement(ctx, tx, id)
		if domain.ErrorCode(err) == domain.ENOTFOUND {
			continue
		} else if err != nil {
			return nil, err
		}
		if e.ManagerID != p.Interim.ManagerID {
			continue
		}
		c, err := findClient(ctx, tx, e.ClientID)
		if err != nil {
			return nil, err
		}
		out = append(out, domain.NewMandateReference(e, c.DisplayName()))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[j].Start.Before(out[i].Start)
		}
		return out[i].EngagementID > out[j].EngagementID
	})
	return out, nil
}
