package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Deleting is for what never left the firm: a draft proposal that was never
// issued, a client no proposal or engagement names. What has been sent or
// signed is kept (an issued proposal has a number in the gapless sequence;
// a referenced client is archived instead).

// DeleteProposal removes a draft that was never issued, with its history.
// rev is the revision the person saw: a draft changed elsewhere since is not
// deleted. EINVALID, ENOTFOUND, ECONFLICT.
func (db *DB) DeleteProposal(ctx context.Context, id int64, rev int64) error {
	return db.write(ctx, func(tx *sql.Tx) error {
		p, err := findProposal(ctx, tx, id)
		if err != nil {
			return err
		}
		if p.Number != "" || p.Version > 0 || p.Status != domain.ProposalDraft {
			return domain.Errorf(domain.ECONFLICT,
				"Proposal %s has been issued and is kept with its number; only a draft that was never issued can be deleted.", p.Number)
		}
		if p.Rev != rev {
			return errStale(fmt.Sprintf("Proposal %q", p.Title))
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM engagements WHERE proposal_id = ?`, id).Scan(&n); err != nil {
			return fmt.Errorf("engagements of proposal %d: %w", id, err)
		}
		if n > 0 {
			return domain.Errorf(domain.ECONFLICT, "An engagement comes from this proposal; it is kept.")
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE entity = 'proposal' AND entity_id = ?`, id); err != nil {
			return fmt.Errorf("delete the history of proposal %d: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM proposals WHERE id = ?`, id); err != nil {
			return fmt.Errorf("delete proposal %d: %w", id, err)
		}
		return nil
	})
}

// DeleteClient removes a client no proposal or engagement names; one that
// is named is refused with the counts and the advice to archive it.
// ENOTFOUND, ECONFLICT.
func (db *DB) DeleteClient(ctx context.Context, id int64) error {
	return db.write(ctx, func(tx *sql.Tx) error {
		c, err := findClient(ctx, tx, id)
		if err != nil {
			return err
		}
		var proposals, engagements int
		err = tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM proposals WHERE client_id = ?),
			(SELECT count(*) FROM engagements WHERE client_id = ?)`, id, id).Scan(&proposals, &engagements)
		if err != nil {
			return fmt.Errorf("references to client %d: %w", id, err)
		}
		if proposals+engagements > 0 {
			return domain.Errorf(domain.ECONFLICT,
				"Proposals or engagements name %s (%d in all), so it is kept; archive it instead.",
				c.DisplayName(), proposals+engagements)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE entity = 'client' AND entity_id = ?`, id); err != nil {
			return fmt.Errorf("delete the history of client %d: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM clients WHERE id = ?`, id); err != nil {
			return fmt.Errorf("delete client %d: %w", id, err)
		}
		return nil
	})
}
