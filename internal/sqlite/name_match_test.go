package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/csvio"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// importSample imports a contact file of internal/csvio/testdata as
// managers, the way the command line and the desktop do.
func importSample(t *testing.T, db *DB, name string, opt domain.ImportOptions) *domain.ImportReport {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "csvio", "testdata", "contacts", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := csvio.ScanManagers(f, csvio.Options{})
	if err != nil {
		t.Fatalf("scan %s: %v", name, err)
	}
	rep, err := db.ImportManagers(context.Background(), s.ImportRows(), opt)
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return rep
}

type lineWant struct {
	line   int
	action domain.ImportAction
	id     int64
	byName bool
	reason string
}

func checkLines(t *testing.T, rep *domain.ImportReport, want []lineWant) {
	t.Helper()
	if len(rep.Lines) != len(want) {
		t.Fatalf("%d lines, want %d: %+v", len(rep.Lines), len(want), rep.Lines)
	}
	for i, w := range want {
		l := rep.Lines[i]
		got := lineWant{l.Line, l.Action, l.ID, l.ByName, l.Reason}
		if w.reason == "" {
			got.reason = ""
		}
		if got != w {
			t.Errorf("line %d:\n got %+v\nwant %+v", i, got, w)
		}
	}
}

// A LinkedIn connection without an e-mail address updates the one stored
// manager of that name (accents and capitals ignored) instead of adding
// them again; a name the file repeats is left out; importing the same
// file twice adds nobody the second time.
func TestContactFileWithoutEmailMatchesByName(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	joelle := testManager("Joëlle Dubois", "joelle@dubois.example")
	pieter := testManager("Pieter Van den Broeck", "pieter@vdbroeck.example")
	must(t, db.CreateManager(ctx, joelle))
	must(t, db.CreateManager(ctx, pieter))

	sofieTwice := "Sofie Maes is also on line 8, and this line has no e-mail to tell them apart; it was left out as a likely duplicate."
	preview := importSample(t, db, "Connections.csv", domain.ImportOptions{DryRun: true})
	checkLines(t, preview, []lineWant{
		{6, domain.ImportUpdate, joelle.ID, true, ""},
		{7, domain.ImportUpdate, pieter.ID, false, ""},
		{8, domain.ImportAdd, 0, false, ""},
		{9, domain.ImportSkip, 0, false, sofieTwice},
		{10, domain.ImportAdd, 0, false, ""},
	})
	if c := preview.Lines[0].Changes; !slices.Equal(c, []string{"Headline", "Company"}) {
		t.Errorf("changes by name %q", c)
	}
	if preview.Added != 2 || preview.Updated != 2 || preview.Skipped != 1 || preview.Refused != 0 {
		t.Errorf("counts %+v", preview)
	}

	// Without --skip-invalid: a likely duplicate is no refusal, the file
	// is imported.
	rep := importSample(t, db, "Connections.csv", domain.ImportOptions{})
	if !rep.Written || rep.Added != 2 || rep.Skipped != 1 {
		t.Fatalf("import %+v", rep)
	}
	if n := countManagers(t, db); n != 4 {
		t.Errorf("%d managers, want 4", n)
	}
	got, err := db.FindManagerByID(ctx, joelle.ID)
	must(t, err)
	if got.Name != "Joëlle Dubois" || got.Email != "joelle@dubois.example" || got.Headline != "Interim CFO | Turnaround, M&A" {
		t.Errorf("Joëlle after the import: %q %q %q", got.Name, got.Email, got.Headline)
	}

	again := importSample(t, db, "Connections.csv", domain.ImportOptions{})
	if again.Added != 0 || again.Unchanged != 4 || again.Skipped != 1 {
		t.Errorf("second import %+v", again)
	}
	if n := countManagers(t, db); n != 4 {
		t.Errorf("%d managers after the second import, want 4", n)
	}

	// Two stored managers of one name: a line without an e-mail cannot
	// tell which, and is left out.
	must(t, db.CreateManager(ctx, testManager("Joelle Dubois", "joelle.d@other.example")))
	rep = importSample(t, db, "Connections.csv", domain.ImportOptions{DryRun: true})
	checkLines(t, rep, []lineWant{{6, domain.ImportSkip, 0, false,
		"More than one stored manager is named Joelle DUBOIS, and this line has no e-mail to tell which; it was left out as a likely duplicate."},
		{7, domain.ImportUnchanged, pieter.ID, false, ""}, {8, domain.ImportUnchanged, rep.Lines[2].ID, true, ""},
		{9, domain.ImportSkip, 0, false, sofieTwice}, {10, domain.ImportUnchanged, rep.Lines[4].ID, false, ""}})
}

// Google's and Outlook's files go into one roster: Outlook's Pieter is
// matched by his e-mail in capitals, Google's Joëlle (no e-mail) by name.
func TestGoogleAndOutlookContactsImport(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	joelle := testManager("Joelle Dubois", "joelle@dubois.example")
	pieter := testManager("Pieter Van den Broeck", "pieter@vdbroeck.example")
	must(t, db.CreateManager(ctx, joelle))
	must(t, db.CreateManager(ctx, pieter))

	out := importSample(t, db, "outlook-contacts.csv", domain.ImportOptions{})
	checkLines(t, out, []lineWant{
		{2, domain.ImportAdd, out.Lines[0].ID, false, ""},
		{3, domain.ImportAdd, out.Lines[1].ID, false, ""},
		{4, domain.ImportUpdate, pieter.ID, false, ""},
	})
	goo := importSample(t, db, "google-contacts.csv", domain.ImportOptions{})
	checkLines(t, goo, []lineWant{
		{2, domain.ImportAdd, goo.Lines[0].ID, false, ""},
		{6, domain.ImportAdd, goo.Lines[1].ID, false, ""},
		{7, domain.ImportUpdate, joelle.ID, true, ""},
	})
	got, err := db.FindManagerByID(ctx, out.Lines[1].ID)
	must(t, err)
	if got.Name != "Els van Dam" || got.City != "Leuven" || got.Email != "els.vandam@mail.example" || got.Headline != "Interim HR Director" {
		t.Errorf("Els: %+v", got)
	}
	if n := countManagers(t, db); n != 6 {
		t.Errorf("%d managers, want 6", n)
	}
}

// Two lines of one name with two e-mail addresses are both imported, the
// second marked with the first's line; a line without an e-mail after a
// line with one of the same name is left out.
func TestSameNameTwiceInOneFile(t *testing.T) {
	db := openTestDB(t)
	data := "Name,E-mail\nPieter Claes,pieter@claes.example\nPIETER CLAES,p.claes@other.example\nPiëter Claes,\n"
	s, err := csvio.ScanManagers(strings.NewReader(data), csvio.Options{})
	must(t, err)
	rep, err := db.ImportManagers(context.Background(), s.ImportRows(), domain.ImportOptions{DryRun: true})
	must(t, err)
	checkLines(t, rep, []lineWant{
		{2, domain.ImportAdd, 0, false, ""},
		{3, domain.ImportAdd, 0, false, ""},
		{4, domain.ImportSkip, 0, false, "Piëter Claes is also on line 2, and this line has no e-mail to tell them apart; it was left out as a likely duplicate."},
	})
	if rep.Lines[0].SameNameAs != 0 || rep.Lines[1].SameNameAs != 2 {
		t.Errorf("same name as: %d, %d; want 0, 2", rep.Lines[0].SameNameAs, rep.Lines[1].SameNameAs)
	}
}

// As clients, the people of one company in a LinkedIn export make one
// client: the company is the legal name, and a second connection at the
// same company is a likely duplicate; a stored client of that name (its
// trade name, accents ignored) is updated rather than added.
func TestContactFileAsClients(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	stored := &domain.Client{LegalName: "Maes Advisory BV", TradeName: "Maës Advisory", Address: domain.Address{Country: "BE"}, Language: domain.LangNL}
	must(t, db.CreateClient(ctx, stored))
	data := "Notes:\n\"Some e-mail addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Sofie,Maes,https://www.linkedin.com/in/sofiemaes,,Maes Advisory,Managing Partner,21 Nov 2022\n" +
		"Bram,Peeters,https://www.linkedin.com/in/brampeeters,bram@kroon.example,Brouwerij De Kroon,CFO,02 Feb 2024\n" +
		"Lien,Goossens,https://www.linkedin.com/in/liengoossens,,Brouwerij De Kroon,HR Director,03 Mar 2024\n"
	s, err := csvio.ScanClients(strings.NewReader(data), csvio.Options{DefaultLanguage: domain.LangNL, DefaultCountry: "BE"})
	must(t, err)
	rep, err := db.ImportClients(ctx, s.ImportRows(), domain.ImportOptions{})
	must(t, err)
	checkLines(t, rep, []lineWant{
		{5, domain.ImportUpdate, stored.ID, true, ""},
		{6, domain.ImportAdd, rep.Lines[1].ID, false, ""},
		{7, domain.ImportSkip, 0, false, "Brouwerij De Kroon is also on line 6, and this line has no VAT number to tell them apart; it was left out as a likely duplicate."},
	})
	got, err := db.FindClientByID(ctx, stored.ID)
	must(t, err)
	if got.LegalName != "Maes Advisory BV" || got.TradeName != "Maës Advisory" || got.Contact.Name != "Sofie Maes" || got.Contact.Role != "Managing Partner" {
		t.Errorf("stored client after the import: %+v", got)
	}
	added, err := db.FindClientByID(ctx, rep.Lines[1].ID)
	must(t, err)
	if added.LegalName != "Brouwerij De Kroon" || added.Address.Country != "BE" || added.Contact.Email != "bram@kroon.example" {
		t.Errorf("added client %+v", added)
	}
}
