package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
)

// TestMain runs the package's tests against a throw-away PostgreSQL
// (pgtest), whose template database is migrated once by Open.
func TestMain(m *testing.M) {
	pgtest.Main(m, Migrate)
}

// testNow is the clock of every test database: Saturday 9 May 2026.
var testNow = time.Date(2026, time.May, 9, 10, 30, 0, 0, time.UTC)

// openTestDB opens a fresh database of its own for t, migrated, with the
// fixed clock.
func openTestDB(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), pgtest.NewDatabase(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	db.Now = func() time.Time { return testNow }
	return db
}
