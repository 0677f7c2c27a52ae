package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
)

// An empty database is made ours: every migration applied, the marker at
// the last version.
func TestOpenMigratesEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, pgtest.NewEmptyDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var app string
	var version int
	if err := db.db.QueryRowContext(ctx, `SELECT application, version FROM interimdesk_schema`).Scan(&app, &version); err != nil {
		t.Fatal(err)
	}
	if app != "Interim Desk" || version != SchemaVersion() {
		t.Errorf("marker = %q, %d; want Interim Desk, %d", app, version, SchemaVersion())
	}
}

func TestOpenTwiceKeepsSchema(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	for range 2 {
		db, err := Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := domain.ErrorCode(err); got != code {
		t.Fatalf("error %v has code %q, want %q", err, got, code)
	}
}

func TestOpenRefusesForeignAndNewerDatabases(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		setup string
		want  string
	}{
		{"another application's tables", `CREATE TABLE invoices (id int)`, "is not an Interim Desk database"},
		{"another application's marker", `CREATE TABLE interimdesk_schema (only_row boolean primary key default true, application text not null, version int not null);
			INSERT INTO interimdesk_schema (application, version) VALUES ('Other', 1)`, "is not an Interim Desk database"},
		{"a newer schema", `UPDATE interimdesk_schema SET version = version + 1`, "was made by a newer version of Interim Desk"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url := pgtest.NewEmptyDatabase(t)
			if strings.Contains(tc.name, "newer") {
				url = pgtest.NewDatabase(t)
			}
			raw := rawDB(t, url)
			if _, err := raw.ExecContext(ctx, tc.setup); err != nil {
				t.Fatal(err)
			}
			_, err := Open(ctx, url)
			wantCode(t, err, domain.EINVALID)
			if !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "password") {
				t.Errorf("Open: %v; want %q", err, tc.want)
			}
		})
	}
}
