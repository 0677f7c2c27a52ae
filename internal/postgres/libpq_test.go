package postgres

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
	"github.com/jackc/pgx/v5"
)

// With an empty connection string, everything comes from the PG*
// variables, as for psql.
func TestOpenReadsPGEnvironment(t *testing.T) {
	u, err := url.Parse(pgtest.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PGHOST", u.Query().Get("host"))
	t.Setenv("PGDATABASE", strings.TrimPrefix(u.Path, "/"))
	t.Setenv("PGUSER", u.User.Username())
	t.Setenv("PGSSLMODE", "disable")
	db, err := Open(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if want := "postgres://" + u.User.Username() + "@" + u.Path; !strings.HasPrefix(db.Name(), want) {
		t.Errorf("Name() = %q, want it to start with %q", db.Name(), want)
	}
}

// A password comes from ~/.pgpass (or PGPASSFILE) when the URL has none,
// in the settings Open uses.
func TestPasswordFromPgpass(t *testing.T) {
	pass := filepath.Join(t.TempDir(), "pgpass")
	if err := os.WriteFile(pass, []byte("db.firm.example:5432:interimdesk:alice:from the file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PGPASSFILE", pass)
	t.Setenv("PGPASSWORD", "")
	cfg, err := pgx.ParseConfig("postgres://alice@db.firm.example/interimdesk?sslmode=verify-full")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Password != "from the file" {
		t.Errorf("password %q, want the one of the pgpass file", cfg.Password)
	}
	if cfg.TLSConfig == nil || cfg.TLSConfig.InsecureSkipVerify || cfg.TLSConfig.ServerName != "db.firm.example" {
		t.Errorf("sslmode=verify-full: TLS %+v, want the certificate checked for db.firm.example", cfg.TLSConfig)
	}
}

// A refusal never shows the password of the connection string.
func TestOpenErrorsHideThePassword(t *testing.T) {
	u, err := url.Parse(pgtest.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, dsn := range []string{
		"postgres://someone:s3cret-pw@/no_such_database?host=" + url.QueryEscape(u.Query().Get("host")),
		"postgres://someone:s3cret-pw@localhost:1/x?connect_timeout=2",
		"postgres://someone:s3cret-pw@%zz/x",
	} {
		_, err := Open(context.Background(), dsn)
		if err == nil {
			t.Fatalf("Open(%q): no error", dsn)
		}
		if strings.Contains(err.Error(), "s3cret-pw") {
			t.Errorf("the error shows the password: %v", err)
		}
	}
}

// A connection that fails is a sentence that says whom to ask.
func TestOpenSaysWhyItCannotConnect(t *testing.T) {
	u, err := url.Parse(pgtest.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	socket := url.QueryEscape(u.Query().Get("host"))
	for _, tc := range []struct {
		dsn, want string
	}{
		{"postgres://" + u.User.Username() + "@/no_such_database?host=" + socket, "does not exist on its server"},
		{"postgres://no_such_role@" + u.Path + "?host=" + socket, "does not let no_such_role in"},
		{"postgres://someone@/x?host=%2Fno%2Fsuch%2Ffolder", "cannot be reached"},
	} {
		_, err := Open(context.Background(), tc.dsn)
		wantCode(t, err, domain.EINVALID)
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Open(%s): %v; want %q", tc.dsn, err, tc.want)
		}
	}
}
