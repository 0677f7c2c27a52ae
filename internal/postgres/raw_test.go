package postgres

import (
	"database/sql"
	"strconv"
	"testing"
)

// rawDB is a plain connection to the database at url, for a test to set
// up what the store would refuse to write.
func rawDB(t testing.TB, url string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
