package postgres

import (
	"context"
	"database/sql"
	"sync"
	"testing"
)

// Two SERIALIZABLE transactions that each count the settings and add one
// keyed by the count would both add key 0 if they ran side by side;
// PostgreSQL aborts one with a serialization failure, and inTx runs it
// again from the start, when it counts 1.
func TestWriteSerializableRetriesConflicts(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	var bothRead sync.WaitGroup
	bothRead.Add(2)
	var attempts [2]int
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 {
		wg.Go(func() {
			errs[i] = db.writeSerializable(ctx, func(tx *sql.Tx) error {
				attempts[i]++
				var n int
				if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM settings WHERE key LIKE 'k%'`).Scan(&n); err != nil {
					return err
				}
				if attempts[i] == 1 {
					// Both have read before either writes.
					bothRead.Done()
					bothRead.Wait()
				}
				_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('k' || $1::integer, 'x')`, n)
				return err
			})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("transaction %d: %v", i, err)
		}
	}
	if attempts[0]+attempts[1] < 3 {
		t.Errorf("attempts %v: no transaction was run again", attempts)
	}
	var keys []string
	rows, err := db.db.QueryContext(ctx, `SELECT key FROM settings WHERE key LIKE 'k%' ORDER BY key`)
	if err != nil {
		t.Fatal(err)
	}
	keys, err = scanAll(rows, func(s scanner) (k string, err error) { return k, s.Scan(&k) })
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 2 || keys[0] != "k0" || keys[1] != "k1" {
		t.Errorf("keys %q, want k0 and k1", keys)
	}
}

// A failure that is no conflict between transactions is not retried.
func TestWriteDoesNotRetryOtherErrors(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	attempts := 0
	err := db.write(ctx, func(tx *sql.Tx) error {
		attempts++
		_, err := tx.ExecContext(ctx, `INSERT INTO no_such_table VALUES (1)`)
		return err
	})
	if err == nil || attempts != 1 {
		t.Errorf("err %v after %d attempts, want an error after 1", err, attempts)
	}
}
