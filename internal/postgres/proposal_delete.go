package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// DeleteProposal removes a draft that was never issued, with its history:
// an issued proposal has a number in the gapless sequence and is kept.
// rev is the revision the person saw: a draft changed elsewhere since is
// not deleted. The row is locked FOR UPDATE first, the lock its DELETE
// needs: an issue running at the same moment either finishes before (and
// the delete is refused) or finds the proposal gone, and an engagement
// made from it meanwhile waits, then finds it gone (the counts hold).
// EINVALID, ENOTFOUND, ECONFLICT.
func (db *DB) DeleteProposal(ctx context.Context, id int64, rev int64) error {
	return db.write(ctx, func(tx *sql.Tx) error {
		p, err := findProposalFor(ctx, tx, id, " FOR UPDATE")
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
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM engagements WHERE proposal_id = $1`, id).Scan(&n); err != nil {
			return fmt.Errorf("engagements of proposal %d: %w", id, err)
		}
		if n > 0 {
			return domain.Errorf(domain.ECONFLICT, "An engagement comes from this proposal; it is kept.")
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE entity = 'proposal' AND entity_id = $1`, id); err != nil {
			return fmt.Errorf("delete the history of proposal %d: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM proposals WHERE id = $1`, id); err != nil {
			return fmt.Errorf("delete proposal %d: %w", id, err)
		}
		return nil
	})
}
