package ui

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// What a crashed run had left is said once, at the window's foot, without
// a dialog in front of the work; Close takes the line away, and a change
// of screen language does not bring it back.
func TestStartNotice_saysWhichLeftoversWereRemoved(t *testing.T) {
	svc := servicesOf(openStore(t))
	dir := t.TempDir()
	left := []string{filepath.Join(dir, ".interimdesk-restore-123.db"), filepath.Join(dir, "backups", "interimdesk-2026-05-09.db.partial")}
	u, w := newTestUI(t, svc, Options{LeftoversRemoved: left})
	u.waitIdle()

	n := &u.notice
	if n.bar == nil || !n.bar.Visible() {
		t.Fatal("no notice at the window's foot")
	}
	want := "Removed 2 temporary files that an interrupted backup, restore or import had left: .interimdesk-restore-123.db, interimdesk-2026-05-09.db.partial."
	if n.label.Text != want {
		t.Errorf("notice %q\nwant %q", n.label.Text, want)
	}
	if overlays := w.Canvas().Overlays().List(); len(overlays) != 0 {
		t.Errorf("the notice blocks the window with %d dialogs:\n%s", len(overlays), overlayTexts(w))
	}
	tap(u, n.closeBtn)
	if n.bar.Visible() {
		t.Error("Close leaves the notice")
	}
	u.setLanguage(string(domain.LangNL))
	if n.bar.Visible() && n.closed {
		t.Error("the closed notice came back with the new language")
	}
}

// Without leftovers the window has no notice.
func TestStartNotice_noneWithoutLeftovers(t *testing.T) {
	u, _ := newTestUI(t, servicesOf(openStore(t)), Options{})
	if u.notice.bar != nil {
		t.Errorf("a notice without leftovers: %q", u.notice.label.Text)
	}
}

// Erasing a manager held by a backup says so before, and after says that
// the backup was rewritten without them.
func TestErase_saysTheBackupsWereRewritten(t *testing.T) {
	u, svc, _ := sampleUI(t)
	ctx := context.Background()
	m, _ := issuedManager(t, svc)
	backup, err := svc.Backups.BackupNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	openManager(t, u, m)
	tap(u, u.managers.personalBtn)
	tap(u, u.data.personal.eraseBtn)
	e := u.data.erasure
	if e == nil {
		t.Fatalf("no first confirmation; the window says:\n%s", overlayTexts(u.win))
	}
	wantOverlay(t, u.win, "1 backup still holds this manager and is rewritten without them: "+filepath.Base(backup)+".")
	tap(u, e.continueBtn)
	typeText(u, e.name, m.Name)
	tap(u, e.eraseBtn)
	wantOverlay(t, u.win, "The personal data of "+m.Name+" was erased.", "1 backup was rewritten without this manager: "+filepath.Base(backup)+".")

	plan, err := svc.Privacy.PlanErasure(ctx, m.ID)
	if err != nil || len(plan.Backups) != 0 || !plan.AlreadyErased {
		t.Errorf("after the erasure the store still sees backups holding the manager: %+v, %v", plan, err)
	}
}
