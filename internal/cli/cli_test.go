package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// testNow is the instant every in-process command line runs at: the demo's
// dates, the store's timestamps and "today" all follow from it.
var testNow = time.Date(2027, 1, 15, 9, 30, 0, 0, time.UTC)

// demoFile is a database with the sample loaded once by TestMain; tests
// that need the sample get their own copy, so they can write to it.
var demoFile string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "interimdesk-cli-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	demoFile = filepath.Join(dir, "demo.db")
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"--db", demoFile, "demo"}, io.Discard, &stderr, noEnv, testNow)
	if code != 0 {
		fmt.Fprintf(os.Stderr, "loading the demo for the tests failed (%d): %s", code, stderr.String())
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code = m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func noEnv(string) string { return "" }

// englishEnv is the environment of a child interimdesk-cli whose English
// output a test reads: the machine's, with the language chosen, since the
// locale of the machine running the tests may be Dutch or French.
func englishEnv() []string { return append(os.Environ(), "INTERIMDESK_LANG=en") }

// result is what one command line did.
type result struct {
	code           int
	stdout, stderr string
}

// cli runs a command line in-process with no environment.
func cli(t *testing.T, args ...string) result {
	t.Helper()
	return cliEnv(t, noEnv, args...)
}

func cliEnv(t *testing.T, env func(string) string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut, env, testNow)
	return result{code: code, stdout: out.String(), stderr: errOut.String()}
}

// demoCopy returns the path of a private copy of the sample database.
func demoCopy(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(demoFile)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "demo.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// mustOK fails the test unless the command succeeded quietly.
func mustOK(t *testing.T, r result) {
	t.Helper()
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q, stdout %q", r.code, r.stderr, r.stdout)
	}
}

// mustRefuse checks a refusal: exit 1, exactly one line on stderr that
// contains each of the wanted parts, nothing on stdout.
func mustRefuse(t *testing.T, r result, want ...string) {
	t.Helper()
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (stderr %q)", r.code, r.stderr)
	}
	if strings.Count(r.stderr, "\n") != 1 || !strings.HasSuffix(r.stderr, "\n") {
		t.Errorf("stderr is not exactly one line: %q", r.stderr)
	}
	for _, w := range want {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr %q does not contain %q", r.stderr, w)
		}
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}
}

// decode parses --json output into v.
func decode(t *testing.T, r result, v any) {
	t.Helper()
	mustOK(t, r)
	if err := json.Unmarshal([]byte(r.stdout), v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, r.stdout)
	}
}

// counts returns how many clients, managers, proposals and engagements the
// database holds, read through the store rather than the command line.
func counts(t *testing.T, path string) [4]int {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := sqlite.NewServices(db, sqlite.Printers{})
	var n [4]int
	if _, n[0], err = s.Clients.FindClients(ctx, domain.ClientFilter{IncludeArchived: true}); err != nil {
		t.Fatal(err)
	}
	if _, n[1], err = s.Managers.FindManagers(ctx, domain.ManagerFilter{IncludeInactive: true}); err != nil {
		t.Fatal(err)
	}
	if _, n[2], err = s.Proposals.FindProposals(ctx, domain.ProposalFilter{}); err != nil {
		t.Fatal(err)
	}
	if _, n[3], err = s.Engagements.FindEngagements(ctx, domain.EngagementFilter{}); err != nil {
		t.Fatal(err)
	}
	return n
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
