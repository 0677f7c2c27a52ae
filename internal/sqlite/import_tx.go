package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// importCacheKiB is the page cache of an import's connection, 8 times the
// pool's 2 MB: with the pool's, the pages of a large transaction spill to
// the log again and again. 100,000 managers imported as fast with 16 MB as
// with 32 or 64 MB, and each 16 MB more is 24 MB more memory.
const importCacheKiB = 16 << 10

// importPragmas are the settings of an import's connection (importTx says
// why); bulkLoad sets rebuildPragmas to build the indexes again, then
// these back.
var importPragmas = `PRAGMA threads = 0; PRAGMA cache_size = -` + strconv.Itoa(importCacheKiB)

// rebuildPragmas let CREATE INDEX sort as SQLite sorts best. Its sorter
// sorts the keys in runs as large as the page cache (1 MB at the least),
// which stay in the processor's cache, and merges them; with helper
// threads, runs are sorted while the table is read. With the import's
// 16 MB cache and no threads, building the six indexes of 100,000
// managers took 1.6 s; with 1 MB and two threads, 1.0 s. Runs of 2 or
// 4 MB, or one thread, gained less (docs/PERFORMANCE.md, "2026-12-07:
// the indexes sorted in runs"). The runs go to temporary files, as the
// pool's large sorts do (temp_store=DEFAULT): kept in memory, the keys
// would be one list sorted at the end, as slowly as before.
const rebuildPragmas = `PRAGMA threads = 2; PRAGMA cache_size = -1024`

// importTx runs f in the transaction of an import and commits it, or in a
// read transaction that is rolled back for a dry run. An import has a
// connection of its own, so that the pragmas below are set for it alone;
// they are put back afterwards, and a connection on which that fails
// (after a cancel) is closed, never handed back to the pool.
//
// foreign_keys=OFF (which SQLite takes only outside a transaction) spares
// the bulk path a look-up per row: 450,000 for the tags of 100,000
// managers, and one per child table for each new manager. The references
// of the tables in checked are checked once, as a whole, before the
// commit (brokenReference): a row pointing nowhere refuses the whole
// import.
//
// wal_autocheckpoint=0 spares the commit copying the whole log into the
// database file before the person is told; DB.checkpointSoon asks for
// that copy afterwards, and the log is already on the disk.
//
// temp_store stays as the pool has it (files): the statement journals of
// the batched inserts kept in memory saved nothing measurable, and the
// rebuild sorts in runs only with files (rebuildPragmas).
func (db *DB) importTx(ctx context.Context, dryRun bool, checked []string, f func(tx *sql.Tx) error) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connect for the import: %w", err)
	}
	defer conn.Close()
	var cache, autoCheckpoint, fk, threads int
	for p, v := range map[string]*int{"cache_size": &cache, "wal_autocheckpoint": &autoCheckpoint, "foreign_keys": &fk, "threads": &threads} {
		if err := conn.QueryRowContext(ctx, `PRAGMA `+p).Scan(v); err != nil {
			return fmt.Errorf("read %s: %w", p, err)
		}
	}
	defer func() {
		// SQLite ignores foreign_keys inside a transaction: after a cancel,
		// the rollback may not have reached the connection yet. So the
		// setting is read back, and a connection that did not take it is
		// closed, never handed back to the pool with its checks off.
		_, err := conn.ExecContext(context.Background(), `PRAGMA cache_size = `+
			strconv.Itoa(cache)+`; PRAGMA threads = `+strconv.Itoa(threads)+
			`; PRAGMA wal_autocheckpoint = `+strconv.Itoa(autoCheckpoint)+
			`; PRAGMA foreign_keys = `+strconv.Itoa(fk))
		var now int
		if err == nil {
			err = conn.QueryRowContext(context.Background(), `PRAGMA foreign_keys`).Scan(&now)
		}
		if err != nil || now != fk {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn }) // not back into the pool
		}
	}()
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF; PRAGMA wal_autocheckpoint = 0; `+importPragmas); err != nil {
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
	for _, table := range checked {
		if _, broken, err := brokenReference(ctx, tx, table, "0"); err != nil {
			return err
		} else if broken {
			return domain.Errorf(domain.EINVALID,
				"The import would leave a row of %s referring to a record that does not exist; nothing was imported.", table)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit the import: %w", err)
	}
	db.checkpointSoon()
	return nil
}

// brokenReference finds a row of table whose reference points at no
// row, by each of its references as the schema declares them
// (single-column, as all of ours are), and gives pick of it: "c.rowid", or
// "0" for a table without rowids. It asks what PRAGMA foreign_key_check
// asks, once for each value the column holds, walking the column's index:
// 0.12 s for the 450,000 tags of 100,000 managers, where a look-up for
// each row took 0.2–0.35 s and foreign_key_check 1.1 s. Of the broken
// values it takes the lowest, and of its rows the first.
//
// A value inside the ids of a parent that has every id from its lowest to
// its highest (denseIDs) has its row, so only the values outside them are
// looked up: after an import into an empty roster, none. For those tags,
// native sqlite3 took 30 ms instead of 90 ms (docs/PERFORMANCE.md,
// "the commit's second reading of the log").
func brokenReference(ctx context.Context, tx *sql.Tx, table, pick string) (rowid int64, broken bool, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT "table", "from", coalesce("to", '') FROM pragma_foreign_key_list(?)`, table)
	if err != nil {
		return 0, false, fmt.Errorf("read the references of %s: %w", table, err)
	}
	type reference struct{ parent, to, broken, row string }
	var refs []reference
	for rows.Next() {
		var parent, from, to string
		if err := rows.Scan(&parent, &from, &to); err != nil {
			rows.Close()
			return 0, false, fmt.Errorf("read the references of %s: %w", table, err)
		}
		if to == "" { // the parent's primary key
			to = "rowid"
		}
		refs = append(refs, reference{parent: parent, to: to,
			broken: fmt.Sprintf(`SELECT v FROM (SELECT DISTINCT c.%q AS v FROM %q c WHERE c.%q NOT BETWEEN ?1 AND ?2)
				WHERE v IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %q p WHERE p.%q = v) ORDER BY v LIMIT 1`,
				from, table, from, parent, to),
			row: fmt.Sprintf(`SELECT %s FROM %q c WHERE c.%q = ? ORDER BY 1 LIMIT 1`, pick, table, from),
		})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, false, fmt.Errorf("read the references of %s: %w", table, err)
	}
	for _, ref := range refs {
		low, high, err := denseIDs(ctx, tx, ref.parent, ref.to)
		if err != nil {
			return 0, false, err
		}
		var v any
		err = tx.QueryRowContext(ctx, ref.broken, low, high).Scan(&v)
		if err == nil {
			err = tx.QueryRowContext(ctx, ref.row, v).Scan(&rowid)
			if err == nil {
				return rowid, true, nil
			}
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, false, fmt.Errorf("check the references of %s: %w", table, err)
		}
	}
	return 0, false, nil
}

// denseIDs gives the lowest and highest id of table when column is its
// integer primary key and it has every id in between: the ids are then
// unique integers as many as the numbers from the one to the other. It
// gives 1 and 0, a range that holds nothing, otherwise. The minimum, the
// maximum and the count are each read from a B-tree without walking the
// rows, in milliseconds for 100,000 managers.
func denseIDs(ctx context.Context, tx *sql.Tx, table, column string) (low, high int64, err error) {
	var intKey bool
	err = tx.QueryRowContext(ctx, `SELECT count(*) = 1 AND max(name = ? COLLATE NOCASE AND upper(type) = 'INTEGER')
		FROM pragma_table_info(?) WHERE pk > 0`, column, table).Scan(&intKey)
	if err != nil || !intKey {
		return 1, 0, err
	}
	var lo, hi sql.NullInt64
	var n int64
	err = tx.QueryRowContext(ctx, fmt.Sprintf(`SELECT (SELECT min(%[1]q) FROM %[2]q), (SELECT max(%[1]q) FROM %[2]q), (SELECT count(*) FROM %[2]q)`,
		column, table)).Scan(&lo, &hi, &n)
	if err != nil {
		return 0, 0, fmt.Errorf("read the ids of %s: %w", table, err)
	}
	if !lo.Valid || !hi.Valid || hi.Int64-lo.Int64+1 != n {
		return 1, 0, nil
	}
	return lo.Int64, hi.Int64, nil
}
