package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// contractCase is one template in one language.
type contractCase struct {
	name string
	doc  *domain.ContractDocument
}

// eachContract calls f for both jurisdictions, both variants and every
// language: the twelve templates a firm can print.
func eachContract(t *testing.T, f func(t *testing.T, d *domain.ContractDocument)) {
	for _, l := range domain.Langs {
		for _, tc := range []contractCase{
			{"BE/interim", pdftest.Contract(l)},
			{"BE/consulting", pdftest.ConsultingContract(l)},
			{"NL/interim", pdftest.Dutch(pdftest.Contract(l))},
			{"NL/consulting", pdftest.Dutch(pdftest.ConsultingContract(l))},
		} {
			t.Run(tc.name+"/"+string(l), func(t *testing.T) { f(t, tc.doc) })
		}
	}
}

func renderContract(t testing.TB, d *domain.ContractDocument) []byte {
	t.Helper()
	out, err := RenderContract(d)
	if err != nil {
		t.Fatalf("RenderContract: %v", err)
	}
	return out
}

// TestContractTemplates prints every template in every language and reads
// it back as a person would: the parties, the amounts, the notice period,
// the law, the signature lines for every party, and on every page "page x
// of y" and the initials.
func TestContractTemplates(t *testing.T) {
	eachContract(t, func(t *testing.T, d *domain.ContractDocument) {
		pdf := renderContract(t, d)
		qpdfCheck(t, pdf)
		pages := pageTexts(t, pdf)
		text := strings.Join(pages, " ")
		tx, ct, v := textsFor(d.Lang), contractTextsFor(d.Lang), d.Vars()
		e := &d.Engagement

		mustContain(t, text,
			ct.Titles[d.Jurisdiction][e.Kind], d.Number,
			firmName(&d.Firm), d.Client.LegalName, fmt.Sprintf(ct.Hereinafter, ct.FirmAs), fmt.Sprintf(ct.Hereinafter, ct.ClientAs),
			v["notice_period"], v["period"],
			tx.SignName, tx.SignPlace, tx.SignHere, upper(ct.ForFirm), upper(ct.ForClient),
			domain.ExpandClause(d.Clauses[len(d.Clauses)-1].Body, v),
		)
		switch d.Jurisdiction {
		case domain.JurisdictionBE:
			mustContain(t, text, "0403.170.701", "BE 0466.701.048", domain.PlaceName("Gent, afdeling Gent", "BE", d.Lang))
		case domain.JurisdictionNL:
			mustContain(t, text, "7:400", "34123456", "NL123456782B01", "Amsterdam")
		}
		if e.Kind == domain.KindInterim {
			mustContain(t, text, d.Manager.Name, "FDM Management BV", "BE 0476.925.343", fmt.Sprintf(ct.Hereinafter, ct.ManagerAs),
				upper(ct.ForManager), tx.money(e.DayRate), tx.money(e.EstimatedTotal()), ct.Powers,
				"Signs payments and commitments up to € 50.000 per transaction")
		} else {
			mustContain(t, text, tx.money(e.Fee), "Diagnosis", tx.money(domain.Euros(18500)))
			if strings.Contains(text, upper(ct.ForManager)) || strings.Contains(text, "Dubois") {
				t.Error("a consulting contract names the manager")
			}
		}
		if strings.ContainsAny(text, "{}") {
			t.Errorf("a placeholder was left: %q", text[strings.IndexAny(text, "{}")-40:][:80])
		}
		for i, p := range pages {
			mustContain(t, p, fmt.Sprintf(tx.PageOf, i+1, fmt.Sprint(len(pages))), ct.Initials)
		}
		// Every article has its number and title, in order.
		at := 0
		for i, cl := range d.Clauses[:len(d.Clauses)-1] {
			heading := fold(fmt.Sprintf("%d %s", i+1, cl.Title))
			next := strings.Index(text[at:], heading)
			if next < 0 {
				t.Errorf("article %q missing or out of order", heading)
				continue
			}
			at += next
		}
	})
}

// TestContractRevisions shows that what a contract prints comes from its
// data: another notice period, a clause the firm rewrote, an open end.
func TestContractRevisions(t *testing.T) {
	d := pdftest.Contract(domain.LangEN)
	d.Engagement.NoticeDays = 45
	d.Engagement.End = domain.Date{}
	for i, c := range d.Clauses {
		if c.Key == domain.ClauseConfidentiality {
			d.Clauses[i].Body = "Confidential for {non_solicitation_period}; see article {art_law}.\n\nSecond paragraph."
		}
	}
	text := pdfText(t, renderContract(t, d))
	mustContain(t, text, "45 days", "Indefinite, until the exit criteria are met", "from 1 June 2026 for an indefinite period",
		"10.1 Confidential for 12 months; see article 15.", "10.2 Second paragraph.")
	if strings.Contains(text, "Estimated total") {
		t.Error("an open-ended mandate shows an estimated total")
	}
}

func TestContractDraft(t *testing.T) {
	d := pdftest.Contract(domain.LangNL)
	d.Version, d.Number, d.ShortHash = 0, "", ""
	pdf := renderContract(t, d)
	text := pdfText(t, pdf)
	mustContain(t, text, "CONCEPT", "Concept – niet ter ondertekening")
	if strings.Contains(text, "CTR-") {
		t.Error("a draft carries a number")
	}
}

// TestContractDeterministic renders the same contract again and again and
// gets the same bytes, on both font paths.
func TestContractDeterministic(t *testing.T) {
	for _, d := range []*domain.ContractDocument{pdftest.Contract(domain.LangFR), func() *domain.ContractDocument {
		d := pdftest.Contract(domain.LangEN)
		d.Manager.Name = "Łukasz Kowalczyk"
		return d
	}()} {
		first := renderContract(t, d)
		for range 4 {
			if again := renderContract(t, d); !bytes.Equal(first, again) {
				t.Fatal("two renders of the same contract differ")
			}
		}
	}
}

// TestContractGolden compares the Belgian mandate in Dutch byte for byte
// with the approved file. Look at the pages before approving a change with
// -update: go test ./internal/pdf/ -run ContractGolden -update
func TestContractGolden(t *testing.T) {
	checkGolden(t, "contract_be_nl", renderContract(t, pdftest.Contract(domain.LangNL)))
}

func TestContractErrors(t *testing.T) {
	if _, err := RenderContract(nil); domain.ErrorCode(err) != domain.EINVALID {
		t.Errorf("nil: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ContractRenderer()(ctx, pdftest.Contract(domain.LangEN)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	// A language the templates do not know prints in English.
	d := pdftest.Contract("de")
	d.Clauses = pdftest.DefaultClauses(domain.JurisdictionBE, domain.LangEN, domain.KindInterim)
	mustContain(t, pdfText(t, renderContract(t, d)), "Management agreement", "Page 1 of")
}

// FuzzRenderContract prints clause texts as a firm may type them in its
// settings. The property: the same contract renders to the same bytes
// twice, as an issued version must. Beyond that it is a crash test: the
// result is a complete PDF or an error, never a panic. (The printed text is
// read back with pdftotext by TestContractTemplates and the tests after it,
// which is too slow for every input of a fuzzer.)
func FuzzRenderContract(f *testing.F) {
	for _, s := range []string{"", "{notice_period}", "Ł\x00\xff{", strings.Repeat("lang ", 3000), "a\n\nb\n\n\n\nc", "\t€ “quoted” — x"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		doc := func() *domain.ContractDocument {
			d := pdftest.Contract(domain.LangEN)
			d.Clauses[9] = domain.Clause{Key: domain.ClauseConfidentiality, Title: title, Body: body}
			return d
		}
		out, err := RenderContract(doc())
		if err != nil {
			return
		}
		if !bytes.HasPrefix(out, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(out), []byte("%%EOF")) {
			t.Fatalf("not a complete PDF: %q", out[:min(20, len(out))])
		}
		again, err := RenderContract(doc())
		if err != nil || !bytes.Equal(out, again) {
			t.Fatalf("a second render differs (%d bytes, then %d; %v)", len(out), len(again), err)
		}
	})
}

// TestClauseKeepsLastLines puts a three-line paragraph where only two and a
// half lines fit: its last line does not start the next page alone.
func TestClauseKeepsLastLines(t *testing.T) {
	d := NewDoc(Setup{NoCompression: true})
	d.f.SetY(contentEnd - 2.5*lineBody)
	d.Clause("9", []string{"alpha\nbravo\ncharlie", "delta"})
	pdf, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, pdf)
	if len(pages) != 2 || pages[0] != "9.1 alpha" || pages[1] != "bravo charlie 9.2 delta" {
		t.Errorf("pages %q", pages)
	}
}
