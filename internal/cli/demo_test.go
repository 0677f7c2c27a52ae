package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/sqlite"
)

func TestDemoThenCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "interimdesk.db")
	r := cli(t, "--db", path, "demo")
	mustOK(t, r)
	for _, w := range []string{
		"Loaded the sample firm Schelde Interim & Advies BV into " + path,
		"11 clients (1 archived)",
		"29 managers (2 inactive)",
		"8 proposals: 2 draft, 2 issued, 2 accepted, 1 declined, 1 expired",
		"6 engagements: 1 planned, 2 active, 2 completed, 1 terminated",
	} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("demo output lacks %q:\n%s", w, r.stdout)
		}
	}
	if got := counts(t, path); got != [4]int{11, 29, 8, 6} {
		t.Errorf("counts %v after demo", got)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.demo-tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}

	r = cli(t, "--db", path, "check")
	mustOK(t, r)
	if !strings.HasPrefix(r.stdout, "ok: integrity ok, schema ") || !strings.HasSuffix(r.stdout, ", file "+path+"\n") {
		t.Errorf("check printed %q", r.stdout)
	}
}

// The sample goes into an empty database only; --force keeps the old data
// in a backup and starts afresh.
func TestDemoRefusesDataUnlessForced(t *testing.T) {
	path := demoCopy(t)
	mustOK(t, cli(t, "--db", path, "clients", "add", "--name", "Extra NV", "--country", "BE", "--language", "nl"))
	before := counts(t, path)

	r := cli(t, "--db", path, "demo")
	mustRefuse(t, r, path, "already holds data", "--force")
	if got := counts(t, path); got != before {
		t.Errorf("refused demo changed the counts from %v to %v", before, got)
	}

	r = cli(t, "--db", path, "demo", "--force")
	mustOK(t, r)
	backup := path + ".before-demo-20270115-093000"
	if !strings.Contains(r.stdout, "moved to "+backup) {
		t.Errorf("demo --force does not name the backup %s:\n%s", backup, r.stdout)
	}
	if got := counts(t, path); got != [4]int{11, 29, 8, 6} {
		t.Errorf("counts %v after demo --force, want a fresh sample", got)
	}
	if got := counts(t, backup); got != before {
		t.Errorf("backup holds %v, want the old %v", got, before)
	}

	// Again in the same second (the test clock stands still): the first
	// backup, the only copy of the old data, must survive.
	r = cli(t, "--db", path, "demo", "--force")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "moved to "+backup+"-2.") {
		t.Errorf("second backup not named %s-2:\n%s", backup, r.stdout)
	}
	if got := counts(t, backup); got != before {
		t.Errorf("first backup now holds %v, want the old %v", got, before)
	}
}

// A database that holds only the schema counts as empty: the app was started
// once, nothing was entered yet.
func TestDemoIntoEmptyDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	r := cli(t, "--db", path, "demo")
	mustOK(t, r)
	if strings.Contains(r.stdout, "moved to") {
		t.Errorf("an empty database was kept as a backup:\n%s", r.stdout)
	}
	if got := counts(t, path); got != [4]int{11, 29, 8, 6} {
		t.Errorf("counts %v after demo", got)
	}
}

func TestDemoAndCheckRefuse(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(foreign, []byte("these are not the droids you are looking for\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"check without a file", []string{"--db", filepath.Join(dir, "missing.db"), "check"}, "There is no database at"},
		{"list without a file", []string{"--db", filepath.Join(dir, "missing.db"), "clients", "list"}, "There is no database at"},
		{"check of a foreign file", []string{"--db", foreign, "check"}, foreign},
		{"demo over a foreign file", []string{"--db", foreign, "demo", "--force"}, foreign},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mustRefuse(t, cli(t, tc.args...), tc.want)
		})
	}
	if exists(filepath.Join(dir, "missing.db")) {
		t.Error("a reading command created the database")
	}
	if b, _ := os.ReadFile(foreign); string(b) != "these are not the droids you are looking for\n" {
		t.Errorf("the foreign file was changed: %q", b)
	}
}

// An unknown size is refused with a sentence naming the flag, before any
// file is made.
func TestDemoSizeUnknown(t *testing.T) {
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	r := cli(t, "--db", path, "demo", "--size", "huge")
	if r.code != 2 || !strings.Contains(r.stderr, `--size must be small or large, not "huge"`) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(path); err == nil {
		t.Errorf("a refused demo made %s", path)
	}
}
