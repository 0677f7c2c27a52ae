package main

// End-to-end tests: the binary is built once, without cgo as it ships, and
// run as a person or a script would, with its real exit status, streams and
// environment.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/sqlite"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "interimdesk-cli-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "interimdesk-cli")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building interimdesk-cli with CGO_ENABLED=0: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

// run runs the binary with INTERIMDESK_DB set to db (when not empty) and
// HOME pointing into the test's folder, so the default path can never reach
// the real user's database.
func run(t *testing.T, db string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	home := t.TempDir()
	cmd.Env = []string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"), "PATH=" + os.Getenv("PATH")}
	if db != "" {
		cmd.Env = append(cmd.Env, "INTERIMDESK_DB="+db)
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	code := 0
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code: code, stdout: out.String(), stderr: errOut.String()}
}

// demoDB returns a database path in the test's folder with the sample.
func demoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "interimdesk.db")
	if r := run(t, db, "demo"); r.code != 0 {
		t.Fatalf("demo: exit %d: %s", r.code, r.stderr)
	}
	return db
}

func decode(t *testing.T, r result, v any) {
	t.Helper()
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if err := json.Unmarshal([]byte(r.stdout), v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
}

type list struct {
	Total int               `json:"total"`
	Items []json.RawMessage `json:"items"`
}

// clientCount counts every client, archived ones included.
func clientCount(t *testing.T, db string) int {
	t.Helper()
	var l list
	decode(t, run(t, db, "clients", "list", "--archived", "--json"), &l)
	return l.Total
}

func managerCount(t *testing.T, db string) int {
	t.Helper()
	var l list
	decode(t, run(t, db, "managers", "list", "--inactive", "--json"), &l)
	return l.Total
}

func TestDemoThenCheck(t *testing.T) {
	db := filepath.Join(t.TempDir(), "nested", "interimdesk.db")
	r := run(t, "", "--db", db, "demo")
	if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "Loaded the sample firm") {
		t.Fatalf("demo: exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	r = run(t, "", "--db", db, "check")
	n := sqlite.SchemaVersion()
	if r.code != 0 || r.stdout != fmt.Sprintf("ok: integrity ok, schema %d of %d, file %s\n", n, n, db) {
		t.Errorf("check: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	info, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	if mode := info.Mode().Perm(); mode != 0o600 {
		t.Errorf("database file mode %v, want 0600: it holds personal data", mode)
	}
}

func TestDemoTwiceRefusesWithoutForce(t *testing.T) {
	db := demoDB(t)
	before := clientCount(t, db)
	r := run(t, db, "demo")
	if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "--force") || r.stdout != "" {
		t.Errorf("second demo: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if got := clientCount(t, db); got != before {
		t.Errorf("clients went from %d to %d", before, got)
	}
	r = run(t, db, "demo", "--force")
	if r.code != 0 || !strings.Contains(r.stdout, "The previous database was moved to "+db+".before-demo-") {
		t.Errorf("demo --force: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	backups, _ := filepath.Glob(db + ".before-demo-*")
	if len(backups) != 1 || clientCount(t, backups[0]) != before {
		t.Errorf("backups %v, want one holding the %d clients", backups, before)
	}
}

// Each refusal is one line naming the field, exit 1, and the database is the
// same afterwards.
func TestInvalidInputChangesNothing(t *testing.T) {
	db := demoDB(t)
	clients, managers := clientCount(t, db), managerCount(t, db)
	for _, tc := range []struct {
		name  string
		args  []string
		field string
	}{
		{"Belgian VAT with a wrong check", []string{"clients", "add", "--name", "X", "--country", "BE", "--vat", "BE0123456788", "--language", "nl"}, "VAT number:"},
		{"IBAN with a typo", []string{"managers", "add", "--name", "Jan Peeters", "--iban", "BE71 0961 2345 6768"}, "Company IBAN:"},
		{"negative day rate", []string{"managers", "add", "--name", "Jan Peeters", "--day-rate", "-850"}, "Day rate:"},
		{"invalid e-mail", []string{"clients", "add", "--name", "X", "--country", "BE", "--email", "info@acme", "--language", "nl"}, "Contact e-mail:"},
		{"invalid manager e-mail", []string{"managers", "add", "--name", "Jan Peeters", "--email", "jan@@acme.be"}, "E-mail:"},
		{"VAT already in use", []string{"clients", "add", "--name", "Copy NV", "--country", "BE", "--vat", "BE0656734540"}, "VAT number:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, db, tc.args...)
			if r.code != 1 {
				t.Errorf("exit %d, want 1", r.code)
			}
			lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], tc.field) {
				t.Errorf("stderr %q, want one line starting with %q", r.stderr, tc.field)
			}
			if r.stdout != "" {
				t.Errorf("stdout %q", r.stdout)
			}
			if c, m := clientCount(t, db), managerCount(t, db); c != clients || m != managers {
				t.Errorf("clients %d→%d, managers %d→%d", clients, c, managers, m)
			}
		})
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never.db")
	for _, args := range [][]string{
		{},
		{"invoices"},
		{"clients"},
		{"clients", "list", "--bogus"},
		{"clients", "show"},
		{"managers", "show", "twelve"},
		{"proposals", "show", "1", "2"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := run(t, db, args...)
			if r.code != 2 || !strings.HasPrefix(r.stderr, "interimdesk-cli: ") || !strings.Contains(r.stderr, "usage:") || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
		})
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a usage error created the database")
	}
	for _, args := range [][]string{{"--help"}, {"help"}, {"managers", "add", "--help"}} {
		r := run(t, db, args...)
		if r.code != 0 || !strings.Contains(r.stdout, "usage:") || r.stderr != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
}

func TestJSONOutputParses(t *testing.T) {
	db := demoDB(t)
	for _, args := range [][]string{
		{"clients", "list", "--json"},
		{"managers", "list", "--json"},
		{"managers", "search", "finance", "--json"},
		{"proposals", "list", "--json"},
		{"engagements", "list", "--json"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var l list
			decode(t, run(t, db, args...), &l)
			if l.Total == 0 || len(l.Items) == 0 {
				t.Errorf("empty list %+v", l)
			}
			var first struct {
				ID int64 `json:"id"`
			}
			if err := json.Unmarshal(l.Items[0], &first); err != nil || first.ID <= 0 {
				t.Errorf("first item has no id: %s", l.Items[0])
			}
			show := []string{args[0], "show", fmt.Sprint(first.ID), "--json"}
			if args[0] == "managers" && args[1] == "search" {
				return
			}
			var one map[string]any
			decode(t, run(t, db, show...), &one)
			if one["id"] != float64(first.ID) {
				t.Errorf("%v returned id %v", show, one["id"])
			}
			if args[0] == "proposals" {
				if _, ok := one["totals"].(map[string]any); !ok {
					t.Errorf("proposals show --json has no totals object: %v", one)
				}
			}
		})
	}
}

func names(t *testing.T, r result) []string {
	t.Helper()
	var l struct {
		Items []struct {
			Name string `json:"name"`
		} `json:"items"`
	}
	decode(t, r, &l)
	var out []string
	for _, m := range l.Items {
		out = append(out, m.Name)
	}
	return out
}

func TestSearchManagers(t *testing.T) {
	db := demoDB(t)
	got := names(t, run(t, db, "managers", "search", "cfo", "--language", "fr", "--sort", "name", "--json"))
	want := []string{"Frédéric Dumont", "Gérard Van den Bossche", "Hélène Lambert", "Joëlle Dubois"}
	if !slices.Equal(got, want) {
		t.Errorf("French-speaking CFOs by name: got %q, want %q", got, want)
	}
	// Without --sort a search lists the best match first: the same four.
	best := names(t, run(t, db, "managers", "search", "cfo", "--language", "fr", "--json"))
	if slices.Sort(best); !slices.Equal(best, want) {
		t.Errorf("French-speaking CFOs best first: got %q, want the same four as by name", best)
	}
	for _, tc := range []struct{ query, want string }{
		{"gerard", "Gérard Van den Bossche"},
		{"GÉRARD", "Gérard Van den Bossche"},
		{"claeys", "Inge Claeÿs"},
		{"joelle", "Joëlle Dubois"},
		{"daniel vries", "Daniël de Vries"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			got := names(t, run(t, db, "managers", "search", tc.query, "--json"))
			if !slices.Equal(got, []string{tc.want}) {
				t.Errorf("search %q: got %q, want %q", tc.query, got, tc.want)
			}
		})
	}
	r := run(t, db, "managers", "search", "cfo", "--language", "fr")
	if r.code != 0 || !strings.HasSuffix(r.stdout, "4 of 4 managers\n") || !strings.Contains(r.stdout, "Joëlle Dubois") {
		t.Errorf("table: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}
