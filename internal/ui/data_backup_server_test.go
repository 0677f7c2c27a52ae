package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/domain/domaintest"
)

// serverBackupService is the backup service of a database on a server
// (internal/postgres): no backups folder, and every file action refused.
type serverBackupService struct{ domaintest.Unimplemented }

// On a shared database the File menu offers no backup it would refuse to
// make or restore: its one Backups entry says who keeps the backups and
// saves the JSON export, which reads back into an empty database.
func TestBackups_onAServerSayWhoKeepsThemAndExport(t *testing.T) {
	db := openStore(t)
	svc := servicesOf(db)
	if err := demo.Load(context.Background(), svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	svc.Backups = serverBackupService{}
	docs := t.TempDir()
	u, w := newTestUI(t, svc, Options{DocumentsDir: docs})
	for _, it := range w.MainMenu().Items[0].Items {
		if it.Label == "Back up now" || it.Label == "Restore a backup…" {
			t.Errorf("the File menu of a shared database offers %q", it.Label)
		}
	}

	runMenu(t, u, "Backups…")
	wantOverlay(t, w, "PostgreSQL server", "pg_dump", "export everything as a JSON file")
	key(u, fyne.KeyEscape)
	if w.Canvas().Overlays().Top() != nil {
		t.Fatalf("Esc left the Backups dialog open:\n%s", overlayTexts(w))
	}
	runMenu(t, u, "Backups…")
	forgetShown[*dialog.FileDialog](u)
	tap(u, u.data.serverBackups.exportBtn)
	if shownLast[*dialog.FileDialog](u) == nil {
		t.Fatal("Export everything shows no save dialog")
	}
	tap(u, overlayButton(t, w, "Save"))
	path := filepath.Join(docs, "interimdesk-2026-05-09.json")
	wantOverlay(t, w, path)
	if b := readFile(t, path); !strings.Contains(string(b), "Scheldevallei") {
		t.Errorf("the export holds no sample client:\n%.300s", b)
	}
	if strings.Contains(overlayTexts(w), "pg_dump") {
		t.Error("the Backups dialog stayed open under the export")
	}
}
