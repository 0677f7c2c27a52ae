package cli

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// The proposal tests read PDFs back with poppler and qpdf, as a person's
// reader would; `make deps-test` installs them.

// tool runs a PDF tool and returns its standard output.
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Fatalf("%s is not installed; run `make deps-test` (Debian: apt-get install poppler-utils qpdf)", name)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// pdfText checks that path is a sound PDF and returns its text with runs
// of white space folded into one space, so a phrase is found however the
// layout wrapped it.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	tool(t, "qpdf", "--check", path)
	return strings.Join(strings.Fields(tool(t, "pdftotext", "-layout", path, "-")), " ")
}

// readFile returns the bytes of path, failing the test when it is missing.
func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// folderNames lists what a folder holds, to prove nothing was left behind.
func folderNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// editProposal changes a proposal through the store, as the desktop app
// would, at the tests' clock.
func editProposal(t *testing.T, path string, id int64, change func(p *domain.Proposal)) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p, err := db.FindProposalByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	change(p)
	if err := db.UpdateProposal(ctx, p); err != nil {
		t.Fatal(err)
	}
}

// outDir is a fresh folder for PDFs, beside nothing else.
func outDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "out")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	return dir
}
