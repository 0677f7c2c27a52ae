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
	checkGolden(t, "proposal_en", render(t, pdftest.Proposal(domain.LangEN)))
}

// checkGolden compares pdf with testdata/NAME.golden.pdf, or rewrites that
// file with -update. A differing PDF is written to testdata/failed/ to be
// looked at.
func checkGolden(t *testing.T, name string, pdf []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name+".golden.pdf")
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
		failed := filepath.Join("testdata", "failed", name+".pdf")
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
