package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// bulkFrom is the number of new records from which an import drops the
// secondary indexes of the tables it fills and builds them again before
// the commit: with the pool's page cache, 100,000 inserts at random places
// in six B-trees cost ten times what one sort per index costs. Rebuilding
// sorts the rows already there too, so it pays only once the new rows are
// as many as those (bulkLoad.worthFrom).
const bulkFrom = 5000

// bulkLoad keeps the indexes of a large import in step.
//
// The full-text index: indexing row by row from the insert trigger costs
// ten times more than indexing all new rows in one statement at the end,
// so the trigger is dropped for the length of the transaction and created
// again, from its own stored text, before the commit.
//
// The other indexes: from bulkFrom new rows on they are dropped too and
// built again before the commit from the CREATE statements stored in the
// schema, so an index a later migration adds is rebuilt the same way, and
// a unique index checks again, as a whole, what the import checked.
//
// It is all one transaction: a crash or a rollback puts every trigger and
// index back, and other connections never see the schema without them.
type bulkLoad struct {
	tx         *sql.Tx
	table      string // "managers": new rows get ids from one past its largest
	fill       string // copies the new rows, id >= ?, into the full-text index
	trigger    string // the insert trigger of the full-text index
	triggerSQL string
	firstID    int64    // the id the first new row gets
	indexes    []string // the CREATE statements of the indexes dropped
	// sortInRuns rebuilds the indexes with rebuildPragmas: only on a
	// connection of the import's own (importTx), which puts its settings
	// back, or closes it, however the import ends.
	sortInRuns bool
}

func startBulk(ctx context.Context, tx *sql.Tx, table, fill string) (*bulkLoad, error) {
	b := &bulkLoad{tx: tx, table: table, fill: fill, trigger: table + "_fts_insert"}
	err := tx.QueryRowContext(ctx, `SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?`,
		b.trigger).Scan(&b.triggerSQL)
	if err != nil {
		return nil, fmt.Errorf("read trigger %s: %w", b.trigger, err)
	}
	// New rows get the ids SQLite would give them, one past the largest.
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM `+table).Scan(&b.firstID); err != nil {
		return nil, fmt.Errorf("read the last id of %s: %w", table, err)
	}
	if _, err := tx.ExecContext(ctx, `DROP TRIGGER `+b.trigger); err != nil {
		return nil, fmt.Errorf("pause trigger %s: %w", b.trigger, err)
	}
	return b, nil
}

// keepSchema reads every page of the schema (count(*) walks the whole
// B-tree), which the page cache then counts as just used. An import
// changes the schema as it starts (the trigger and indexes dropped) and
// again before the commit (rebuilt). A page of it spilled to the log in
// between is written over there by the rebuild, and at the commit SQLite
// reads the log again from that frame to the end to compute its checksums
// anew: for 100,000 managers a page spilled as frame 933 made it read
// 31,000 of the 32,000 frames, about 0.15 s (strace, docs/PERFORMANCE.md).
// Read between the writes, the schema's pages stay in the cache until the
// rebuild changes them.
func (b *bulkLoad) keepSchema(ctx context.Context) error {
	var n int
	if err := b.tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
		return fmt.Errorf("read the schema: %w", err)
	}
	return nil
}

// nextID is the id of the first new row; 0 without a bulk (a dry run).
func (b *bulkLoad) nextID() int64 {
	if b == nil {
		return 0
	}
	return b.firstID
}

// worthFrom is the number of new rows from which dropping the indexes
// pays: bulkFrom, or as many as the table held before (ids are never
// reused, so the last id counts them).
func (b *bulkLoad) worthFrom() int {
	return max(bulkFrom, int(b.firstID-1))
}

// dropIndexes drops the secondary indexes of the tables the import fills,
// once, keeping their CREATE statements for finish. Indexes SQLite made
// for a constraint have no statement and stay.
func (b *bulkLoad) dropIndexes(ctx context.Context) error {
	if b.indexes != nil {
		return nil
	}
	b.indexes = []string{}
	var names []string
	rows, err := b.tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema
		WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`, b.table)
	if err != nil {
		return fmt.Errorf("read the indexes of %s: %w", b.table, err)
	}
	for rows.Next() {
		var name, create string
		if err := rows.Scan(&name, &create); err != nil {
			rows.Close()
			return fmt.Errorf("read the indexes of %s: %w", b.table, err)
		}
		names, b.indexes = append(names, name), append(b.indexes, create)
	}
	rows.Close()
	for _, name := range names {
		if _, err := b.tx.ExecContext(ctx, `DROP INDEX "`+name+`"`); err != nil {
			return fmt.Errorf("pause index %s: %w", name, err)
		}
	}
	return nil
}

// finish builds the dropped indexes again, indexes the new rows for
// search and restores the trigger.
func (b *bulkLoad) finish(ctx context.Context) error {
	if err := b.rebuildIndexes(ctx); err != nil {
		return err
	}
	if _, err := b.tx.ExecContext(ctx, b.fill, b.firstID); err != nil {
		return fmt.Errorf("index new %s: %w", b.table, err)
	}
	if _, err := b.tx.ExecContext(ctx, b.triggerSQL); err != nil {
		return fmt.Errorf("restore trigger %s: %w", b.trigger, err)
	}
	return nil
}

// rebuildIndexes builds the dropped indexes again, with the settings of
// rebuildPragmas on an import's own connection.
func (b *bulkLoad) rebuildIndexes(ctx context.Context) error {
	if len(b.indexes) == 0 {
		return nil
	}
	if b.sortInRuns {
		if _, err := b.tx.ExecContext(ctx, rebuildPragmas); err != nil {
			return fmt.Errorf("prepare to rebuild the indexes of %s: %w", b.table, err)
		}
	}
	for _, create := range b.indexes {
		if _, err := b.tx.ExecContext(ctx, create); err != nil {
			return fmt.Errorf("rebuild index (%s): %w", create, err)
		}
	}
	if b.sortInRuns {
		if _, err := b.tx.ExecContext(ctx, importPragmas); err != nil {
			return fmt.Errorf("rebuild the indexes of %s: %w", b.table, err)
		}
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
