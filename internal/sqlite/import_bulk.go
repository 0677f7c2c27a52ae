package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// bulkSpec names the full-text index an import fills in one go.
type bulkSpec struct {
	table   string // "managers": new rows get ids from one past its largest
	trigger string // the insert trigger of the table's full-text index
	// fill copies the new rows, id >= ?, into the full-text index in one
	// statement.
	fill string
}

// bulkLoad fills the full-text index of an import's new rows at the end:
// indexing row by row from the insert trigger costs ten times more than
// indexing all new rows in one statement. The trigger is dropped for the
// length of the transaction and created again, from its own stored text,
// before the commit. It is all one transaction: a crash or a rollback puts
// the trigger back, and other connections never see the schema without
// it.
type bulkLoad struct {
	tx         *sql.Tx
	spec       bulkSpec
	triggerSQL string
	firstID    int64 // the id the first new row gets
}

func startBulk(ctx context.Context, tx *sql.Tx, spec bulkSpec) (*bulkLoad, error) {
	b := &bulkLoad{tx: tx, spec: spec}
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
func (b *bulkLoad) nextID() int64 {
	if b == nil {
		return 0
	}
	return b.firstID
}

// finish indexes the new rows for search and restores the trigger.
func (b *bulkLoad) finish(ctx context.Context) error {
	if _, err := b.tx.ExecContext(ctx, b.spec.fill, b.firstID); err != nil {
		return fmt.Errorf("index new %s: %w", b.spec.table, err)
	}
	if _, err := b.tx.ExecContext(ctx, b.triggerSQL); err != nil {
		return fmt.Errorf("restore trigger %s: %w", b.spec.trigger, err)
	}
	return nil
}

// stepClock times the phases of an import for DB.importSteps; a nil
// clock does nothing.
type stepClock struct {
	report func(step string, d time.Duration)
	last   time.Time
}

func newStepClock(report func(string, time.Duration)) *stepClock {
	if report == nil {
		return nil
	}
	return &stepClock{report: report, last: time.Now()}
}

// lap reports the time since the last lap as step.
func (c *stepClock) lap(step string) {
	if c == nil {
		return
	}
	now := time.Now()
	c.report(step, now.Sub(c.last))
	c.last = now
}
