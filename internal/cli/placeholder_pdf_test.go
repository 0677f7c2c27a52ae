package cli

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The stand-in renderer must produce a PDF that real tools accept, since it
// is stored as the issued version until internal/pdf replaces it.
func TestPlaceholderPDF(t *testing.T) {
	for _, tool := range []string{"qpdf", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	doc := &domain.ProposalDocument{
		Proposal: domain.Proposal{Title: "Direction financière (ad interim) \\ test"},
		Client:   domain.Client{LegalName: "Clinique Sainte-Élisabeth ASBL"},
		Number:   "OFF-2027-0002",
		Version:  3,
		Date:     domain.NewDate(2027, 1, 9),
	}
	b, err := placeholderRenderer(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "p.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	for _, w := range []string{"placeholder", "Proposal OFF-2027-0002, version 3, 2027-01-09", "Direction financi?re (ad interim) \\ test", "Clinique Sainte-?lisabeth ASBL"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("text lacks %q:\n%s", w, out)
		}
	}
}
