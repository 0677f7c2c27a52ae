package pdf

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// freeText are strings people type or paste into the fields a proposal
// prints: the seeds of the fuzz test and a table test of their own.
var freeText = []string{
	"",
	" ",
	"\n\n\n",
	"Łukasz Kowalczyk",
	"Ayşe Yılmaz",
	"€ 75.000,00 – “quoted” — naïve façade",
	"tabs\tand\r\nwindows\rline ends",
	"\x00\x01\x1b[31m control codes \u0085\u200b\ufeff",
	"invalid \xff\xfe utf-8",
	"中文 العربية עברית 🙂",
	strings.Repeat("W", 2000),
	strings.Repeat("word ", 3000),
	"\u00a0\u00a0leading no-break spaces",
	"{nb} is gofpdf's page-count placeholder",
	"(parentheses) \\backslash\\ in PDF strings",
}

// TestFreeText prints each kind of typed text in every field it can reach
// and gets a sound PDF back.
func TestFreeText(t *testing.T) {
	for i, s := range freeText {
		t.Run(strings.ToValidUTF8(s[:min(len(s), 20)], "?"), func(t *testing.T) {
			pdf, err := RenderProposal(withFreeText(s, i))
			if err != nil {
				t.Fatal(err)
			}
			qpdfCheck(t, pdf)
			if strings.HasPrefix(s, "{nb}") {
				mustContain(t, pdfText(t, pdf), s)
			}
		})
	}
}

// FuzzRenderProposal puts any text in every free-text field. The property:
// the same document renders to the same bytes twice, as an issued version
// must (gofpdf walks maps while writing). Beyond that it is a crash test:
// a complete PDF comes out and nothing panics. What a person reads is
// checked with pdftotext by TestFreeText over the same seeds, which is too
// slow for every input of a fuzzer.
func FuzzRenderProposal(f *testing.F) {
	for i, s := range freeText {
		f.Add(s, i)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		pdf, err := RenderProposal(withFreeText(s, n))
		if err != nil {
			t.Fatalf("RenderProposal: %v", err)
		}
		if !bytes.HasPrefix(pdf, []byte("%PDF-1.")) || !bytes.HasSuffix(bytes.TrimSpace(pdf), []byte("%%EOF")) {
			t.Fatal("output is not a complete PDF")
		}
		again, err := RenderProposal(withFreeText(s, n))
		if err != nil || !bytes.Equal(pdf, again) {
			t.Fatalf("a second render differs (%d bytes, then %d; %v)", len(pdf), len(again), err)
		}
	})
}

// withFreeText puts s into the sample's free-text fields; n varies the
// numbers too.
func withFreeText(s string, n int) *domain.ProposalDocument {
	d := pdftest.Proposal(domain.Langs[uint(n)%3])
	d.Client.LegalName = s
	d.Client.Contact.Name = s
	d.Manager.Name = s
	d.Manager.Skills = []string{s, s}
	d.Manager.CV = s
	d.Proposal.Title = s
	d.Proposal.Situation = s
	d.Proposal.Interim.Objectives = s + "\n" + s
	d.Proposal.Consulting.Phases[0].Name = s
	d.Proposal.Recommendation = s
	d.Proposal.Terms = s
	d.Firm.LegalName = s
	d.Number = s
	d.ShortHash = s
	if utf8.RuneCountInString(s)%2 == 1 {
		d.Version = 0 // draft: the watermark prints the text too
	}
	d.Proposal.Interim.Weeks = int(uint(n) % 157)
	d.Proposal.Interim.DaysPerWeek = int(uint(n)%5) + 1
	return pdftest.Recompute(d)
}
