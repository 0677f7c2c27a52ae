package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// WatchChanges reports writes to the file by any other connection: another
// window or the command line on the same file, or this process's own
// other connections. SQLite counts them for each connection in PRAGMA
// data_version, so one connection kept for the watch asks it every
// interval; the question reads no page of the file and takes no lock that
// a writer waits for.
func (db *DB) WatchChanges(ctx context.Context, every time.Duration, changed func()) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return storageError(db.path, fmt.Errorf("watch for changes: %w", err))
	}
	defer conn.Close()
	version := func() (int64, error) {
		var v int64
		err := conn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v)
		return v, err
	}
	last, err := version()
	if err != nil {
		return watchError(ctx, db.path, err)
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		v, err := version()
		if err != nil {
			return watchError(ctx, db.path, err)
		}
		if v != last {
			last = v
			changed()
		}
	}
}

// watchError is nil when the watch ended because ctx did.
func watchError(ctx context.Context, path string, err error) error {
	if ctx.Err() != nil || errors.Is(err, sql.ErrConnDone) {
		return nil
	}
	return storageError(path, fmt.Errorf("watch for changes: %w", err))
}
