package cli

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"

	_ "modernc.org/sqlite"
)

// acceptedDemo is a copy of the sample with proposal 8's mandate accepted:
// engagement 7, for Delta Chemicals, in English under Belgian law.
func acceptedDemo(t *testing.T) string {
	t.Helper()
	db := demoCopy(t)
	if r := cli(t, "--db", db, "engagements", "accept", deltaProposal, "--option", "interim"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	return db
}

func TestContractRender(t *testing.T) {
	db := acceptedDemo(t)
	dir := outDir(t)
	first, again := filepath.Join(dir, "c.pdf"), filepath.Join(dir, "again.pdf")
	r := cli(t, "--db", db, "contract", "render", "7", "-o", first)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Wrote CTR-2027-0007 version 1 (en, BE law, printed on 2027-01-15, sha256 ") {
		t.Fatalf("render: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	text := pdfText(t, first)
	for _, want := range []string{"Management agreement", "CTR-2027-0007", "Schelde Interim & Advies BV", "Delta Chemicals Europe B.V.",
		"hereinafter “the Manager”", "€1,500.00", "30 days", "Name and position", "Place and date", "Signature", "Page 1 of"} {
		if !strings.Contains(text, want) {
			t.Errorf("the contract lacks %q", want)
		}
	}
	// Changed since: the reprint is the frozen version all the same.
	if r := cli(t, "--db", db, "engagements", "extend", "7", "--to", "2027-12-31"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if r := cli(t, "--db", db, "contract", "render", "7", "-o", again); r.code != 0 || !bytes.Equal(readFile(t, first), readFile(t, again)) {
		t.Errorf("reprint: exit %d %s, or other bytes", r.code, r.stderr)
	}
	preview := filepath.Join(dir, "preview.pdf")
	r = cli(t, "--db", db, "contract", "render", "7", "--preview", "-o", preview)
	if r.code != 0 || !strings.Contains(r.stdout, "nothing was frozen") || !strings.Contains(pdfText(t, preview), "31 December 2027") {
		t.Errorf("preview: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
	r = cli(t, "--db", db, "contract", "reissue", "7", "--json")
	var v contractJSON
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &v) != nil || v.Version != 2 || v.Number != "CTR-2027-0007" {
		t.Fatalf("reissue: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
	wantRefusal(t, cli(t, "--db", db, "contract", "reissue", "7"), "already shows engagement 7 as it stands; there is nothing to reissue")
	old := filepath.Join(dir, "v1.pdf")
	if r := cli(t, "--db", db, "contract", "render", "7", "--version", "1", "-o", old); r.code != 0 || !bytes.Equal(readFile(t, old), readFile(t, first)) {
		t.Errorf("version 1: exit %d %s", r.code, r.stderr)
	}
	h := cli(t, "--db", db, "contract", "history", "7")
	if h.code != 0 || !strings.Contains(h.stdout, "2 of 2 versions") {
		t.Errorf("history: %s %s", h.stdout, h.stderr)
	}
	if names := folderNames(t, dir); len(names) != 4 {
		t.Errorf("the folder holds %v", names)
	}

	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"render", "7"}, exitUsage, "missing -o FILE.pdf"},
		{[]string{"render", "7", "--preview", "--version", "1", "-o", old}, exitUsage, "--preview and --version exclude each other"},
		{[]string{"render", "99", "-o", old, "--force"}, exitFailed, "There is no engagement with number 99"},
		{[]string{"render", "7", "--version", "5", "-o", old, "--force"}, exitFailed, "Engagement 7 has no printed contract version 5."},
		{[]string{"render", "7", "-o", filepath.Join(dir, "missing", "c.pdf")}, exitFailed, "does not exist"},
		{[]string{"reissue", "1"}, exitFailed, "was never printed; print it first"},
	} {
		r := cli(t, append([]string{"--db", db, "contract"}, tc.args...)...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d with %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
	}
}

// TestContractRenderTampered refuses to write a printed contract whose bytes
// no longer match the SHA-256 taken when it was printed.
func TestContractRenderTampered(t *testing.T) {
	db := acceptedDemo(t)
	out := filepath.Join(outDir(t), "c.pdf")
	if r := cli(t, "--db", db, "contract", "render", "7", "-o", out); r.code != 0 {
		t.Fatal(r.stderr)
	}
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TRIGGER contract_versions_frozen_update`, `UPDATE contract_versions SET pdf = x'00' || pdf`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	os.Remove(out)
	wantRefusal(t, cli(t, "--db", db, "contract", "render", "7", "-o", out),
		"does not match the SHA-256 recorded when it was printed")
	if _, err := os.Stat(out); err == nil {
		t.Error("the altered contract was written")
	}
}

func TestContractBatch(t *testing.T) {
	db := acceptedDemo(t)
	dir := outDir(t)
	r := cli(t, "--db", db, "contract", "batch", "--out", dir, "--progress", "--json")
	var got struct {
		Written int      `json:"written"`
		Files   []string `json:"files"`
	}
	// Two active mandates, each with its client and its manager agreement,
	// named so that an engagement's two sort together.
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &got) != nil || got.Written != 4 {
		t.Fatalf("batch: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r.stderr != "contract batch: 1 of 4 contracts\ncontract batch: 2 of 4 contracts\ncontract batch: 3 of 4 contracts\ncontract batch: 4 of 4 contracts\n" {
		t.Errorf("progress %q", r.stderr)
	}
	for i, f := range got.Files {
		number, party, _ := strings.Cut(strings.TrimSuffix(filepath.Base(f), ".pdf"), "-v1-")
		if want := []string{"client", "manager"}[i%2]; party != want {
			t.Errorf("file %d is %s, want the %s agreement", i, f, want)
		}
		if i%2 == 1 && !strings.HasPrefix(filepath.Base(got.Files[i-1]), number+"-") {
			t.Errorf("%s does not follow %s", f, got.Files[i-1])
		}
		if !strings.Contains(pdfText(t, f), number) {
			t.Errorf("%s does not show its number", f)
		}
	}
	r = cli(t, "--db", db, "contract", "batch", "--status", "all", "--out", dir)
	if r.code != 0 || r.stdout != "Wrote 13 contracts to "+dir+".\n" {
		t.Errorf("all: exit %d %q %q", r.code, r.stdout, r.stderr)
	}
	r = cli(t, "--db", db, "contract", "batch", "--ids", "1,7", "--out", dir)
	if r.code != 0 || r.stdout != "Wrote 4 contracts to "+dir+".\n" {
		t.Errorf("ids: exit %d %q %q", r.code, r.stdout, r.stderr)
	}
	if r := cli(t, "--db", db, "contract", "batch", "--client", "999", "--out", dir); r.code != 0 || !strings.HasPrefix(r.stdout, "No engagement matches") {
		t.Errorf("none: %q %q", r.stdout, r.stderr)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"batch"}, exitUsage, "missing --out DIR"},
		{[]string{"batch", "--out", dir, "--status", "paused"}, exitUsage, "--status must be planned, active, completed, terminated or all"},
		{[]string{"batch", "--out", dir, "--ids", "1,x"}, exitUsage, `--ids takes engagement IDs separated by commas, such as 3,7,12; "x" is not one`},
		{[]string{"batch", "--out", filepath.Join(dir, "nope")}, exitFailed, "Folder: " + filepath.Join(dir, "nope") + " does not exist"},
		{[]string{"batch", "--out", dir, "--ids", "99"}, exitFailed, "The batch stopped at engagement 99: There is no engagement with number 99"},
	} {
		r := cli(t, append([]string{"--db", db, "contract"}, tc.args...)...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d with %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
	}
}

// cancelOnProgress cancels the command line once the batch reports its
// first contract, as Ctrl-C would.
type cancelOnProgress struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	cancel context.CancelFunc
}

func (w *cancelOnProgress) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if bytes.Contains(p, []byte("contract batch: 1 of")) {
		w.cancel()
	}
	return w.buf.Write(p)
}

// TestContractBatchCancelled stops a batch as Ctrl-C does: one line says
// how far it came, and the folder holds only whole contracts.
func TestContractBatchCancelled(t *testing.T) {
	db := acceptedDemo(t)
	dir := outDir(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := &cancelOnProgress{cancel: cancel}
	var stdout bytes.Buffer
	code := run(ctx, []string{"--db", db, "contract", "batch", "--status", "all", "--out", dir, "--progress"}, &stdout, stderr, noEnv, testNow)
	lines := strings.Split(strings.TrimSpace(stderr.buf.String()), "\n")
	last := lines[len(lines)-1]
	if code != exitFailed || !strings.HasPrefix(last, "Stopped after ") || !strings.HasSuffix(last, "no half-written file was left.") || stdout.Len() != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.buf.String())
	}
	for _, name := range folderNames(t, dir) {
		if !(strings.HasSuffix(name, "-v1-client.pdf") || strings.HasSuffix(name, "-v1-manager.pdf")) || strings.HasPrefix(name, ".") {
			t.Errorf("left behind: %s", name)
			continue
		}
		tool(t, "qpdf", "--check", filepath.Join(dir, name))
	}
}

func TestContractTermsAndClauses(t *testing.T) {
	db := acceptedDemo(t)
	dir := t.TempDir()
	authority := filepath.Join(dir, "authority.txt")
	if err := os.WriteFile(authority, []byte("Signs payments up to €100,000\r\nHires and dismisses integration staff\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := cli(t, "--db", db, "contract", "terms", "7", "--authority", authority, "--non-solicit-months", "18", "--json")
	var terms domain.ContractTerms
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &terms) != nil || terms.Authority != "Signs payments up to €100,000\nHires and dismisses integration staff" ||
		terms.NonSolicitMonths != 18 || terms.Rev != 1 || !strings.HasPrefix(terms.Assignment, "Integration office and plan") {
		t.Fatalf("terms: exit %d %+v %s", r.code, terms, r.stderr)
	}
	wantRefusal(t, cli(t, "--db", db, "contract", "terms", "7", "--liability-months", "0"), "Liability cap: must be between 1 and 36 months of fees.")

	body := filepath.Join(dir, "expenses.txt")
	if err := os.WriteFile(body, []byte("All expenses are included in the fee of {day_rate} a day."), 0o600); err != nil {
		t.Fatal(err)
	}
	r = cli(t, "--db", db, "contract", "clause", "expenses", "--lang", "en", "--set", body)
	if r.code != 0 || !strings.Contains(r.stdout, "expenses (BE template, en): the firm's own text") {
		t.Fatalf("clause --set: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
	r = cli(t, "--db", db, "contract", "clauses", "--lang", "en")
	if r.code != 0 || !strings.Contains(r.stdout, "the firm's (rev 1)") || !strings.Contains(r.stdout, "clauses of the BE template in en") {
		t.Errorf("clauses: %s %s", r.stdout, r.stderr)
	}
	out := filepath.Join(dir, "c.pdf")
	if r := cli(t, "--db", db, "contract", "render", "7", "-o", out); r.code != 0 {
		t.Fatal(r.stderr)
	}
	text := pdfText(t, out)
	for _, want := range []string{"All expenses are included in the fee of €1,500.00 a day.", "Hires and dismisses integration staff", "18 months"} {
		if !strings.Contains(text, want) {
			t.Errorf("the contract lacks %q", want)
		}
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("Within {notice_days}."), 0o600); err != nil {
		t.Fatal(err)
	}
	wantRefusal(t, cli(t, "--db", db, "contract", "clause", "expenses", "--lang", "en", "--set", bad), "Text: {notice_days} is not a placeholder")
	if r := cli(t, "--db", db, "contract", "clause", "expenses", "--lang", "en", "--reset"); r.code != 0 || !strings.Contains(r.stdout, "the default text") {
		t.Errorf("reset: %s %s", r.stdout, r.stderr)
	}
	if r := cli(t, "--db", db, "contract", "clause", "expenses", "--country", "DE"); r.code != exitUsage {
		t.Errorf("DE: exit %d", r.code)
	}
	wantRefusal(t, cli(t, "--db", db, "contract", "clause", "bonus"), `There is no clause "bonus"`)
}
