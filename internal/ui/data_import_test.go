package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// roster.csv as a Dutch sheet exports it: a new manager, one matched by
// e-mail in other capitals, one refused, and a column nobody knows.
const rosterCSV = "Naam;E-mail;Dagtarief;Talen;Schoenmaat\r\n" +
	"Renée Claes;renee.claes@example.be;1.250,00;nl, fr;42\r\n" +
	"Joëlle Dubois;JOELLE@dubois.example;1.400,00;fr, en;38\r\n" +
	"Wim Peeters;wim@@example.be;1.100;nl;44\r\n"

// rosterWorld is a store with Joëlle Dubois on the roster and the window
// on it.
func rosterWorld(t *testing.T) (*App, domain.Services, *domain.Manager) {
	t.Helper()
	db := openStore(t)
	svc := servicesOf(db)
	joelle := mustManager(t, svc, &domain.Manager{Name: "Joëlle Dubois", Email: "joelle@dubois.example",
		DayRate: domain.Euros(1250), Languages: []string{"fr"}})
	u, _ := newTestUI(t, svc, Options{})
	return u, svc, joelle
}

func TestImportPreview_saysWhatEachLineDoesAndWritesNothing(t *testing.T) {
	u, svc, joelle := rosterWorld(t)
	path := writeTestFile(t, "roster.csv", rosterCSV)

	runMenu(t, u, "Import managers…")
	if u.data.open == nil {
		t.Fatal("Import managers… shows no file dialog")
	}
	closeOverlays(u.win)
	u.previewImport(u.managersCSV(), path) // the file the dialog chose
	u.waitIdle()

	p := u.data.preview
	if p == nil {
		t.Fatalf("no preview; the window says:\n%s", overlayTexts(u.win))
	}
	want := []string{
		"Line 2 — add — Renée Claes (renee.claes@example.be)",
		"Line 3 — update (matched by e-mail joelle@dubois.example) — Joëlle Dubois: E-mail, Languages, Day rate",
		"Line 4 — refused — E-mail: ",
	}
	if len(p.lines) != len(want) {
		t.Fatalf("the preview has %d lines, want %d:\n%s", len(p.lines), len(want), strings.Join(p.lines, "\n"))
	}
	for i, w := range want {
		if !strings.HasPrefix(p.lines[i], w) {
			t.Errorf("preview line %d = %q, want it to start with %q", i, p.lines[i], w)
		}
	}
	if p.list.Length() != 3 {
		t.Errorf("the list shows %d rows, want 3", p.list.Length())
	}
	if got := p.summary.Text; got != "1 to add, 1 to update, 0 unchanged, 1 refused." {
		t.Errorf("summary = %q", got)
	}
	if !strings.Contains(p.notices.Text, "Schoenmaat") || !p.notices.Visible() {
		t.Errorf("the ignored column is not noticed: %q", p.notices.Text)
	}
	if p.mode.Selected != "Stop at the first error" {
		t.Errorf("the preview starts with %q chosen; the safe choice is to stop", p.mode.Selected)
	}
	if !strings.Contains(p.hint.Text, "Line 4 is refused") {
		t.Errorf("the hint does not warn about line 4: %q", p.hint.Text)
	}
	// Choosing a line shows its whole sentence, which the list cuts.
	p.list.Select(2)
	if !p.detail.Visible() || !strings.Contains(p.detail.Text, "wim@@example.be") {
		t.Errorf("the chosen line is not shown whole: %q", p.detail.Text)
	}

	// Nothing was written by the preview, nor by cancelling it.
	tap(u, p.cancelBtn)
	ms := allManagers(t, svc)
	if len(ms) != 1 || ms[0].DayRate != joelle.DayRate {
		t.Errorf("the preview wrote to the store: %d managers, Joëlle's rate %v", len(ms), ms[0].DayRate)
	}
}

func TestImport_stopAtTheFirstErrorOrSkip(t *testing.T) {
	tests := []struct {
		name     string
		mode     string
		says     []string
		managers int
		rate     domain.Money // Joëlle's day rate afterwards
	}{
		{"stop at the first error writes nothing", "Stop at the first error",
			[]string{"Nothing was imported: line 4 was refused.", "E-mail:"}, 1, domain.Euros(1250)},
		{"skip refused lines writes the others", "Skip refused lines",
			[]string{"roster.csv was imported: 1 added, 1 updated, 0 unchanged.", "1 refused line was left out."}, 2, domain.Euros(1400)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, svc, _ := rosterWorld(t)
			path := writeTestFile(t, "roster.csv", rosterCSV)
			u.previewImport(u.managersCSV(), path)
			u.waitIdle()
			p := u.data.preview
			p.mode.SetSelected(tt.mode)
			if p.importBtn.Disabled() {
				t.Fatalf("Import is disabled with %q", tt.mode)
			}
			test.Tap(p.importBtn)
			if pr := u.data.progress; pr == nil || pr.bar.Max != 3 {
				t.Errorf("the import shows no progress over the 3 lines of the preview")
			}
			u.waitIdle()
			wantOverlay(t, u.win, tt.says...)

			ms := allManagers(t, svc)
			if len(ms) != tt.managers {
				t.Errorf("%d managers in the store, want %d", len(ms), tt.managers)
			}
			found := false
			for _, m := range ms {
				if strings.EqualFold(m.Email, "joelle@dubois.example") {
					found = true
					if m.DayRate != tt.rate {
						t.Errorf("Joëlle's day rate is %v, want %v", m.DayRate, tt.rate)
					}
				}
			}
			if !found {
				t.Error("Joëlle is no longer in the store")
			}
			// The roster shows what the store holds.
			if rows := listTexts(u.managers.list, 10); len(rows) != tt.managers {
				t.Errorf("the roster shows %d rows after the import, want %d: %q", len(rows), tt.managers, rows)
			}
		})
	}
}

func TestImport_cancelWritesNothing(t *testing.T) {
	u, svc, _ := rosterWorld(t)
	path := writeTestFile(t, "roster.csv", rosterCSV)
	u.previewImport(u.managersCSV(), path)
	u.waitIdle()
	p := u.data.preview
	p.mode.SetSelected("Skip refused lines")
	test.Tap(p.importBtn)
	// Cancel before the importing goroutine's result is shown: the store
	// sees its context end, rolls back, and says so.
	test.Tap(u.data.progress.cancelBtn)
	u.waitIdle()
	ms := allManagers(t, svc)
	switch text := overlayTexts(u.win); {
	case strings.Contains(text, "was imported:"):
		// The import finished before the cancel reached it: all of it.
		if len(ms) != 2 {
			t.Errorf("a finished import left %d managers; it says:\n%s", len(ms), text)
		}
	case len(ms) != 1:
		t.Errorf("a cancelled import left %d managers; it says:\n%s", len(ms), text)
	}
}

func TestImportPreview_clientsMatchByVATNumber(t *testing.T) {
	db := openStore(t)
	svc := servicesOf(db)
	ctx := context.Background()
	if err := svc.Clients.CreateClient(ctx, &domain.Client{LegalName: "Verhaeghe Logistics NV", VATID: "BE0403170701",
		Address: domain.Address{Country: "BE"}, Language: domain.LangNL}); err != nil {
		t.Fatal(err)
	}
	u, _ := newTestUI(t, svc, Options{})
	path := writeTestFile(t, "klanten.csv", "Naam;Btw-nummer;Land;Stad\r\n"+
		"Verhaeghe Logistics NV;be 0403.170.701;BE;Kortrijk\r\n"+
		"Brouwerij De Kroon BV;;NL;Utrecht\r\n"+
		"Fout NV;BE0403170702;BE;Gent\r\n")
	u.previewImport(u.clientsCSV(), path)
	u.waitIdle()
	p := u.data.preview
	if p == nil {
		t.Fatalf("no preview; the window says:\n%s", overlayTexts(u.win))
	}
	want := []string{
		"Line 2 — update (matched by VAT number BE0403170701) — Verhaeghe Logistics NV: City",
		"Line 3 — add — Brouwerij De Kroon BV",
		"Line 4 — refused — VAT number:",
	}
	for i, w := range want {
		if i >= len(p.lines) || !strings.HasPrefix(p.lines[i], w) {
			t.Errorf("preview line %d = %q, want it to start with %q", i, p.lines, w)
		}
	}
}

func TestImportPreview_refusesAFileThatIsNotCSV(t *testing.T) {
	u, svc, _ := rosterWorld(t)
	path := writeTestFile(t, "roster.csv", "")
	u.previewImport(u.managersCSV(), path)
	u.waitIdle()
	if u.data.preview != nil {
		t.Error("an empty file got a preview")
	}
	wantOverlay(t, u.win, "The file is empty")
	if n := len(allManagers(t, svc)); n != 1 {
		t.Errorf("%d managers after refusing the file", n)
	}
}
