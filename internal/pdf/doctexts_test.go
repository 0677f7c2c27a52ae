package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// dumpPDF writes b to $INTERIMDESK_DUMP_DIR/name when that is set, so a
// person can look at the pages the text tests read.
func dumpPDF(t *testing.T, name string, b []byte) {
	if dir := os.Getenv("INTERIMDESK_DUMP_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sampleContracts are the four templates in every language: mandate and
// consulting, under Belgian and under Dutch law.
func sampleContracts() map[string]*domain.ContractDocument {
	out := map[string]*domain.ContractDocument{}
	for _, l := range domain.Langs {
		out["BE-interim-"+string(l)] = pdftest.Contract(l)
		out["BE-consulting-"+string(l)] = pdftest.ConsultingContract(l)
		out["NL-interim-"+string(l)] = pdftest.Dutch(pdftest.Contract(l))
		out["NL-consulting-"+string(l)] = pdftest.Dutch(pdftest.ConsultingContract(l))
		out["BE-client-"+string(l)] = pdftest.ClientAgreement(l)
		out["NL-client-"+string(l)] = pdftest.Dutch(pdftest.ClientAgreement(l))
		out["BE-manager-"+string(l)] = pdftest.ManagerAgreement(l)
		out["NL-manager-"+string(l)] = pdftest.Dutch(pdftest.ManagerAgreement(l))
	}
	return out
}

// TestContractTextsHold reads the printed contracts of every template and
// language for what the issue "Documents a firm can send without reading
// them twice" asks of them.
func TestContractTextsHold(t *testing.T) {
	for name, d := range sampleContracts() {
		t.Run(name, func(t *testing.T) {
			b, err := RenderContract(d)
			if err != nil {
				t.Fatal(err)
			}
			dumpPDF(t, "contract-"+name+".pdf", b)
			text := pdfText(t, b)
			// No heading ends a page without its text.
			pages := pageTexts(t, b)
			for i, p := range pages[:len(pages)-1] {
				body, _, _ := strings.Cut(p, fmt.Sprintf(textsFor(d.Lang).PageOf, i+1, ""))
				body = strings.TrimSpace(body)
				for n, cl := range d.Clauses {
					if heading := fmt.Sprintf("%d %s", n+1, cl.Title); strings.HasSuffix(body, heading) {
						t.Errorf("page %d ends with the heading %q", i+1, heading)
					}
				}
			}
			l, nl := d.Lang, d.Jurisdiction == domain.JurisdictionNL
			// The courts and places in the document's language.
			switch {
			case l == domain.LangFR && nl:
				mustContain(t, text, "Herengracht 420 à 1017 BZ Amsterdam")
			case l == domain.LangFR:
				mustContain(t, text, "Kortrijksesteenweg 1120 à 9051 Gand", "(Gand, division Gand)", "RPM Gand, division Gand, TVA", "ci-après « le Cabinet » ;")
				if strings.Contains(text, "Gent") {
					t.Error("a French contract says “Gent”")
				}
			case l == domain.LangEN && !nl:
				mustContain(t, text, "Kortrijksesteenweg 1120, 9051 Ghent", "(Ghent, division Ghent)")
			case l == domain.LangNL && !nl:
				mustContain(t, text, "9051 Gent, Kortrijksesteenweg 1120", "(Gent, afdeling Gent)")
			}
			// The legal reference of a reverse charge, as in proposals.
			if d.ReverseCharge {
				mustContain(t, text, map[domain.Lang]string{
					domain.LangNL: "artikel 196 van Richtlijn 2006/112/EG",
					domain.LangEN: "Article 196 of Council Directive 2006/112/EC",
					domain.LangFR: "article 196 de la directive 2006/112/CE",
				}[l])
			}
			// Intellectual property is an article of every template.
			mustContain(t, text, map[domain.Lang]string{
				domain.LangNL: "Intellectuele eigendom", domain.LangEN: "Intellectual property", domain.LangFR: "Propriété intellectuelle",
			}[l])
			if d.ManagerSigns() {
				// The manager's company with its seat and enterprise number.
				mustContain(t, text, "FDM Management BV, "+map[domain.Lang]string{
					domain.LangNL: "gevestigd te 9000 Gent, Kouter 7, ondernemingsnummer",
					domain.LangEN: "with its registered office at Kouter 7, 9000 Ghent, enterprise number",
					domain.LangFR: "dont le siège est établi Kouter 7 à 9000 Gand, numéro d’entreprise",
				}[l]+" 0476.925.343")
			} else if d.Engagement.Kind == domain.KindConsulting {
				// A consulting contract is not named after the interim title.
				if strings.Contains(text, fold(d.Proposal.Title)) {
					t.Errorf("the consulting contract repeats the proposal's title %q", d.Proposal.Title)
				}
			}
			// The draft mark never stands among the words.
			for _, w := range []string{"CO NC EP", "DR AF T"} {
				if strings.Contains(text, w) {
					t.Errorf("text has %q", w)
				}
			}
			// Each country's own terms.
			if nl {
				for _, w := range []string{"gerechtelijke reorganisatie", "directiecomité", "réorganisation judiciaire", "judicial reorganisation", "grove schuld", "gross negligence", "faute grave"} {
					if strings.Contains(text, w) {
						t.Errorf("a Dutch-law contract says %q", w)
					}
				}
				if d.Engagement.Kind == domain.KindInterim {
					mustContain(t, text, "Wet DBA")
				}
			} else {
				for _, w := range []string{"surseance", "sursis de paiement", "suspension of payments", "bewuste roekeloosheid"} {
					if strings.Contains(text, w) {
						t.Errorf("a Belgian contract says %q", w)
					}
				}
			}
			if l == domain.LangFR && strings.Contains(text, "n’entendent expressément pas") {
				t.Error("French says “n’entendent expressément pas”")
			}
		})
	}
}

// TestContractRoleAnyText: a role with a reporting line reads as a
// sentence in articles 3.1 and 4.1.
func TestContractRoleAnyText(t *testing.T) {
	d := pdftest.Contract(domain.LangNL)
	d.Engagement.Role = "Programmamanager, rapporteert aan de algemeen directeur"
	b, err := RenderContract(d)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, b)
	mustContain(t, text,
		"vervult de Manager bij de Opdrachtgever de volgende functie: Programmamanager, rapporteert aan de algemeen directeur.",
		"de bevoegdheden die horen bij de functie omschreven in artikel 3,")
}

// TestProposalTextsHold reads the printed proposals in every language.
func TestProposalTextsHold(t *testing.T) {
	for _, l := range domain.Langs {
		t.Run(string(l), func(t *testing.T) {
			d := pdftest.Proposal(l)
			b := render(t, d)
			dumpPDF(t, "proposal-"+string(l)+".pdf", b)
			text := pdfText(t, b)
			valid := map[domain.Lang]string{
				domain.LangNL: "geldig tot en met",
				domain.LangEN: "(inclusive)",
				domain.LangFR: "inclus.",
			}[l]
			mustContain(t, text, valid)
			// The notice the contract will have, not a fixed month.
			mustContain(t, text, map[domain.Lang]string{
				domain.LangNL: "opzegtermijn van 30 dagen", domain.LangEN: "30 days", domain.LangFR: "préavis de 30 jours",
			}[l])
			for _, w := range []string{"staat in voor", "bezorgt u ons", "gaat voor op", "één maand", "one month’s notice", "préavis d’un mois", "répond des résultats", "accountable for the results"} {
				if strings.Contains(text, w) {
					t.Errorf("the proposal says %q", w)
				}
			}
			// The recommendation is said once.
			for _, w := range []string{textsFor(l).RecommendA, textsFor(l).RecommendB} {
				if strings.TrimSpace(d.Proposal.Recommendation) != "" && strings.Contains(text, fold(w)) {
					t.Errorf("the template sentence %q stands beside the firm's own", w)
				}
			}
		})
	}
}

// TestFrenchAmounts: French amounts carry the € after them, in the
// proposal and the contract, and pdftotext reads them back.
func TestFrenchAmounts(t *testing.T) {
	text := pdfText(t, render(t, pdftest.Proposal(domain.LangFR)))
	if m := regexp.MustCompile(`(?:^|[^\d] |[^\d ])€ ?\d[\d ]*,\d\d`).FindString(text); m != "" {
		t.Errorf("a French amount starts with €: %q", m)
	}
	mustContain(t, text, "1 250,00 €")
	b, err := RenderContract(pdftest.Contract(domain.LangFR))
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, pdfText(t, b), "1 250,00 €")
}

// TestReverseChargeTotal: under reverse charge the last line of the
// costs reads "to pay", not "incl. VAT", in every language.
func TestReverseChargeTotal(t *testing.T) {
	for _, l := range domain.Langs {
		tt := textsFor(l)
		if got := tt.totalLabel(true); got == tt.TotalIncVAT || got == "" {
			t.Errorf("%s: reverse-charge total %q", l, got)
		}
		if got := tt.totalLabel(false); got != tt.TotalIncVAT {
			t.Errorf("%s: total %q", l, got)
		}
	}
}

// TestDraftMarkNotInText: the draft watermark is seen, not read: the text
// of a preview holds the words in order and the mark only as the tag at
// the top of each page.
func TestDraftMarkNotInText(t *testing.T) {
	for _, l := range domain.Langs {
		d := pdftest.Contract(l)
		d.Version = 0
		b, err := RenderContract(d)
		if err != nil {
			t.Fatal(err)
		}
		pages := pageTexts(t, b)
		mark := textsFor(l).Draft
		for i, p := range pages {
			if n := strings.Count(p, mark); n != 1 {
				t.Errorf("%s page %d: %q %d times:\n%s", l, i+1, mark, n, p)
			}
		}
		p := pdftest.Draft(l)
		pages = pageTexts(t, render(t, p))
		for i, p := range pages {
			if n := strings.Count(p, mark); n != 1 {
				t.Errorf("%s proposal page %d: %q %d times", l, i+1, mark, n)
			}
		}
	}
}

// TestListFollowsItsAnnouncement: the deliverables stand right under the
// paragraph that says they are listed below, before the next paragraph.
func TestListFollowsItsAnnouncement(t *testing.T) {
	d := pdftest.ConsultingContract(domain.LangEN)
	d.Terms.Deliverables = "Diagnosis report\nImplementation plan"
	b, err := RenderContract(d)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, b)
	mustContain(t, text, "4.1 The Firm delivers to the Client the results listed below. • Diagnosis report • Implementation plan 4.2 A deliverable is accepted")
}

// TestSignatureNotAlone: however the articles fall, the signatures share a
// page with the last lines of the final article.
func TestSignatureNotAlone(t *testing.T) {
	for extra := 0; extra < 40; extra += 3 {
		d := pdftest.Contract(domain.LangEN)
		d.Terms.Authority = strings.Repeat("A power of the manager\n", extra)
		b, err := RenderContract(d)
		if err != nil {
			t.Fatal(err)
		}
		path := writeTemp(t, b)
		n := strconv.Itoa(pageCount(t, path))
		last := fold(tool(t, "pdftotext", "-layout", "-f", n, "-l", n, path, "-"))
		if !strings.Contains(last, "general terms and conditions do not apply.") {
			t.Fatalf("with %d powers the last page has no lines of the final article:\n%s", extra, last)
		}
	}
}

// TestBulletKeepsLastLines: a list item's last line does not start a page
// alone either.
func TestBulletKeepsLastLines(t *testing.T) {
	d := NewDoc(Setup{NoCompression: true})
	d.f.SetY(contentEnd - 2.5*lineBody)
	d.Bullets([]string{"alpha\nbravo\ncharlie", "delta"})
	b, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, b)
	if len(pages) != 2 || pages[0] != "• alpha" || pages[1] != "bravo charlie • delta" {
		t.Errorf("pages %q", pages)
	}
}

// TestHeadingKeepsTwoLines: a heading that would end a page with only one
// line of its text under it moves to the next page with its text.
func TestHeadingKeepsTwoLines(t *testing.T) {
	d := NewDoc(Setup{NoCompression: true})
	d.f.SetY(contentEnd - 14)
	d.Heading("3", "Heading")
	d.Paragraph("alpha\nbravo\ncharlie")
	b, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, b)
	if len(pages) != 2 || pages[0] != "" || pages[1] != "3 Heading alpha bravo charlie" {
		t.Errorf("pages %q", pages)
	}
}

// TestPreviewKeepsIssuedValidity: a preview of an accepted or expired
// proposal, dated today, shows the validity of the version that was
// issued, not a new one.
func TestPreviewKeepsIssuedValidity(t *testing.T) {
	for _, status := range []domain.ProposalStatus{domain.ProposalAccepted, domain.ProposalExpired} {
		d := pdftest.Proposal(domain.LangEN)
		d.Proposal.Status, d.Proposal.IssuedOn, d.Proposal.ValidityDays = status, domain.NewDate(2026, 5, 9), 30
		d.Version, d.Date = 0, domain.NewDate(2026, 11, 20)
		text := pdfText(t, render(t, d))
		mustContain(t, text, "This proposal is valid until 8 June 2026 (inclusive).")
		if strings.Contains(text, "20 December 2026") {
			t.Errorf("%s: the preview gives a new validity", status)
		}
	}
}

// TestConsultingContractTitle: a consulting contract is titled after its
// own assignment, never after the proposal's title.
func TestConsultingContractTitle(t *testing.T) {
	d := pdftest.ConsultingContract(domain.LangNL)
	d.Engagement.Role = "Doorlichting van de financiële functie"
	b, err := RenderContract(d)
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, pdfText(t, b), "Adviesovereenkomst – Doorlichting van de financiële functie")
}
