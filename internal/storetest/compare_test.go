package storetest_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
	"github.com/interimdesk/interimdesk/internal/storetest"
)

// TestStoresAgree runs the ranking and summarising services on the same
// records in SQLite and PostgreSQL and compares their answers.
func TestStoresAgree(t *testing.T) {
	storetest.Compare(t,
		func(t *testing.T, now func() time.Time) storetest.Store {
			return openSQLite(t, filepath.Join(t.TempDir(), "interimdesk.db"), now)
		},
		func(t *testing.T, now func() time.Time) storetest.Store {
			return openPostgres(t, pgtest.NewDatabase(t), now)
		})
}
