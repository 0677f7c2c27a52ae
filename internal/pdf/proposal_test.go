package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// fontPaths are the ways a document can be printed: with the single-byte
// fonts alone, or with the UTF-8 form of one or both styles for the lines
// that need it.
var fontPaths = []struct {
	name    string
	manager string // printed in bold only; "" keeps François Dubois-Müller
	client  string // printed in bold and regular; "" keeps the brewery
	cid     int    // UTF-8 (CID) fonts embedded
}{
	{"cp1252", "", "", 0},
	{"utf8-polish", "Łukasz Kowalczyk", "", 1},
	{"utf8-turkish", "Ayşe Yılmaz", "", 1},
	{"utf8-both-styles", "", "Łódź Browar Sp. z o.o.", 2},
}

// withNames returns the sample with the font path's names.
func withNames(lang domain.Lang, manager, client string) *domain.ProposalDocument {
	d := pdftest.Proposal(lang)
	if manager != "" {
		d.Manager.Name = manager
	}
	if client != "" {
		d.Client.LegalName = client
	}
	return d
}

// eachLanguageAndPath runs test for every document language on every font
// path.
func eachLanguageAndPath(t *testing.T, test func(t *testing.T, lang domain.Lang, cid int, d *domain.ProposalDocument)) {
	for _, lang := range domain.Langs {
		for _, fp := range fontPaths {
			t.Run(string(lang)+"/"+fp.name, func(t *testing.T) {
				test(t, lang, fp.cid, withNames(lang, fp.manager, fp.client))
			})
		}
	}
}

// TestProposalText reads each language on each font path back and finds
// the firm's legal mentions, the client, both offers, every amount as the
// domain formats it, and the accented text as typed.
func TestProposalText(t *testing.T) {
	eachLanguageAndPath(t, func(t *testing.T, lang domain.Lang, cid int, d *domain.ProposalDocument) {
		pdf := render(t, d)
		qpdfCheck(t, pdf)
		text := pdfText(t, pdf)
		tx := textsFor(lang)
		tot, in := d.Totals, d.Proposal.Interim
		m := func(v domain.Money) string { return v.Format(lang) }

		mustContain(t, text,
			// Letterhead: the Belgian legal mentions.
			"Van Damme & Partners BV", "Kortrijksesteenweg 1120, 9051 "+domain.PlaceName("Gent", "BE", lang),
			fmt.Sprintf(tx.EnterpriseNo, "0403.170.701"), fmt.Sprintf(tx.RPR, domain.PlaceName("Gent, afdeling Gent", "BE", lang)),
			"BE0403170701", "info@vandamme-partners.be", "www.vandamme-partners.be",
			// Client, contact, number, version, dates.
			d.Client.LegalName, "Zoë Vercruyssen", "Stationsstraat 12", "8500 Kortrijk",
			"OFF-2026-0007", d.Date.Format(lang), d.ValidUntil().Format(lang),
			// Both offers and the comparison.
			tx.OptionA, tx.OptionB, tx.Comparison, tx.RowStart,
			"Interim Chief Financial Officer", "Recommendations and business case",
			// Every amount of the interim mandate, the consulting offer,
			// the VAT and the permanent hire.
			m(in.DayRate), m(tot.InterimNet), m(tot.InterimMonthly), m(tot.InterimVAT), m(tot.InterimGross),
			m(domain.Euros(18500)), m(domain.Euros(24000)), m(domain.Euros(16500)),
			m(tot.ConsultingNet), m(tot.ConsultingVAT), m(tot.ConsultingGross),
			m(tot.Permanent.YearlyCost), m(tot.Permanent.RecruitmentFee), m(tot.Permanent.PeriodCost),
			m(tot.Permanent.NoticeCost), m(tot.Permanent.Total),
			// Accents, quotes and dashes as typed.
			"naïve-proof", "“every barrel by name”", "business – “every", "Walloon dairy co-operative",
			"€ 12 million", tx.OptionA,
			// The page the client signs.
			fmt.Sprintf(tx.ChoiceA, m(tot.InterimNet)), fmt.Sprintf(tx.ChoiceB, m(tot.ConsultingNet)),
			tx.SignHere,
		)
		mustContain(t, text, d.Manager.Name)

		// The single-byte fonts always, and a UTF-8 font for each
		// style a line needed it in.
		fonts := tool(t, "pdffonts", writeTemp(t, pdf))
		if !regexp.MustCompile(`DeskSans-Regular +TrueType +WinAnsi +yes`).MatchString(fonts) {
			t.Errorf("DeskSans with WinAnsi encoding is not embedded:\n%s", fonts)
		}
		if got := strings.Count(fonts, "CID TrueType"); got != cid {
			t.Errorf("%d UTF-8 fonts embedded, want %d:\n%s", got, cid, fonts)
		}
		for _, line := range strings.Split(fonts, "\n")[2:] {
			if line != "" && !regexp.MustCompile(` yes +(yes|no) +(yes|no) +\d+ +\d+$`).MatchString(line) {
				t.Errorf("font not embedded: %s", line)
			}
		}
		if len(pdf) >= 250<<10 {
			t.Errorf("PDF is %d bytes; the budget is 250 KB", len(pdf))
		}
	})
}

// TestAmountsInEachLanguage checks the formatting by the letter, so a change
// in the domain's Money.Format cannot slip through both sides of a test.
func TestAmountsInEachLanguage(t *testing.T) {
	tests := []struct {
		lang  domain.Lang
		wants []string
	}{
		{domain.LangEN, []string{"€130,000.00", "€1,250.00", "€27,300.00", "€157,300.00", "€59,000.00", "€71,390.00", "VAT 21%", "9 May 2026", "8 June 2026", "26 weeks (about 6 months)", "Page 1 of 4"}},
		{domain.LangNL, []string{"€ 130.000,00", "€ 1.250,00", "€ 27.300,00", "€ 157.300,00", "€ 59.000,00", "€ 71.390,00", "Btw 21%", "9 mei 2026", "8 juni 2026", "26 weken (ongeveer 6 maanden)", "Pagina 1 van 4"}},
		{domain.LangFR, []string{"130 000,00 €", "1 250,00 €", "27 300,00 €", "157 300,00 €", "59 000,00 €", "71 390,00 €", "TVA 21 %", "9 mai 2026", "8 juin 2026", "26 semaines (environ 6 mois)", "Page 1 sur"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			mustContain(t, pdfText(t, render(t, pdftest.Proposal(tt.lang))), tt.wants...)
		})
	}
}

// TestPageNumbers finds "Page x of y" on every page, with the right y.
func TestPageNumbers(t *testing.T) {
	pdf := render(t, pdftest.Proposal(domain.LangNL))
	pages := pageTexts(t, pdf)
	for i, p := range pages {
		want := fmt.Sprintf("Pagina %d van %d", i+1, len(pages))
		if !strings.Contains(p, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
		if !strings.Contains(p, "OFF-2026-0007 · versie 2 · 3f9a1c7e") {
			t.Errorf("page %d lacks the version and short hash in its footer", i+1)
		}
	}
}

// TestMetadata reads the document properties a PDF reader shows.
func TestMetadata(t *testing.T) {
	for _, fp := range fontPaths {
		t.Run(fp.name, func(t *testing.T) {
			d := withNames(domain.LangFR, fp.manager, fp.client)
			d.Proposal.Title = "Redressement financier – Brasserie « La Couronne »"
			info := pdfInfo(t, render(t, d))
			want := map[string]string{
				"Title":   "Redressement financier – Brasserie « La Couronne »",
				"Author":  "Van Damme & Partners BV",
				"Subject": "Proposition pour " + d.Client.LegalName + " : management de transition et mission de conseil",
				"Creator": "Interim Desk",
			}
			for k, v := range want {
				if got := fold(info[k]); got != fold(v) {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			// pdfinfo shows the dates in the machine's zone, so the
			// dates are read from the bytes, where they are the issue
			// date in UTC on every machine.
			pdf := render(t, d)
			for _, key := range []string{"CreationDate", "ModDate"} {
				if want := "/" + key + " (D:20260509000000)"; !bytes.Contains(pdf, []byte(want)) {
					t.Errorf("%s is not the issue date: want %q in the document", key, want)
				}
			}
		})
	}
}

// TestMetadataDate writes the same dates wherever the machine is and
// whatever the clock says: a time in another zone as its UTC instant, no
// time at all as documentDate, never gofpdf's time.Now().
func TestMetadataDate(t *testing.T) {
	brussels := time.FixedZone("CEST", 2*60*60)
	tests := []struct {
		name string
		date time.Time
		want string
	}{
		{"utc", time.Date(2026, 5, 9, 0, 0, 0, 0, time.UTC), "D:20260509000000"},
		{"brussels", time.Date(2026, 5, 9, 0, 0, 0, 0, brussels), "D:20260508220000"},
		{"local", time.Date(2026, 5, 9, 12, 0, 0, 0, time.UTC).Local(), "D:20260509120000"},
		{"none", time.Time{}, "D:20000101000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := NewDoc(Setup{Date: tt.date, NoCompression: true}).Bytes()
			if err != nil {
				t.Fatal(err)
			}
			for _, key := range []string{"CreationDate", "ModDate"} {
				if want := "/" + key + " (" + tt.want + ")"; !bytes.Contains(out, []byte(want)) {
					t.Errorf("want %q in the document", want)
				}
			}
		})
	}
}

// TestDraft marks a preview as a draft in its language, on every page.
func TestDraft(t *testing.T) {
	tests := []struct {
		lang      domain.Lang
		mark, ref string
	}{
		{domain.LangNL, "CONCEPT", "Concept – niet ter ondertekening"},
		{domain.LangEN, "DRAFT", "Draft – not for signature"},
		{domain.LangFR, "PROJET", "Projet – ne pas signer"},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			pdf := render(t, pdftest.Draft(tt.lang))
			for i, p := range pageTexts(t, pdf) {
				if !strings.Contains(p, tt.mark) || !strings.Contains(p, tt.ref) {
					t.Errorf("page %d lacks the draft mark %q or %q", i+1, tt.mark, tt.ref)
				}
			}
			if text := pdfText(t, pdf); strings.Contains(text, "3f9a1c7e") {
				t.Error("a draft shows a hash of a version that does not exist")
			}
		})
	}
}

// TestLegalMentionsByCountry prints the Dutch firm's KvK number and leaves
// out the Belgian register.
func TestLegalMentionsByCountry(t *testing.T) {
	d := pdftest.Proposal(domain.LangNL)
	d.Firm.Address = domain.Address{Street: "Herengracht 100", Postcode: "1015 BS", City: "Amsterdam", Country: "NL"}
	d.Firm.CompanyNumber, d.Firm.RPRCourt, d.Firm.VATID = "34123456", "", "NL123456789B01"
	text := pdfText(t, render(t, d))
	mustContain(t, text, "KvK-nummer 34123456", "Btw NL123456789B01", "Herengracht 100, 1015 BS Amsterdam")
	if strings.Contains(text, "RPR") || strings.Contains(text, "Ondernemingsnummer") {
		t.Error("a Dutch firm's letterhead carries Belgian mentions")
	}
}

// TestReverseCharge prints the mention instead of VAT amounts.
func TestReverseCharge(t *testing.T) {
	tests := []struct {
		lang    domain.Lang
		mention string
	}{
		{domain.LangNL, "Btw verlegd: de btw is verschuldigd door de afnemer"},
		{domain.LangEN, "VAT reverse charged: the VAT is payable by the client"},
		{domain.LangFR, "Autoliquidation : la TVA est due par le preneur"},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			d := pdftest.Proposal(tt.lang)
			d.Proposal.ReverseCharge = true
			d = pdftest.Recompute(d)
			text := pdfText(t, render(t, d))
			mustContain(t, text, tt.mention, d.Totals.InterimNet.Format(tt.lang))
			if strings.Contains(text, domain.Euros(27300).Format(tt.lang)) {
				t.Error("VAT amount printed although the VAT is reverse charged")
			}
		})
	}
}

// TestOptionalParts leaves out what the proposal does not have: no
// manager yet, no permanent comparator, no recommendation.
func TestOptionalParts(t *testing.T) {
	d := pdftest.Proposal(domain.LangEN)
	d.Manager = nil
	d.Proposal.Permanent = nil
	d.Proposal.Recommended, d.Proposal.Recommendation = "", ""
	d.Proposal.Interim.Start = domain.Date{}
	d = pdftest.Recompute(d)
	pdf := render(t, d)
	qpdfCheck(t, pdf)
	text := pdfText(t, pdf)
	mustContain(t, text, textsEN.NoManager, textsEN.InStartSoon, "Start to be agreed")
	for _, absent := range []string{"Permanent hire", "Our recommendation", "François"} {
		if strings.Contains(text, absent) {
			t.Errorf("text has %q, which the proposal does not", absent)
		}
	}
}

// TestDocumentLanguageFallback prints a document without a language in the
// proposal's, then the client's language.
func TestDocumentLanguageFallback(t *testing.T) {
	d := pdftest.Proposal(domain.LangEN)
	d.Lang, d.Proposal.Language, d.Client.Language = "", "", domain.LangFR
	mustContain(t, pdfText(t, render(t, d)), "Votre situation")
}

// TestBadInput gets a sentence, not a panic.
func TestBadInput(t *testing.T) {
	_, err := RenderProposal(nil)
	if domain.ErrorCode(err) != domain.EINVALID || !strings.Contains(domain.ErrorMessage(err), "no document") {
		t.Errorf("nil document: %v", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ProposalRenderer()(ctx, pdftest.Proposal(domain.LangEN)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	out, err := ProposalRenderer()(context.Background(), pdftest.Proposal(domain.LangEN))
	if err != nil || !strings.HasPrefix(string(out), "%PDF-") {
		t.Errorf("ProposalRenderer: %v", err)
	}
}

// TestEmptyDocument prints a proposal with nothing filled in but the title.
func TestEmptyDocument(t *testing.T) {
	d := &domain.ProposalDocument{Proposal: domain.Proposal{Title: "Leeg"}}
	pdf := render(t, d)
	qpdfCheck(t, pdf)
	mustContain(t, pdfText(t, pdf), "Leeg", "Page 1 of", "Draft – not for signature")
}
