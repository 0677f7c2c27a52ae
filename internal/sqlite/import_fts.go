package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// ftsSpec names the full-text index of a table and its insert trigger.
type ftsSpec struct {
	table   string // "managers"
	trigger string // "managers_fts_insert"
	// fill copies the new rows, id >= ?, into the index in one statement.
	fill string
}

// ftsBulk keeps the full-text index of a bulk import in step. Indexing row
// by row from the insert trigger costs ten times more than indexing all new
// rows in one statement at the end, so the trigger is dropped for the
// length of the transaction and created again, from its own stored text,
// before the commit. All of it is one transaction: a crash or a rollback
// puts the trigger back as it was.
type ftsBulk struct {
	tx         *sql.Tx
	spec       ftsSpec
	triggerSQL string
	firstID    int64 // the id the first new row gets
}

func startFTSBulk(ctx context.Context, tx *sql.Tx, spec ftsSpec) (*ftsBulk, error) {
	b := &ftsBulk{tx: tx, spec: spec}
	err := tx.QueryRowContext(ctx, `SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?`,
		spec.trigger).Scan(&b.triggerSQL)
	if err != nil {
		return nil, fmt.Errorf("read trigger %s: %w", spec.trigger, err)
	}
	// New rows get the ids SQLite would give them, one past the largest.
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM `+spec.table).Scan(&b.firstID); err != nil {
		return nil, fmt.Errorf("read the last id of %s: %w", spec.table, err)
	}
	if _, err := tx.ExecContext(ctx, `DROP TRIGGER `+spec.trigger); err != nil {
		return nil, fmt.Errorf("pause trigger %s: %w", spec.trigger, err)
	}
	return b, nil
}

// nextID is the id of the first new row; 0 without a bulk (a dry run).
func (b *ftsBulk) nextID() int64 {
	if b == nil {
		return 0
	}
	return b.firstID
}

// finish indexes the new rows and restores the trigger.
func (b *ftsBulk) finish(ctx context.Context) error {
	if _, err := b.tx.ExecContext(ctx, b.spec.fill, b.firstID); err != nil {
		return fmt.Errorf("index new %s: %w", b.spec.table, err)
	}
	if _, err := b.tx.ExecContext(ctx, b.triggerSQL); err != nil {
		return fmt.Errorf("restore trigger %s: %w", b.spec.trigger, err)
	}
	return nil
}
