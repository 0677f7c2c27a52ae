package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// contactFile copies a contact export of internal/csvio/testdata into the
// test's folder, as the file dialog would choose it.
func contactFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "csvio", "testdata", "contacts", name))
	if err != nil {
		t.Fatal(err)
	}
	return writeTestFile(t, name, string(b))
}

func columnTexts(p *importPreview) []string {
	var out []string
	for _, l := range p.columns {
		out = append(out, l.Text)
	}
	return out
}

// LinkedIn's Connections.csv: the preview says what each column becomes,
// that Joelle DUBOIS without an e-mail is likely the Joëlle Dubois on the
// roster (updated, not added), and that the second Sofie Maes is left out;
// Import writes just that.
func TestImportPreview_linkedInConnections(t *testing.T) {
	db := openStore(t)
	svc := servicesOf(db)
	joelle := mustManager(t, svc, &domain.Manager{Name: "Joëlle Dubois", Email: "joelle@dubois.example", Headline: "CFO"})
	u, _ := newTestUI(t, svc, Options{})
	path := contactFile(t, "Connections.csv")

	u.previewImport(u.managersCSV(), path)
	u.waitIdle()
	p := u.data.preview
	if p == nil {
		t.Fatalf("no preview; the window says:\n%s", overlayTexts(u.win))
	}
	for _, want := range []string{
		"First Name, Last Name → Name (joined)",
		"Email Address → E-mail",
		"Company → Company",
		"Position → Headline",
		"URL, Connected On: ignored",
	} {
		if !slices.Contains(columnTexts(p), want) {
			t.Errorf("the preview's columns lack %q: %q", want, columnTexts(p))
		}
	}
	want := []string{
		"Line 6 — update (matched by name, likely the same person: the line has no e-mail) — Joëlle Dubois: Headline, Company",
		"Line 7 — add — Pieter Van den Broeck (pieter@vdbroeck.example)",
		"Line 8 — add — Sofie Maes",
		"Line 9 — left out, likely a duplicate — Sofie Maes is also on line 8, and this line has no e-mail to tell them apart; it was left out as a likely duplicate.",
		"Line 10 — add — Thomas Claes (thomas.claes@claes.example)",
	}
	if !slices.Equal(p.lines, want) {
		t.Errorf("preview lines\n%s\nwant\n%s", strings.Join(p.lines, "\n"), strings.Join(want, "\n"))
	}
	if !p.duplicates.Visible() || !strings.HasPrefix(p.duplicates.Text, "1 likely duplicate is left out") {
		t.Errorf("duplicates %q (shown %v)", p.duplicates.Text, p.duplicates.Visible())
	}
	if !strings.Contains(p.notices.Text, "Line 5 was taken as the header") {
		t.Errorf("notices %q", p.notices.Text)
	}
	// A likely duplicate refuses nothing: Import stops at no error.
	if p.importBtn.Disabled() || strings.Contains(p.hint.Text, "refused") {
		t.Errorf("import disabled %v, hint %q", p.importBtn.Disabled(), p.hint.Text)
	}

	test.Tap(p.importBtn)
	u.waitIdle()
	wantOverlay(t, u.win, "Connections.csv was imported: 3 added, 1 updated, 0 unchanged.", "1 likely duplicate was left out.")
	ms := allManagers(t, svc)
	if len(ms) != 4 {
		t.Errorf("%d managers, want 4", len(ms))
	}
	got, err := svc.Managers.FindManagerByID(context.Background(), joelle.ID)
	if err != nil || got.Name != "Joëlle Dubois" || got.Headline != "Interim CFO | Turnaround, M&A" || got.Email != "joelle@dubois.example" {
		t.Errorf("Joëlle after the import: %+v, %v", got, err)
	}
}

// Outlook's Title is a salutation and says so; Google's second e-mail
// column stands in for a blank first.
func TestImportPreview_outlookAndGoogleColumns(t *testing.T) {
	db := openStore(t)
	svc := servicesOf(db)
	u, _ := newTestUI(t, svc, Options{})
	for _, tc := range []struct {
		file string
		want []string
	}{
		{"outlook-contacts.csv", []string{"Title, Suffix: ignored, a salutation (Dhr., Mevr., Mr.), never a headline",
			"Job Title → Headline", "Mobile Phone, Home Phone, Business Phone → Phone (the first filled on each line)"}},
		{"google-contacts.csv", []string{"First Name, Middle Name, Last Name → Name (joined)",
			"E-mail 1 - Value, E-mail 2 - Value → E-mail (the first filled on each line)", "Organization Title → Headline"}},
	} {
		u.previewImport(u.managersCSV(), contactFile(t, tc.file))
		u.waitIdle()
		p := u.data.preview
		if p == nil {
			t.Fatalf("%s: no preview; the window says:\n%s", tc.file, overlayTexts(u.win))
		}
		for _, w := range tc.want {
			if !slices.Contains(columnTexts(p), w) {
				t.Errorf("%s: the columns lack %q: %q", tc.file, w, columnTexts(p))
			}
		}
		closeOverlays(u.win)
		u.data.preview = nil
	}
}

// Two lines of one name with two e-mail addresses: both are imported, and
// the preview asks to check that the second is someone else.
func TestImportPreview_sameNameTwice(t *testing.T) {
	u, _ := newTestUI(t, servicesOf(openStore(t)), Options{})
	path := writeTestFile(t, "team.csv", "Name;E-mail\nPieter Claes;pieter@claes.example\nPieter CLAES;p.claes@other.example\n")
	u.previewImport(u.managersCSV(), path)
	u.waitIdle()
	p := u.data.preview
	if p == nil {
		t.Fatalf("no preview; the window says:\n%s", overlayTexts(u.win))
	}
	want := "Line 3 — add — Pieter CLAES (p.claes@other.example) — same name as line 2: check that it is someone else"
	if len(p.lines) != 2 || p.lines[1] != want {
		t.Errorf("preview lines %q\nwant the second %q", p.lines, want)
	}
}
