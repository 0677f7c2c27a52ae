package ui

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// sampleUI is the window on a store with the sample data, saving exports
// into docs.
func sampleUI(t *testing.T) (u *App, svc domain.Services, docs string) {
	t.Helper()
	db := openStore(t)
	svc = servicesOf(db)
	if err := demo.Load(context.Background(), svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	docs = t.TempDir()
	u, _ = newTestUI(t, svc, Options{DocumentsDir: docs, IsEmpty: storeIsEmpty(svc)})
	return u, svc, docs
}

// exportThroughMenu runs an export entry and saves under the name the save
// dialog offers; it returns the bytes written.
func exportThroughMenu(t *testing.T, u *App, entry, dir, file string) []byte {
	t.Helper()
	forgetShown[*dialog.FileDialog](u)
	runMenu(t, u, entry)
	if shownLast[*dialog.FileDialog](u) == nil {
		t.Fatalf("%s shows no save dialog", entry)
	}
	tap(u, overlayButton(t, u.win, "Save"))
	wantOverlay(t, u.win, filepath.Join(dir, file))
	closeOverlays(u.win)
	return readFile(t, filepath.Join(dir, file))
}

// TestExportCSV_importsBack exports clients and managers from the sample
// data through the menu, imports each file into an empty database through
// the preview, and exports again: the same bytes.
func TestExportCSV_importsBack(t *testing.T) {
	tests := []struct {
		entry, file, importEntry string
		data                     func(u *App) csvData
	}{
		{"Export managers (CSV)…", "managers-2026-05-09.csv", "Import managers…", (*App).managersCSV},
		{"Export clients (CSV)…", "clients-2026-05-09.csv", "Import clients…", (*App).clientsCSV},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			u, _, docs := sampleUI(t)
			first := exportThroughMenu(t, u, tt.entry, docs, tt.file)
			noTempFiles(t, docs)
			if fi, err := os.Stat(filepath.Join(docs, tt.file)); err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("an export must be readable by its owner only: %v %v", fi.Mode(), err)
			}

			db2 := openStore(t)
			docs2 := t.TempDir()
			u2, _ := newTestUI(t, servicesOf(db2), Options{DocumentsDir: docs2})
			u2.previewImport(tt.data(u2), filepath.Join(docs, tt.file))
			u2.waitIdle()
			p := u2.data.preview
			if p == nil {
				t.Fatalf("no preview; the window says:\n%s", overlayTexts(u2.win))
			}
			if p.report.Added == 0 || p.report.Added != len(p.report.Lines) {
				t.Fatalf("into an empty database every line should add: %s", p.summary.Text)
			}
			test.Tap(p.importBtn)
			u2.waitIdle()
			wantOverlay(t, u2.win, "was imported:")
			closeOverlays(u2.win)

			second := exportThroughMenu(t, u2, tt.entry, docs2, tt.file)
			if !bytes.Equal(first, second) {
				t.Errorf("the export of the imported data differs from the first export:\n%s", firstDiff(first, second))
			}
		})
	}
}

// TestExportJSON_importsBackIntoAnEmptyDatabaseOnly exports everything,
// imports it into an empty database through the menu, exports again (the
// same bytes), and is refused a second import with a sentence.
func TestExportJSON_importsBackIntoAnEmptyDatabaseOnly(t *testing.T) {
	u, _, docs := sampleUI(t)
	const file = "interimdesk-2026-05-09.json"
	first := exportThroughMenu(t, u, "Export everything (JSON)…", docs, file)

	db2 := openStore(t)
	svc2 := servicesOf(db2)
	docs2 := t.TempDir()
	u2, w2 := newTestUI(t, svc2, Options{DocumentsDir: docs2, IsEmpty: storeIsEmpty(svc2)})
	if u2.welcome == nil {
		t.Fatal("no welcome on the empty database")
	}
	runMenu(t, u2, "Import everything (JSON)…")
	if u2.data.open == nil {
		t.Fatalf("an empty database is not offered a file to import; it says:\n%s", overlayTexts(w2))
	}
	closeOverlays(w2)
	u2.importJSONFrom(filepath.Join(docs, file)) // the file the dialog chose
	u2.waitIdle()
	wantOverlay(t, w2, file+" was imported: the firm profile,")
	closeOverlays(w2)
	if u2.firmProfile == nil {
		t.Error("the firm profile was not read again after the import")
	}
	if rows := listTexts(u2.managers.list, 5); len(rows) == 0 {
		t.Error("the roster is empty after importing everything")
	}
	second := exportThroughMenu(t, u2, "Export everything (JSON)…", docs2, file)
	if !bytes.Equal(first, second) {
		t.Errorf("the export of the imported database differs:\n%s", firstDiff(first, second))
	}

	// Now the database holds data: the menu refuses before asking for a
	// file, and the store would refuse it all the same.
	u2.data.open = nil
	runMenu(t, u2, "Import everything (JSON)…")
	if u2.data.open != nil {
		t.Error("a database with data is offered a JSON file to import")
	}
	wantOverlay(t, w2, "This database already holds data.")
	closeOverlays(w2)
	before := exportJSONBytes(t, svc2)
	u2.importJSONFrom(filepath.Join(docs, file))
	u2.waitIdle()
	wantOverlay(t, w2, "The database already holds data; a JSON export is only imported into an empty database. Nothing was imported.")
	if after := exportJSONBytes(t, svc2); !bytes.Equal(before, after) {
		t.Error("a refused import changed the database")
	}
}

func exportJSONBytes(t *testing.T, svc domain.Services) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := svc.Data.ExportJSON(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// firstDiff shows where two exports part.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-80, 0)
	return "first:  " + string(a[lo:min(i+80, len(a))]) + "\nsecond: " + string(b[lo:min(i+80, len(b))])
}

func TestExportPersonalData_writesTheManagersJSON(t *testing.T) {
	u, svc, docs := sampleUI(t)
	ms := allManagers(t, svc)
	m := ms[0]
	typeText(u, u.managers.list.search, m.Name)
	u.managers.list.selectRow(0)
	u.waitIdle()
	if !u.managers.personalBtn.Visible() {
		t.Fatal("a stored manager's form offers no Personal data…")
	}
	tap(u, u.managers.personalBtn)
	tap(u, u.data.personal.exportBtn)
	tap(u, overlayButton(t, u.win, "Save"))
	file := filepath.Join(docs, fmt.Sprintf("personal-data-manager-%d-2026-05-09.json", m.ID))
	wantOverlay(t, u.win, "The personal data of "+m.Name+" was written to "+file)
	got := readFile(t, file)
	if !bytes.Contains(got, []byte(`"name": "`+m.Name+`"`)) || !bytes.Contains(got, []byte(`"issued_documents"`)) {
		t.Errorf("the export does not hold the manager's data:\n%.400s", got)
	}
	if fi, err := os.Stat(file); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("personal data must be readable by its owner only: %v %v", fi.Mode(), err)
	}
}
