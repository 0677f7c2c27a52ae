package postgres

import (
	"context"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
)

// Two programs starting together on a new database: the advisory lock
// lets one migrate while the other waits, then finds the work done.
func TestConcurrentOpensMigrateOnce(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewEmptyDatabase(t)
	const n = 4
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			db, err := Open(ctx, url)
			if err == nil {
				err = db.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open %d: %v", i, err)
		}
	}
	raw := rawDB(t, url)
	var version, markers int
	if err := raw.QueryRowContext(ctx, `SELECT max(version), count(*) FROM interimdesk_schema`).Scan(&version, &markers); err != nil {
		t.Fatal(err)
	}
	if version != SchemaVersion() || markers != 1 {
		t.Errorf("marker: version %d in %d rows, want %d in 1", version, markers, SchemaVersion())
	}
}

// A migration that fails leaves the database at the version before it,
// with nothing of the failed migration in it.
func TestFailedMigrationChangesNothing(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewEmptyDatabase(t)
	saved := migrations
	t.Cleanup(func() { migrations = saved })
	migrations = append(append([]migration{}, saved...), migration{
		version: len(saved) + 1, name: "9999_broken.sql",
		sql: `CREATE TABLE half_done (id int); SELECT * FROM no_such_table;`,
	})
	if _, err := Open(ctx, url); err == nil {
		t.Fatal("Open with a broken migration: no error")
	}
	raw := rawDB(t, url)
	var version int
	var halfDone bool
	if err := raw.QueryRowContext(ctx, `SELECT (SELECT version FROM interimdesk_schema),
		to_regclass('half_done') IS NOT NULL`).Scan(&version, &halfDone); err != nil {
		t.Fatal(err)
	}
	if version != len(saved) || halfDone {
		t.Errorf("after the failed migration: version %d (want %d), half_done table %v", version, len(saved), halfDone)
	}
}

func TestLoadMigrationsRefusesGaps(t *testing.T) {
	for name, files := range map[string][]string{
		"gap":        {"migrations/0001_a.sql", "migrations/0003_c.sql"},
		"duplicate":  {"migrations/0001_a.sql", "migrations/0001_b.sql"},
		"unnumbered": {"migrations/init.sql"},
		"none":       nil,
	} {
		fsys := fstest.MapFS{}
		for _, f := range files {
			fsys[f] = &fstest.MapFile{Data: []byte("SELECT 1;")}
		}
		if _, err := loadMigrations(fsys); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
