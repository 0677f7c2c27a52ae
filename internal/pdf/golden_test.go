package pdf

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// update rewrites the golden files: go test ./internal/pdf/ -run Golden -update
var update = flag.Bool("update", false, "rewrite testdata/*.golden.pdf from the current output")

// TestGolden compares the sample proposal byte for byte with the approved
// file, so any change in layout, fonts or metadata shows up in review. Look
// at the new pages (pdftoppm -png) before approving one with -update.
func TestGolden(t *testing.T) {
	golden := filepath.Join("testdata", "proposal_en.golden.pdf")
	pdf := render(t, pdftest.Proposal(domain.LangEN))
	if *update {
		if err := os.WriteFile(golden, pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (write it with -update)", err)
	}
	if !bytes.Equal(pdf, want) {
		failed := filepath.Join("testdata", "failed", "proposal_en.pdf")
		_ = os.MkdirAll(filepath.Dir(failed), 0o755)
		_ = os.WriteFile(failed, pdf, 0o644)
		t.Errorf("output differs from %s (%d bytes, want %d); it was written to %s: compare with pdftoppm, then -update if it is right",
			golden, len(pdf), len(want), failed)
	}
}

// TestDeterministic renders the same issued version again and again, on both
// font paths and in all languages, and gets the same bytes: gofpdf walks
// maps while writing, so one repetition would prove little.
func TestDeterministic(t *testing.T) {
	eachLanguageAndPath(t, func(t *testing.T, _ domain.Lang, _ int, d *domain.ProposalDocument) {
		first := render(t, d)
		for range 5 {
			if again := render(t, d); !bytes.Equal(first, again) {
				t.Fatal("two renders of the same document differ")
			}
		}
	})
}
