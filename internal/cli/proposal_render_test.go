package cli

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

const (
	pharmaTitle = "Interim Quality & Regulatory Director ahead of the FDA inspection" // a draft, in English
	isvTitle    = "Programmamanager digitalisering dienstverlening"                   // a draft, in Dutch
	deltaTitle  = "Post-merger integration of the Belgian acquisition"                // issued twice
)

// A preview shows the client and the amounts in the document's language,
// whatever language the command line speaks.
func TestProposalRenderPreview(t *testing.T) {
	path := demoCopy(t)
	pharma, isv := proposalID(t, path, pharmaTitle), proposalID(t, path, isvTitle)
	dir := outDir(t)
	for _, tc := range []struct {
		name string
		id   int64
		lang string
		want []string
	}{
		// 30 weeks × 5 days × €1,300 and three phases of €56,000 in all.
		{"nl", pharma, "nl", []string{"Voorstel", "Antwerp Pharma Solutions NV", "€ 195.000,00", "€ 56.000,00", "€ 1.300,00"}},
		{"en", pharma, "en", []string{"Proposal", "Antwerp Pharma Solutions NV", "€195,000.00", "€56,000.00", "€1,300.00"}},
		{"fr", pharma, "fr", []string{"Proposition", "Antwerp Pharma Solutions NV", "195 000,00 €", "56 000,00 €", "1 300,00 €"}},
		{"FR in capitals", pharma, "FR", []string{"Proposition", "195 000,00 €"}},
		{"the client's language", pharma, "", []string{"Proposal", "€195,000.00"}},
		{"a Dutch client", isv, "", []string{"Voorstel", "Intercommunale Scheldevallei", "€ 118.800,00", "€ 30.500,00"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.name+".pdf")
			args := []string{"--db", path, "proposal", "render", fmt.Sprint(tc.id), "-o", out}
			if tc.lang != "" {
				args = append(args, "--lang", tc.lang)
			}
			r := cli(t, args...)
			mustOK(t, r)
			if !strings.HasPrefix(r.stdout, "Wrote the ") || !strings.HasSuffix(r.stdout, " to "+out+".\n") {
				t.Errorf("stdout %q", r.stdout)
			}
			text := pdfText(t, out)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("the PDF lacks %q:\n%s", w, text)
				}
			}
			if strings.Contains(text, "OFF-") {
				t.Errorf("a draft that was never issued shows a number:\n%s", text)
			}
		})
	}
	// A preview of an issued proposal is marked as a draft, not passed off
	// as its last version under today's date; the frozen version is not.
	delta := proposalID(t, path, deltaTitle)
	preview, frozen := filepath.Join(dir, "delta-preview.pdf"), filepath.Join(dir, "delta-v2.pdf")
	mustOK(t, cli(t, "--db", path, "proposal", "render", fmt.Sprint(delta), "-o", preview))
	mustOK(t, cli(t, "--db", path, "proposal", "render", fmt.Sprint(delta), "--version", "2", "-o", frozen))
	if text := pdfText(t, preview); !strings.Contains(text, "DRAFT") || !strings.Contains(text, "Version Draft") || !strings.Contains(text, "OFF-2027-0001") {
		t.Errorf("the preview of an issued proposal is not marked as a draft:\n%s", text)
	}
	if text := pdfText(t, frozen); strings.Contains(text, "DRAFT") || !strings.Contains(text, "Version 2") {
		t.Errorf("the issued version reads as a draft:\n%s", text)
	}

	// Rendering reads only: the drafts are still drafts, with no number.
	for _, id := range []int64{pharma, isv} {
		var p proposalJSON
		decode(t, cli(t, "--db", path, "proposal", "show", fmt.Sprint(id), "--json"), &p)
		if p.Status != domain.ProposalDraft || p.Number != "" || p.Version != 0 {
			t.Errorf("proposal %d is %s %q v%d after a preview", id, p.Status, p.Number, p.Version)
		}
	}
}

// An issued version comes out exactly as stored, however often it is
// written, and its bytes hash to the SHA-256 recorded at issue.
func TestProposalRenderVersion(t *testing.T) {
	path := demoCopy(t)
	id := proposalID(t, path, pharmaTitle)
	var issued versionJSON
	decode(t, cli(t, "--db", path, "proposal", "issue", fmt.Sprint(id), "--json"), &issued)

	dir := outDir(t)
	first, second := filepath.Join(dir, "first.pdf"), filepath.Join(dir, "second.pdf")
	for _, out := range []string{first, second} {
		r := cli(t, "--db", path, "proposal", "render", fmt.Sprint(id), "--version", "1", "-o", out)
		mustOK(t, r)
		want := fmt.Sprintf("Wrote %s version 1 (en, issued on %s, sha256 %s) to %s.\n", issued.Number, issued.IssuedOn, issued.SHA256[:12], out)
		if r.stdout != want {
			t.Errorf("stdout %q, want %q", r.stdout, want)
		}
	}
	a, b := readFile(t, first), readFile(t, second)
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of version 1 differ")
	}
	if sum := sha256.Sum256(a); hex.EncodeToString(sum[:]) != issued.SHA256 {
		t.Errorf("sha256 %x, recorded %s", sum, issued.SHA256)
	}
	if text := pdfText(t, first); !strings.Contains(text, issued.Number) || !strings.Contains(text, "€195,000.00") {
		t.Errorf("version 1 lacks its number or total:\n%s", text)
	}

	// The same language as the version's is no contradiction.
	out := filepath.Join(dir, "en.pdf")
	mustOK(t, cli(t, "--db", path, "proposal", "render", fmt.Sprint(id), "--version", "1", "--lang", "en", "-o", out))
	if !bytes.Equal(readFile(t, out), a) {
		t.Error("--lang en changed the bytes of an English version")
	}
}

// A frozen version cannot be asked for in another language, nor can a
// version that does not exist be written; nothing is written either way.
func TestProposalRenderRefusals(t *testing.T) {
	path := demoCopy(t)
	delta, pharma := proposalID(t, path, deltaTitle), proposalID(t, path, pharmaTitle)
	dir := outDir(t)
	out := filepath.Join(dir, "p.pdf")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"another language than the version's", []string{fmt.Sprint(delta), "--version", "1", "--lang", "nl"}, 2, "version 1 of OFF-2027-0001 was issued in en"},
		{"a version never issued", []string{fmt.Sprint(delta), "--version", "3"}, 1, "has no issued version 3"},
		{"a draft has no versions", []string{fmt.Sprint(pharma), "--version", "1"}, 1, "has no issued version 1"},
		{"no such proposal", []string{"999"}, 1, "There is no proposal with number 999"},
		{"unknown language", []string{fmt.Sprint(delta), "--lang", "de"}, 2, `--lang must be nl, en or fr, not "de"`},
		{"negative version", []string{fmt.Sprint(delta), "--version", "-1"}, 2, "--version takes an issued version"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := cli(t, append([]string{"--db", path, "proposal", "render", "-o", out}, tc.args...)...)
			if tc.code == 1 {
				mustRefuse(t, r, tc.want)
			} else if first, _, _ := strings.Cut(r.stderr, "\n"); r.code != 2 || !strings.Contains(first, tc.want) || !strings.Contains(r.stderr, "usage:") {
				t.Errorf("exit %d, stderr %q", r.code, r.stderr)
			}
			if names := folderNames(t, dir); len(names) > 0 {
				t.Errorf("the folder holds %q", names)
			}
		})
	}
}

// A stored version whose bytes no longer match the recorded SHA-256 is not
// passed off as the document the client received.
func TestProposalRenderTamperedVersion(t *testing.T) {
	path := demoCopy(t)
	id := proposalID(t, path, deltaTitle)
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	// Only someone going round the program can do this: the schema
	// forbids changing a frozen version.
	_, err = raw.Exec(`DROP TRIGGER proposal_versions_frozen_update;
		UPDATE proposal_versions SET pdf = pdf || 'x' WHERE proposal_id = ? AND version = 1`, id)
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}
	dir := outDir(t)
	mustRefuse(t, cli(t, "--db", path, "proposal", "render", fmt.Sprint(id), "--version", "1", "-o", filepath.Join(dir, "p.pdf")),
		"Version 1 of OFF-2027-0001 does not match the SHA-256 recorded", "nothing was written")
	if names := folderNames(t, dir); len(names) > 0 {
		t.Errorf("the folder holds %q", names)
	}
	// The untouched version 2 still comes out.
	mustOK(t, cli(t, "--db", path, "proposal", "render", fmt.Sprint(id), "--version", "2", "-o", filepath.Join(dir, "p.pdf")))
}

// "-o -" sends the PDF down a pipe: the same bytes, and nothing else on
// standard output.
func TestProposalRenderToStdout(t *testing.T) {
	path := demoCopy(t)
	id := fmt.Sprint(proposalID(t, path, deltaTitle))
	out := filepath.Join(outDir(t), "v2.pdf")
	mustOK(t, cli(t, "--db", path, "proposal", "render", id, "--version", "2", "-o", out))
	r := cli(t, "--db", path, "proposal", "render", id, "--version", "2", "-o", "-")
	mustOK(t, r)
	if r.stdout != string(readFile(t, out)) {
		t.Error("-o - wrote other bytes than the file")
	}
	r = cli(t, "--db", path, "proposal", "render", id, "-o", "-")
	if mustOK(t, r); !strings.HasPrefix(r.stdout, "%PDF-") || !strings.HasSuffix(strings.TrimSpace(r.stdout), "%%EOF") {
		t.Errorf("a preview to standard output is not a PDF: %.40q", r.stdout)
	}
}

// A place that cannot take the file is refused with one sentence before
// anything is rendered, and no file appears.
func TestProposalRenderOutput(t *testing.T) {
	path := demoCopy(t)
	id := fmt.Sprint(proposalID(t, path, pharmaTitle))
	dir := outDir(t)
	aFile := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(aFile, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "no", "such", "folder")
	for _, tc := range []struct {
		name, out string
		want      []string
	}{
		{"missing folder", filepath.Join(missing, "p.pdf"), []string{"Output file:", "the folder " + missing + " does not exist"}},
		{"a folder as the file", dir, []string{"Output file:", dir + " is a folder"}},
		{"a file as the folder", filepath.Join(aFile, "p.pdf"), []string{"Output file:", aFile + " is a file, not a folder"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mustRefuse(t, cli(t, "--db", path, "proposal", "render", id, "-o", tc.out), tc.want...)
			if names := folderNames(t, dir); !slices.Equal(names, []string{"notes.txt"}) {
				t.Errorf("the folder holds %q", names)
			}
			if _, err := os.Stat(missing); err == nil {
				t.Error("the missing folder was created")
			}
		})
	}

	t.Run("no -o", func(t *testing.T) {
		r := cli(t, "--db", path, "proposal", "render", id)
		if r.code != 2 || !strings.Contains(r.stderr, "missing -o FILE.pdf") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})

	t.Run("--output and a relative name", func(t *testing.T) {
		t.Chdir(dir)
		mustOK(t, cli(t, "--db", path, "proposal", "render", id, "--output", "rel.pdf"))
		if info, err := os.Stat(filepath.Join(dir, "rel.pdf")); err != nil || info.Mode().Perm() != outputMode {
			t.Errorf("rel.pdf: %v, mode %v", err, info.Mode().Perm())
		}
	})
}

// writeFileAtomic leaves either the old file or the whole new one, and no
// temporary file, whatever happens while writing.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.pdf")

	if err := writeFileAtomic(path, writeBytes([]byte("first"))); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != outputMode {
		t.Errorf("a new file has mode %v, want %v", info.Mode().Perm(), outputMode)
	}

	failed := errors.New("the disk is full")
	halfway := func(w io.Writer) error {
		w.Write([]byte("half of a new docu"))
		return failed
	}
	if err := writeFileAtomic(path, halfway); !errors.Is(err, failed) {
		t.Fatalf("error %v, want the writer's", err)
	}
	if got := string(readFile(t, path)); got != "first" {
		t.Errorf("after a failed write the file holds %q, want the old content", got)
	}
	if names := folderNames(t, dir); !slices.Equal(names, []string{"p.pdf"}) {
		t.Errorf("the folder holds %q: a temporary file was left", names)
	}

	// Someone made the file readable to others to share it; a new version
	// replaces the content, not that choice.
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(path, writeBytes([]byte("second"))); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o644 || string(readFile(t, path)) != "second" {
		t.Errorf("mode %v, content %q", info.Mode().Perm(), readFile(t, path))
	}
	if names := folderNames(t, dir); !slices.Equal(names, []string{"p.pdf"}) {
		t.Errorf("the folder holds %q", names)
	}
}
