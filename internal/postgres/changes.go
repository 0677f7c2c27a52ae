package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/stdlib"
)

// changeChannel is where every write to what people see is announced
// (migration 0003).
const changeChannel = "interimdesk_changes"

// WatchChanges reports the writes of everybody on the database: a
// colleague's window, the command line, and this process's own. One
// connection kept for the watch LISTENs; after the first notice it gathers
// the others of the interval and reports them once, so that an import of
// a thousand rows or a burst of saves reads the lists again one time.
func (db *DB) WatchChanges(ctx context.Context, every time.Duration, changed func()) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return watchError(ctx, err)
	}
	defer conn.Close()
	return conn.Raw(func(driverConn any) error {
		sc, ok := driverConn.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("watch for changes: the driver's connection is a %T", driverConn)
		}
		pc := sc.Conn()
		if _, err := pc.Exec(ctx, "LISTEN "+changeChannel); err != nil {
			return watchError(ctx, err)
		}
		for {
			if _, err := pc.WaitForNotification(ctx); err != nil {
				return watchError(ctx, err)
			}
			gather, cancel := context.WithTimeout(ctx, every)
			for {
				if _, err := pc.WaitForNotification(gather); err != nil {
					break // the interval is over (or ctx is done, seen below)
				}
			}
			cancel()
			if ctx.Err() != nil {
				return nil
			}
			changed()
		}
	})
}

// watchError is nil when the watch ended because ctx did.
func watchError(ctx context.Context, err error) error {
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		return nil
	}
	return fmt.Errorf("watch for changes: %w", err)
}
