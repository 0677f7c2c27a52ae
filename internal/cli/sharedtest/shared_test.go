// Package sharedtest runs interimdesk-cli against the firm's shared
// database: a throw-away PostgreSQL (pgtest) named by a postgres:// URL in
// --db, as docs/TEAM.md sets it up.
package sharedtest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/cli"
	"github.com/interimdesk/interimdesk/internal/postgres"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
)

func TestMain(m *testing.M) {
	pgtest.Main(m, postgres.Migrate)
}

type result struct {
	code           int
	stdout, stderr string
}

func run(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	env := func(k string) string {
		if k == "INTERIMDESK_LANG" {
			return "en"
		}
		return ""
	}
	code := cli.Run(context.Background(), args, &out, &errOut, env)
	return result{code, out.String(), errOut.String()}
}

// The sample firm goes onto the shared database whole, the lists and an
// export read it back, and what works on a file alone says so.
func TestCommandLineOnTheSharedDatabase(t *testing.T) {
	url := pgtest.NewDatabase(t)
	r := run(t, "--db", url, "demo")
	if r.code != 0 || !strings.Contains(r.stdout, "29 managers (2 inactive)") {
		t.Fatalf("demo: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout, "password") {
		t.Errorf("the URL shown carries a password: %q", r.stdout)
	}
	r = run(t, "--db", url, "managers", "search", "gerard")
	if r.code != 0 || !strings.Contains(r.stdout, "Gérard Van den Bossche") {
		t.Errorf("search: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	// A second load is refused: the database holds data.
	if r = run(t, "--db", url, "demo"); r.code != 1 {
		t.Errorf("a second demo: exit %d, stdout %q", r.code, r.stdout)
	}

	out := filepath.Join(t.TempDir(), "all.json")
	if r = run(t, "--db", url, "export", "all", "-o", out); r.code != 0 {
		t.Fatalf("export all: exit %d, stderr %q", r.code, r.stderr)
	}
	if b, err := os.ReadFile(out); err != nil || !bytes.Contains(b, []byte("Schelde Interim")) {
		t.Errorf("the export does not hold the firm: %v", err)
	}

	for _, args := range [][]string{{"backup"}, {"check"}, {"restore", out}} {
		r = run(t, append([]string{"--db", url}, args...)...)
		if r.code != 1 || !strings.Contains(r.stderr, "works on a database file, not on the shared database") {
			t.Errorf("%s: exit %d, stderr %q", args[0], r.code, r.stderr)
		}
	}
}
