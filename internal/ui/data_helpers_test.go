package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// runMenu chooses a menu entry by its label, as a person does, and waits
// for what it started.
func runMenu(t *testing.T, u *App, label string) {
	t.Helper()
	var labels []string
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label && it.Action != nil {
				it.Action()
				u.waitIdle()
				return
			}
			labels = append(labels, it.Label)
		}
	}
	t.Fatalf("no menu entry %q; the menus have %q", label, labels)
}

// openStoreAt opens a second handle on an existing database file, as a
// second window or process would.
func openStoreAt(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	t.Cleanup(func() { db.Close() })
	return db
}

// writeTestFile writes a file into a new temp folder and returns its path.
func writeTestFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// mustManager creates a manager in the store.
func mustManager(t *testing.T, svc domain.Services, m *domain.Manager) *domain.Manager {
	t.Helper()
	if m.MaxDaysPerWeek == 0 {
		m.MaxDaysPerWeek = 5
	}
	m.Active = true
	if err := svc.Managers.CreateManager(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	return m
}

// allManagers is every manager in the store, inactive ones too.
func allManagers(t *testing.T, svc domain.Services) []*domain.Manager {
	t.Helper()
	ms, err := svc.Data.AllManagers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// closeOverlays removes every dialog, as pressing its close button would.
func closeOverlays(w fyne.Window) {
	for w.Canvas().Overlays().Top() != nil {
		w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
	}
}

// wantOverlay fails unless the topmost dialog says every one of parts.
func wantOverlay(t *testing.T, w fyne.Window, parts ...string) {
	t.Helper()
	got := overlayTexts(w)
	for _, p := range parts {
		if !strings.Contains(got, p) {
			t.Errorf("the dialog does not say %q; it says:\n%s", p, got)
		}
	}
}
