package main

// End-to-end tests of the proposal commands: the PDFs the binary writes are
// read back with poppler and qpdf (`make deps-test` installs them).

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// pdfText checks that path is a sound PDF and returns its text with white
// space folded, so a phrase is found however the layout wrapped it.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	for _, tool := range []string{"qpdf", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not installed; run `make deps-test` (Debian: apt-get install poppler-utils qpdf)", tool)
		}
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check %s: %v\n%s", path, err, out)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// proposalByTitle returns the ID of the sample proposal with that title.
func proposalByTitle(t *testing.T, db, title string) int64 {
	t.Helper()
	var l struct {
		Items []struct {
			ID    int64  `json:"id"`
			Title string `json:"title"`
		} `json:"items"`
	}
	decode(t, run(t, db, "proposal", "list", "--json"), &l)
	for _, p := range l.Items {
		if p.Title == title {
			return p.ID
		}
	}
	t.Fatalf("no proposal %q", title)
	return 0
}

func proposalCount(t *testing.T, db string) int {
	t.Helper()
	var l list
	decode(t, run(t, db, "proposals", "list", "--json"), &l)
	return l.Total
}

// refused checks a refusal: exit 1, one line on stderr holding want,
// nothing on stdout.
func refused(t *testing.T, r result, want string) {
	t.Helper()
	if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, want) || r.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want one line with %q", r.code, r.stdout, r.stderr, want)
	}
}

const draftTitle = "Interim Quality & Regulatory Director ahead of the FDA inspection"

func TestProposalRenderDraft(t *testing.T) {
	db := demoDB(t)
	id := fmt.Sprint(proposalByTitle(t, db, draftTitle))
	dir := t.TempDir()
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"nl", []string{"Voorstel", "Antwerp Pharma Solutions NV", "€ 195.000,00", "€ 56.000,00"}},
		{"en", []string{"Proposal", "Antwerp Pharma Solutions NV", "€195,000.00", "€56,000.00"}},
		{"fr", []string{"Proposition", "Antwerp Pharma Solutions NV", "195 000,00 €", "56 000,00 €"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			out := filepath.Join(dir, tc.lang+".pdf")
			r := run(t, db, "proposal", "render", id, "--lang", tc.lang, "-o", out)
			if r.code != 0 || r.stderr != "" || !strings.HasSuffix(r.stdout, " to "+out+".\n") {
				t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
			text := pdfText(t, out)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("the %s PDF lacks %q:\n%s", tc.lang, w, text)
				}
			}
		})
	}
}

type version struct {
	Version  int    `json:"version"`
	Number   string `json:"number"`
	Language string `json:"language"`
	SHA256   string `json:"sha256"`
}

// An issued version is written byte for byte as stored, its hash is the
// recorded one, and a re-issue after an edit keeps the number.
func TestProposalIssueAndReprint(t *testing.T) {
	db := demoDB(t)
	pid := proposalByTitle(t, db, draftTitle)
	id := fmt.Sprint(pid)

	var v1 version
	decode(t, run(t, db, "proposal", "issue", id, "--json"), &v1)
	if v1.Version != 1 || !strings.HasPrefix(v1.Number, "OFF-") || len(v1.SHA256) != 64 || v1.Language != "en" {
		t.Fatalf("issue: %+v", v1)
	}

	dir := t.TempDir()
	var prints [][]byte
	for i := range 2 {
		out := filepath.Join(dir, fmt.Sprintf("v1-%d.pdf", i))
		if r := run(t, db, "proposal", "render", id, "--version", "1", "-o", out); r.code != 0 || r.stderr != "" {
			t.Fatalf("render --version 1: exit %d, stderr %q", r.code, r.stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		prints = append(prints, b)
	}
	if !bytes.Equal(prints[0], prints[1]) {
		t.Error("two prints of version 1 differ")
	}
	if sum := sha256.Sum256(prints[0]); hex.EncodeToString(sum[:]) != v1.SHA256 {
		t.Errorf("printed sha256 %x, recorded %s", sum, v1.SHA256)
	}

	// The desktop app changes the day rate; the next issue is version 2.
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	p, err := store.FindProposalByID(ctx, pid)
	if err == nil {
		p.Interim.DayRate = domain.Euros(1250)
		err = store.UpdateProposal(ctx, p)
	}
	store.Close()
	if err != nil {
		t.Fatal(err)
	}
	r := run(t, db, "proposal", "issue", id)
	want := fmt.Sprintf("Issued %s version 2 on ", v1.Number)
	if r.code != 0 || !strings.HasPrefix(r.stdout, want) {
		t.Fatalf("second issue: exit %d, stdout %q, want %q..., stderr %q", r.code, r.stdout, want, r.stderr)
	}

	var h struct {
		Total int       `json:"total"`
		Items []version `json:"items"`
	}
	decode(t, run(t, db, "proposal", "history", id, "--json"), &h)
	if h.Total != 2 || h.Items[0].Version != 2 || h.Items[0].Number != v1.Number || h.Items[1] != v1 || h.Items[0].SHA256 == v1.SHA256 {
		t.Errorf("history %+v after version 1 %+v", h, v1)
	}
	out := filepath.Join(dir, "v2.pdf")
	if r := run(t, db, "proposal", "render", id, "--version", "2", "-o", out); r.code != 0 {
		t.Fatalf("render --version 2: %s", r.stderr)
	}
	if text := pdfText(t, out); !strings.Contains(text, "€1,250.00") || !strings.Contains(text, v1.Number) {
		t.Errorf("version 2 lacks the new rate or the number:\n%s", text)
	}
	if text := pdfText(t, filepath.Join(dir, "v1-0.pdf")); !strings.Contains(text, "€1,300.00") {
		t.Errorf("version 1 lost its rate:\n%s", text)
	}
}

// show --json piped into create --from makes a copy with the same totals.
func TestProposalCopyThroughJSON(t *testing.T) {
	db := demoDB(t)
	id := proposalByTitle(t, db, "Interim CFO tijdens de herstructurering")
	r := run(t, db, "proposal", "show", fmt.Sprint(id), "--json")
	file := filepath.Join(t.TempDir(), "template.json")
	if err := os.WriteFile(file, []byte(r.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	r = run(t, db, "proposal", "create", "--from", file)
	newID, err := strconv.ParseInt(strings.TrimSpace(r.stdout), 10, 64)
	if r.code != 0 || err != nil {
		t.Fatalf("create: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	var orig, copied struct {
		Status string         `json:"status"`
		Title  string         `json:"title"`
		Totals map[string]any `json:"totals"`
	}
	decode(t, run(t, db, "proposal", "show", fmt.Sprint(id), "--json"), &orig)
	decode(t, run(t, db, "proposal", "show", fmt.Sprint(newID), "--json"), &copied)
	if copied.Title != orig.Title || copied.Status != "draft" || !reflect.DeepEqual(copied.Totals, orig.Totals) {
		t.Errorf("copy %+v of %+v", copied, orig)
	}
}

// Bad input is one line on stderr, exit 1, and nothing written: no
// proposal, no PDF, no folder.
func TestProposalRefusalsWriteNothing(t *testing.T) {
	db := demoDB(t)
	before := proposalCount(t, db)
	dir := t.TempDir()
	for _, tc := range []struct{ name, json, want string }{
		{"bad JSON", `{"client_id": 1,,}`, "this is not valid JSON"},
		{"unknown field", `{"client_id": 1, "title": "T", "interim": {"rate": 1}}`, `unknown field "interim.rate"`},
		{"missing client", `{"client_id": 404, "title": "T"}`, "Client: there is no client with number 404"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".json")
			if err := os.WriteFile(file, []byte(tc.json), 0o600); err != nil {
				t.Fatal(err)
			}
			refused(t, run(t, db, "proposal", "create", "--from", file), tc.want)
			if n := proposalCount(t, db); n != before {
				t.Errorf("proposals went from %d to %d", before, n)
			}
		})
	}

	t.Run("missing output folder", func(t *testing.T) {
		id := fmt.Sprint(proposalByTitle(t, db, draftTitle))
		missing := filepath.Join(dir, "no-such-folder")
		refused(t, run(t, db, "proposal", "render", id, "-o", filepath.Join(missing, "p.pdf")), "the folder "+missing+" does not exist")
		if _, err := os.Stat(missing); err == nil {
			t.Error("the folder was created")
		}
	})
}

// The refusals of a usage mistake keep their exit status 2.
func TestProposalUsage(t *testing.T) {
	db := demoDB(t)
	out := filepath.Join(t.TempDir(), "p.pdf")
	for _, args := range [][]string{
		{"proposal", "render", "1"},
		{"proposal", "render", "1", "-o", out, "--lang", "de"},
		{"proposal", "status", "1", "accepted"},
		{"proposal", "create"},
		{"proposal", "frobnicate"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := run(t, db, args...)
			if r.code != 2 || !strings.Contains(r.stderr, "usage:") || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
		})
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a usage error wrote the PDF")
	}
}
