package ui

import (
	"context"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

func TestImport_skipRefusedLinesWritesTheOthers(t *testing.T) {
	u, svc, _ := rosterWorld(t)
	path := writeTestFile(t, "roster.csv", rosterCSV)
	u.previewImport(u.managersCSV(), path)
	u.waitIdle()
	p := u.data.preview
	p.mode.SetSelected("Skip refused lines")
	if p.importBtn.Disabled() {
		t.Fatal("Import is disabled with refused lines skipped")
	}
	test.Tap(p.importBtn)
	if pr := u.data.progress; pr == nil || pr.bar.Max != 3 {
		t.Errorf("the import shows no progress over the 3 lines of the preview")
	}
	u.waitIdle()
	wantOverlay(t, u.win, "roster.csv was imported: 1 added, 1 updated, 0 unchanged.", "1 refused line was left out.")
	if previewShown(u, p) {
		t.Error("the preview stays open after a finished import")
	}

	ms := allManagers(t, svc)
	if len(ms) != 2 {
		t.Errorf("%d managers in the store, want 2", len(ms))
	}
	found := false
	for _, m := range ms {
		if strings.EqualFold(m.Email, "joelle@dubois.example") {
			found = true
			if m.DayRate != domain.Euros(1400) {
				t.Errorf("Joëlle's day rate is %v, want €1,400", m.DayRate)
			}
		}
	}
	if !found {
		t.Error("Joëlle is no longer in the store")
	}
	// The roster shows what the store holds.
	if rows := listTexts(u.managers.list, 10); len(rows) != 2 {
		t.Errorf("the roster shows %d rows after the import, want 2: %q", len(rows), rows)
	}
}

// With a refused line, "Stop at the first error" would import nothing:
// Import is off and the sentence under the choice says why; skipping
// refused lines turns it on again.
func TestImportPreview_stopAtTheFirstErrorWithARefusedLineOffersNoImport(t *testing.T) {
	u, _, _ := rosterWorld(t)
	path := writeTestFile(t, "roster.csv", rosterCSV)
	u.previewImport(u.managersCSV(), path)
	u.waitIdle()
	p := u.data.preview
	if p.mode.Selected != "Stop at the first error" {
		t.Fatalf("the preview starts with %q", p.mode.Selected)
	}
	if !p.importBtn.Disabled() {
		t.Error("Import is enabled although stopping at line 4 would import nothing")
	}
	if want := "Line 4 is refused, so with “Stop at the first error” nothing will be imported."; !strings.Contains(p.hint.Text, want) || !p.hint.Visible() {
		t.Errorf("the hint = %q, want it to say %q", p.hint.Text, want)
	}
	p.mode.SetSelected("Skip refused lines")
	if p.importBtn.Disabled() {
		t.Error("Import stays disabled with refused lines skipped")
	}
	p.mode.SetSelected("Stop at the first error")
	if !p.importBtn.Disabled() {
		t.Error("Import is enabled again after choosing to stop at the first error")
	}
}

// An import that fails (here the file changed after the preview) keeps the
// preview open with the reason in it; the person chooses to skip refused
// lines and imports from the same dialog.
func TestImport_aFailureKeepsThePreviewOpenForAnotherTry(t *testing.T) {
	u, svc, _ := rosterWorld(t)
	clean := "Naam;E-mail;Dagtarief;Talen\r\n" +
		"Renée Claes;renee.claes@example.be;1.250,00;nl, fr\r\n" +
		"Wim Peeters;wim@example.be;1.100;nl\r\n"
	path := writeTestFile(t, "roster.csv", clean)
	u.previewImport(u.managersCSV(), path)
	u.waitIdle()
	p := u.data.preview
	if p.importBtn.Disabled() {
		t.Fatal("Import is disabled for a file without refused lines")
	}
	// Somebody saves the sheet again, with a mistake, before Import.
	if err := os.WriteFile(path, []byte(strings.Replace(clean, "wim@example.be", "wim@@example.be", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	tap(u, p.importBtn)

	if !previewShown(u, p) || u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the failed import closed the preview")
	}
	if !p.failure.Visible() || !strings.Contains(p.failure.Text, "Nothing was imported: line 3 was refused.") ||
		!strings.Contains(p.failure.Text, "wim@@example.be") {
		t.Errorf("the preview does not say why nothing was imported: %q (visible %v)", p.failure.Text, p.failure.Visible())
	}
	wantOverlay(t, u.win, "Nothing was imported: line 3 was refused.")
	if n := len(allManagers(t, svc)); n != 1 {
		t.Errorf("%d managers after a failed import, want 1", n)
	}

	p.mode.SetSelected("Skip refused lines")
	tap(u, p.importBtn)
	if previewShown(u, p) {
		t.Error("the preview stays open after the second try imported")
	}
	wantOverlay(t, u.win, "roster.csv was imported: 1 added, 0 updated, 0 unchanged.", "1 refused line was left out.")
	if n := len(allManagers(t, svc)); n != 2 {
		t.Errorf("%d managers after the second try, want 2", n)
	}
}

// A refusal's sentence is longer than the list is wide: its row wraps and
// grows instead of cutting the reason with "…".
func TestImportPreview_showsEachRefusalWhole(t *testing.T) {
	u, _, _ := rosterWorld(t)
	path := writeTestFile(t, "roster.csv", rosterCSV)
	u.previewImport(u.managersCSV(), path)
	u.waitIdle()
	p := u.data.preview
	refused := p.lines[2]
	if len(refused) < 120 {
		t.Fatalf("the refusal is too short to need wrapping: %q", refused)
	}
	// The list draws only the rows in view; the refusal is the third.
	p.list.ScrollTo(2)
	var rows []*widget.Label
	for _, o := range objects(p.list) {
		if l, ok := o.(*widget.Label); ok {
			rows = append(rows, l)
		}
	}
	var row *widget.Label
	for _, l := range rows {
		if l.Text == refused {
			row = l
		}
	}
	if row == nil {
		t.Fatalf("no row of the list shows the refusal whole; rows: %d", len(rows))
	}
	if row.Truncation != fyne.TextTruncateOff || row.Wrapping != fyne.TextWrapWord {
		t.Errorf("the refused row cuts its text (truncation %v, wrapping %v)", row.Truncation, row.Wrapping)
	}
	one := rows[0].MinSize().Height
	if rows[0].Text == refused {
		one = rows[1].MinSize().Height
	}
	if h := row.Size().Height; h < 1.5*one {
		t.Errorf("the refused row is %.0f high, one line is %.0f: its reason does not wrap", h, one)
	}
	if w := row.Size().Width; w > p.list.Size().Width {
		t.Errorf("the refused row is %.0f wide, wider than the list (%.0f)", w, p.list.Size().Width)
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

// previewShown tells whether the import preview p is among the window's
// dialogs.
func previewShown(u *App, p *importPreview) bool {
	for _, o := range u.win.Canvas().Overlays().List() {
		for _, in := range objects(o) {
			if in == p.summary {
				return true
			}
		}
	}
	return false
}
