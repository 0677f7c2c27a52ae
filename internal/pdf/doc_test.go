package pdf

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// TestToolkitForContracts builds the kind of document the contracts will
// be, from the same blocks a proposal uses: numbered articles over several
// pages, room for initials on every page, three parties signing.
func TestToolkitForContracts(t *testing.T) {
	d := NewDoc(Setup{
		Title:  "Managementovereenkomst",
		Author: "Van Damme & Partners BV",
		Date:   time.Date(2026, 5, 9, 0, 0, 0, 0, time.UTC),
		Brand:  "#7A1F3D",
		Footer: Footer{
			Page:      func(page int, total string) string { return fmt.Sprintf("Pagina %d van %s", page, total) },
			Reference: "OVK-2026-0003",
			Initials:  "Paraaf",
			Header:    "Managementovereenkomst OVK-2026-0003",
		},
	})
	d.Letterhead(Letterhead{Logo: pdftest.Logo(), Name: "Van Damme & Partners BV", Lines: []string{"Kortrijksesteenweg 1120, 9051 Gent"}})
	d.Kicker("Overeenkomst")
	d.Title("Managementovereenkomst")
	for i := 1; i <= 14; i++ {
		d.Heading(fmt.Sprintf("Artikel %d", i), "Opdracht en bevoegdheden")
		d.Paragraph(strings.Repeat("De opdrachtnemer voert de opdracht zelfstandig uit. ", 12))
	}
	d.Table(Table{
		Columns: []Column{{Title: "Omschrijving"}, {Title: "Bedrag", Width: 40, Align: "R"}},
		Rows: []Row{
			{Cells: []string{"Dagtarief", "€ 1.250,00"}},
			{Cells: []string{"Totaal", "€ 130.000,00"}, Total: true},
		},
		KeepTogether: true,
	})
	lines := []string{"Naam en functie", "Plaats en datum", "Handtekening"}
	d.Signature(Signature{
		Intro: "Opgemaakt in drie exemplaren, waarvan elke partij verklaart er één te hebben ontvangen.",
		Signers: []Signer{
			{Role: "De opdrachtgever", Name: "Brouwerij De Kroon NV", Lines: lines},
			{Role: "Het bureau", Name: "Van Damme & Partners BV", Lines: lines},
			{Role: "De manager", Name: "François Dubois-Müller", Lines: lines},
		},
	})
	pdf, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	qpdfCheck(t, pdf)
	pages := pageTexts(t, pdf)
	if len(pages) < 3 {
		t.Fatalf("%d pages; the articles should need at least three", len(pages))
	}
	for i, p := range pages {
		for _, want := range []string{fmt.Sprintf("Pagina %d van %d", i+1, len(pages)), "Paraaf", "OVK-2026-0003"} {
			if !strings.Contains(p, want) {
				t.Errorf("page %d lacks %q", i+1, want)
			}
		}
	}
	last := pages[len(pages)-1]
	for _, want := range []string{"DE OPDRACHTGEVER", "HET BUREAU", "DE MANAGER", "François Dubois-Müller", "Handtekening"} {
		if !strings.Contains(last, want) {
			t.Errorf("the signature block lacks %q", want)
		}
	}
	for i := 1; i <= 14; i++ {
		if pageOf(pages, fmt.Sprintf("Artikel %d Opdracht", i)) == 0 {
			t.Errorf("article %d is missing", i)
		}
	}
}
