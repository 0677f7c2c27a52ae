package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strconv"
)

// importCacheKiB is the page cache of an import's connection, 8 times the
// pool's 2 MB. 100,000 managers imported as fast with 16 MB as with 32 or
// 64 MB (SQLite spills the pages of a large transaction to the log either
// way, and reads them back from the disk cache), and each 16 MB more is
// 24 MB more memory for the whole process.
const importCacheKiB = 16 << 10

// importSession is the connection and transaction of one import. An import
// has a connection of its own so that its pragmas, which are per
// connection, are set for it alone and put back afterwards.
type importSession struct {
	db        *DB
	conn      *sql.Conn
	tx        *sql.Tx
	cacheSize int
	// autoCheckpoint is the connection's wal_autocheckpoint, put back
	// afterwards (see startImport).
	autoCheckpoint int
	write          bool
}

// startImport opens the transaction of an import: BEGIN IMMEDIATE for a
// real import, which takes the write lock for its whole length, or a read
// transaction for a dry run. The commit is durable like every other
// (synchronous=FULL in the DSN): "imported" is said once the log is on the
// disk.
//
// A real import writes with foreign_keys off. The only references it
// writes are those of the sector and language rows to the manager they
// were made for, written after that manager in the same transaction by
// the same code; checking each of 450,000 such rows against the managers
// table took half a second of a 100,000-line import. The tests check the
// references after every kind of import (foreign_key_check), and every
// other write of the application keeps the checks.
func (db *DB) startImport(ctx context.Context, dryRun bool) (*importSession, error) {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, storageError(db.path, fmt.Errorf("connect for the import: %w", err))
	}
	s := &importSession{db: db, conn: conn, write: !dryRun}
	for _, p := range []struct {
		pragma string
		value  *int
	}{{"cache_size", &s.cacheSize}, {"wal_autocheckpoint", &s.autoCheckpoint}} {
		if err := conn.QueryRowContext(ctx, `PRAGMA `+p.pragma).Scan(p.value); err != nil {
			conn.Close()
			return nil, fmt.Errorf("read %s: %w", p.pragma, err)
		}
	}
	// temp_store=MEMORY keeps the statement journals of the batched
	// inserts in memory instead of a temporary file: a third of an
	// import's time went to writing them.
	//
	// wal_autocheckpoint=0: the commit that makes the import durable
	// would otherwise go on to copy the whole log into the database file
	// (0.15 to 0.2 s for 100,000 managers) before the person is told. The
	// import asks for that copy on a goroutine of its own once it has
	// committed (DB.checkpointSoon); the log is already on the disk, so
	// nothing is less safe for it.
	pragmas := `PRAGMA wal_autocheckpoint = 0; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -` + strconv.Itoa(importCacheKiB)
	if s.write {
		pragmas += `; PRAGMA foreign_keys = OFF`
	}
	if _, err := conn.ExecContext(ctx, pragmas); err != nil {
		s.restore()
		return nil, fmt.Errorf("prepare the import: %w", err)
	}
	s.tx, err = conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: dryRun})
	if err != nil {
		s.restore()
		return nil, storageError(db.path, fmt.Errorf("begin the import: %w", err))
	}
	return s, nil
}

func (s *importSession) commit() error {
	if err := s.tx.Commit(); err != nil {
		return storageError(s.db.path, fmt.Errorf("commit the import: %w", err))
	}
	return nil
}

// end rolls back what was not committed and gives the connection back with
// the pool's pragmas.
func (s *importSession) end() {
	_ = s.tx.Rollback()
	s.restore()
}

// restore puts the pool's pragmas back. A connection whose pragmas cannot
// be put back (foreign keys off) must never serve another write: it is
// closed instead of going back to the pool.
//
// PRAGMA foreign_keys is silently ignored inside a transaction, and after a
// cancelled import database/sql may still be rolling the transaction back
// when this runs; so the setting is read back, not assumed.
func (s *importSession) restore() {
	bg := context.Background()
	_, err := s.conn.ExecContext(bg,
		`PRAGMA foreign_keys = ON; PRAGMA temp_store = DEFAULT; PRAGMA cache_size = `+strconv.Itoa(s.cacheSize)+
			`; PRAGMA wal_autocheckpoint = `+strconv.Itoa(s.autoCheckpoint))
	var fk int
	if err == nil {
		err = s.conn.QueryRowContext(bg, `PRAGMA foreign_keys`).Scan(&fk)
	}
	if err != nil || fk != 1 {
		_ = s.conn.Raw(func(any) error { return driver.ErrBadConn })
	}
	s.conn.Close()
}
