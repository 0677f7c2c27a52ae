package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The tests read every PDF back with poppler (pdftotext, pdffonts, pdfinfo)
// and qpdf, as a person's reader would; `make deps-test` installs them.

// render prints d and fails the test on error.
func render(t testing.TB, d *domain.ProposalDocument) []byte {
	t.Helper()
	out, err := RenderProposal(d)
	if err != nil {
		t.Fatalf("RenderProposal: %v", err)
	}
	return out
}

// writeTemp stores a PDF in the test's temporary folder.
func writeTemp(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tool runs one of the PDF tools and returns its standard output.
func tool(t testing.TB, name string, args ...string) string {
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

// pdfText is what pdftotext reads from the whole document, with runs of
// spaces and line ends folded into one space, so that a sentence is found
// however the layout wrapped it.
func pdfText(t testing.TB, pdf []byte) string {
	t.Helper()
	return fold(tool(t, "pdftotext", "-layout", writeTemp(t, pdf), "-"))
}

// pageTexts returns the folded text of each page.
func pageTexts(t testing.TB, pdf []byte) []string {
	t.Helper()
	path := writeTemp(t, pdf)
	n := pageCount(t, path)
	pages := make([]string, n)
	for i := range n {
		p := strconv.Itoa(i + 1)
		pages[i] = fold(tool(t, "pdftotext", "-layout", "-f", p, "-l", p, path, "-"))
	}
	return pages
}

// pageCount reads the number of pages with pdfinfo.
func pageCount(t testing.TB, path string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(tool(t, "pdfinfo", path))
	if m == nil {
		t.Fatal("pdfinfo printed no page count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// pdfInfo returns pdfinfo's fields.
func pdfInfo(t testing.TB, pdf []byte) map[string]string {
	t.Helper()
	info := map[string]string{}
	for _, line := range strings.Split(tool(t, "pdfinfo", writeTemp(t, pdf)), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	return info
}

// qpdfCheck fails unless qpdf finds the file's structure and streams sound.
func qpdfCheck(t testing.TB, pdf []byte) {
	t.Helper()
	out := tool(t, "qpdf", "--check", writeTemp(t, pdf))
	if !strings.Contains(out, "No syntax or stream encoding errors found") {
		t.Fatalf("qpdf --check:\n%s", out)
	}
}

var spaces = regexp.MustCompile(`\s+`)

// fold turns every run of white space, no-break spaces included, into one
// space.
func fold(s string) string {
	return strings.TrimSpace(spaces.ReplaceAllString(strings.ReplaceAll(s, "\u00a0", " "), " "))
}

// mustContain fails for every want that text lacks.
func mustContain(t testing.TB, text string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, fold(w)) {
			t.Errorf("text lacks %q", fold(w))
		}
	}
}

// pageOf returns the 1-based page whose text contains s, or 0.
func pageOf(pages []string, s string) int {
	s = fold(s)
	for i, p := range pages {
		if strings.Contains(p, s) {
			return i + 1
		}
	}
	return 0
}
