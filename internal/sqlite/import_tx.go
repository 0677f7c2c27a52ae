package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strconv"
)

// importCacheKiB is the page cache of an import's connection, 8 times the
// pool's 2 MB: with the pool's, the pages of a large transaction spill to
// the log again and again. 100,000 managers imported as fast with 16 MB as
// with 32 or 64 MB, and each 16 MB more is 24 MB more memory.
const importCacheKiB = 16 << 10

// importTx runs f in the transaction of an import and commits it, or in a
// read transaction that is rolled back for a dry run. An import has a
// connection of its own, so that the pragmas below are set for it alone;
// they are put back afterwards. None of them weakens a check: a
// connection on which putting them back fails (after a cancel) is only
// larger or checkpoints later, and is closed.
//
// temp_store=MEMORY keeps the statement journals of the batched inserts in
// memory instead of a temporary file. wal_autocheckpoint=0 spares the
// commit copying the whole log into the database file before the person
// is told; DB.checkpointSoon asks for that copy afterwards, and the log is
// already on the disk.
func (db *DB) importTx(ctx context.Context, dryRun bool, f func(tx *sql.Tx) error) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connect for the import: %w", err)
	}
	defer conn.Close()
	var cache, autoCheckpoint int
	for p, v := range map[string]*int{"cache_size": &cache, "wal_autocheckpoint": &autoCheckpoint} {
		if err := conn.QueryRowContext(ctx, `PRAGMA `+p).Scan(v); err != nil {
			return fmt.Errorf("read %s: %w", p, err)
		}
	}
	defer func() {
		if _, err := conn.ExecContext(context.Background(), `PRAGMA temp_store = DEFAULT; PRAGMA cache_size = `+
			strconv.Itoa(cache)+`; PRAGMA wal_autocheckpoint = `+strconv.Itoa(autoCheckpoint)); err != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn }) // not back into the pool
		}
	}()
	if _, err := conn.ExecContext(ctx, `PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -`+
		strconv.Itoa(importCacheKiB)); err != nil {
		return fmt.Errorf("prepare the import: %w", err)
	}
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: dryRun})
	if err != nil {
		return fmt.Errorf("begin the import: %w", err)
	}
	defer tx.Rollback()
	if err := f(tx); err != nil || dryRun {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit the import: %w", err)
	}
	db.checkpointSoon()
	return nil
}
