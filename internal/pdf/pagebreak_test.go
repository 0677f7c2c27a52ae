package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// TestLongSituation prints a situation of 5,000 words: it runs over as many
// pages as it needs, every word comes back in order, and no table row,
// totals block or signature block is cut in two.
func TestLongSituation(t *testing.T) {
	for _, lang := range domain.Langs {
		t.Run(string(lang), func(t *testing.T) {
			d := pdftest.Proposal(lang)
			d.Proposal.Situation = pdftest.Words(5000)
			pdf := render(t, d)
			qpdfCheck(t, pdf)
			pages := pageTexts(t, pdf)
			if len(pages) < 10 {
				t.Fatalf("%d pages for 5,000 words; the text cannot all be there", len(pages))
			}
			if len(pdf) >= 250<<10 {
				t.Errorf("PDF is %d KB; the budget is 250 KB", len(pdf)>>10)
			}

			// Every word, in order, across the pages.
			assertAllWords(t, strings.Join(pages, " "), pdftest.Words(5000))
			assertBlocksWhole(t, d, pages)
		})
	}
}

// assertAllWords fails unless every word of want appears in text, in order.
func assertAllWords(t *testing.T, text, want string) {
	t.Helper()
	at := 0
	for i, w := range strings.Fields(strings.ReplaceAll(want, ".", "")) {
		// The words are numbered: "cash1" must not be found in "cash16".
		j := -1
		for k := at; k < len(text); {
			n := strings.Index(text[k:], w)
			if n < 0 {
				break
			}
			end := k + n + len(w)
			if end == len(text) || text[end] < '0' || text[end] > '9' {
				j = end
				break
			}
			k = end
		}
		if j < 0 {
			t.Fatalf("word %d (%q) is missing or out of order", i, w)
		}
		at = j
	}
}

// assertBlocksWhole finds each table row's cells, the totals and the
// signature block each on a single page.
func assertBlocksWhole(t *testing.T, d *domain.ProposalDocument, pages []string) {
	t.Helper()
	tx := textsFor(d.Lang)
	m := func(v domain.Money) string { return v.Format(d.Lang) }
	together := [][]string{
		// Rows of the comparison: the label and the start of both cells.
		{firstWords(tx.InResponsibility), tx.RowResponsibility, firstWords(tx.CoResponsibility)},
		{firstWords(tx.InAuthority), tx.RowAuthority, firstWords(tx.CoAuthority)},
		{firstWords(tx.InExit), tx.RowExit, firstWords(tx.CoExit)},
		// Rows of the phases table.
		{"1. Diagnosis", m(domain.Euros(18500))},
		{"3. Implementation plan", m(domain.Euros(16500))},
		// The totals block and the interim mandate's schedule.
		{tx.FeeExVAT, tx.TotalIncVAT, m(d.Totals.InterimGross), m(d.Totals.ConsultingGross)},
		{tx.DayRate, tx.TotalExVAT, m(d.Totals.InterimNet)},
		// The signature block: both choices and every line to fill in.
		{fmt.Sprintf(tx.ChoiceA, m(d.Totals.InterimNet)), fmt.Sprintf(tx.ChoiceB, m(d.Totals.ConsultingNet)), tx.SignPlace, tx.SignHere},
	}
	for _, group := range together {
		page := pageOf(pages, group[0])
		if page == 0 {
			t.Errorf("%q is not printed", group[0])
			continue
		}
		for _, s := range group[1:] {
			if !strings.Contains(pages[page-1], fold(s)) {
				t.Errorf("%q is on page %d but %q is not: the block was split", group[0], page, s)
			}
		}
	}
}

// firstWords returns the first two words of a cell; a narrow column may
// wrap them, so only the first line's worth is compared.
func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(2, len(f))], " ")
}

// inOrder reports whether the words of s appear in text in their order,
// with anything between them (another column's text on the same line).
func inOrder(text, s string) bool {
	at := 0
	for _, w := range strings.Fields(s) {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return false
		}
		at += i + len(w)
	}
	return true
}

// TestLongClientName prints a 300-character client name: it wraps in the
// addressee block, the signature block and the running header, and nothing
// of it is lost.
func TestLongClientName(t *testing.T) {
	name := strings.TrimSpace(strings.Repeat("Vereniging voor Coöperatieve Brouwerijen en Mouterijen ", 6))[:300]
	for _, lang := range domain.Langs {
		t.Run(string(lang), func(t *testing.T) {
			d := pdftest.Proposal(lang)
			d.Client.LegalName = name
			pdf := render(t, d)
			qpdfCheck(t, pdf)
			pages := pageTexts(t, pdf)
			if !inOrder(pages[0], name) {
				t.Errorf("page 1 does not show the whole name")
			}
			if !inOrder(pages[len(pages)-1], name) {
				t.Errorf("the signature block does not show the whole name")
			}
			assertBlocksWhole(t, d, pages)
		})
	}
}

// TestWordLongerThanALine cuts a word wider than the page (a pasted URL)
// between characters instead of printing it over the margin.
func TestWordLongerThanALine(t *testing.T) {
	word := "https://example.com/" + strings.Repeat("abcdefghij", 40)
	d := pdftest.Proposal(domain.LangEN)
	d.Proposal.Situation = "See " + word + " for the figures."
	text := pdfText(t, render(t, d))
	if !strings.Contains(strings.ReplaceAll(text, " ", ""), word) {
		t.Error("the long word is not printed in full")
	}
}

// TestRowTallerThanAPage prints a phase whose name is longer than a page:
// the only row that cannot stay whole is continued on the next page, and
// nothing of it is cut off.
func TestRowTallerThanAPage(t *testing.T) {
	d := pdftest.Proposal(domain.LangEN)
	long := pdftest.Words(1500)
	d.Proposal.Consulting.Phases[1].Name = long
	pdf := render(t, pdftest.Recompute(d))
	qpdfCheck(t, pdf)
	assertAllWords(t, strings.Join(pageTexts(t, pdf), " "), long)
}
