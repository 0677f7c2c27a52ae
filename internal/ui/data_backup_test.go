package ui

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// backupWorld is the window on a store with the sample data.
func backupWorld(t *testing.T) (*App, *sqlite.DB) {
	t.Helper()
	db := openStore(t)
	if err := demo.Load(context.Background(), servicesOf(db), domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	u, _ := newTestUI(t, servicesOf(db), Options{})
	return u, db
}

func TestBackUpNow_writesACheckedCopyAndSaysWhere(t *testing.T) {
	u, db := backupWorld(t)
	runMenu(t, u, "Back up now")
	files, err := db.Backups()
	if err != nil || len(files) != 1 {
		t.Fatalf("backups after Back up now: %v, %v", files, err)
	}
	path := files[0].Path
	if files[0].Kind != domain.BackupManual || filepath.Dir(path) != db.BackupDir() {
		t.Errorf("the backup is %+v", files[0])
	}
	wantOverlay(t, u.win, "A backup was written to "+path+".")
	info, err := sqlite.InspectBackup(context.Background(), path)
	if err != nil || info.Managers == 0 {
		t.Errorf("the backup does not hold the roster: %+v, %v", info, err)
	}
}

func TestBackupsDialog_listsBackupsAndKeepsN(t *testing.T) {
	u, db := backupWorld(t)
	ctx := context.Background()
	if _, err := db.RollingBackup(ctx); err != nil {
		t.Fatal(err)
	}
	runMenu(t, u, "Backups…")
	b := u.data.backups
	if b == nil {
		t.Fatal("Backups… shows no dialog")
	}
	if len(b.files) != 1 || b.list.Length() != 1 {
		t.Fatalf("the dialog lists %d backups, want the automatic one", len(b.files))
	}
	if got := backupText(b.files[0]); !strings.Contains(got, "automatic, at start-up") || !strings.Contains(got, "09/05/2026") {
		t.Errorf("the row reads %q", got)
	}
	if b.keep.Text != "10" {
		t.Errorf("backups to keep shows %q, want the default 10", b.keep.Text)
	}

	// Back up now from the dialog adds a row and says where.
	tap(u, b.backUp)
	if len(b.files) != 2 || !strings.Contains(strings.ReplaceAll(b.status.Text, pathBreak, ""), db.BackupDir()) {
		t.Errorf("after Back up now: %d rows, %q", len(b.files), b.status.Text)
	}
	if !b.restore.Disabled() {
		t.Error("Restore this backup… is offered before a backup is chosen")
	}
	b.list.Select(0)
	if b.restore.Disabled() {
		t.Error("choosing a backup does not offer to restore it")
	}

	tests := []struct {
		typed string
		says  string
		keep  int
	}{
		{"0", "Backups to keep: must be between 1 and 1000.", 10},
		{"ten", `Backups to keep: "ten" is not a whole number.`, 10},
		{"3", "Saved: from the next start, 3 automatic backups are kept.", 3},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			typeText(u, b.keep, tt.typed)
			tap(u, b.saveKeep)
			if b.keepMsg.Text != tt.says || !b.keepMsg.Visible() {
				t.Errorf("saving %q says %q, want %q", tt.typed, b.keepMsg.Text, tt.says)
			}
			if n, err := db.BackupKeep(ctx); err != nil || n != tt.keep {
				t.Errorf("the store keeps %d (%v), want %d", n, err, tt.keep)
			}
		})
	}
}

func TestRestore_refusesABadFileAndChangesNothing(t *testing.T) {
	tests := []struct {
		name, content string
		says          string
	}{
		{"a text file", "Naam;E-mail\r\nRenée;renee@example.be\r\n", "is not an Interim Desk backup"},
		{"an empty file", "", "is not an Interim Desk backup"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, db := backupWorld(t)
			path := writeTestFile(t, "backup.db", tt.content)
			runMenu(t, u, "Restore a backup…")
			if u.data.open == nil {
				t.Fatal("Restore a backup… shows no file dialog")
			}
			closeOverlays(u.win)
			u.askRestore(path) // the file the dialog chose
			u.waitIdle()
			wantOverlay(t, u.win, filepath.Base(path), tt.says, "Nothing was changed.")
			if u.data.restore != nil {
				t.Error("a bad file got the question whether to restore it")
			}
			if _, err := os.Stat(db.Path() + ".pending-restore"); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("a restore was scheduled from a bad file: %v", err)
			}
			if u.ctx.Err() != nil {
				t.Error("the window closed after refusing the file")
			}
		})
	}
}

// TestRestore_schedulesClosesAndSaysSoAtTheNextStart restores a backup the
// way a person does: chosen, checked, confirmed; the window closes, the
// next start restores it before the database opens, keeps a safety copy,
// and the window says both.
func TestRestore_schedulesClosesAndSaysSoAtTheNextStart(t *testing.T) {
	u, db := backupWorld(t)
	ctx := context.Background()
	backup, err := db.BackupNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// A manager added after the backup is what the restore takes away.
	mustManager(t, servicesOf(db), &domain.Manager{Name: "Added Later", Email: "later@example.be"})

	u.askRestore(backup)
	u.waitIdle()
	q := u.data.restore
	if q == nil {
		t.Fatalf("no question before restoring; the window says:\n%s", overlayTexts(u.win))
	}
	wantOverlay(t, u.win, "is a sound backup of", "kept first, as a safety copy in "+db.BackupDir(), "Interim Desk closes to restore")
	tap(u, q.restoreBtn)
	if u.ctx.Err() == nil {
		t.Fatal("the window did not close to restore")
	}
	if _, err := os.Stat(db.Path() + ".pending-restore"); err != nil {
		t.Fatalf("no restore is scheduled: %v", err)
	}

	// The next start: cmd restores before it opens the database.
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	res, rerr := sqlite.FinishPendingRestore(ctx, db.Path(), func() time.Time { return testNow.Add(time.Hour) })
	if rerr != nil || res == nil || res.SafetyCopy == "" {
		t.Fatalf("the pending restore did not happen: %+v, %v", res, rerr)
	}
	db2 := openStoreAt(t, db.Path())
	for _, m := range allManagers(t, servicesOf(db2)) {
		if m.Name == "Added Later" {
			t.Error("the restored database still holds what was added after the backup")
		}
	}
	u2, w2 := newTestUI(t, servicesOf(db2), Options{Restored: res})
	_ = u2
	wantOverlay(t, w2, "The backup was restored: the database now holds", "The database as it was before is kept as "+res.SafetyCopy+".")
}

func TestRestoreOutcome_saysWhyARestoreDidNotHappen(t *testing.T) {
	db := openStore(t)
	err := domain.Errorf(domain.EINVALID, "%s is not an Interim Desk backup: %s. Nothing was changed.", "/tmp/x.db", "it is not an SQLite database")
	_, w := newTestUI(t, servicesOf(db), Options{RestoreErr: err})
	wantOverlay(t, w, "The backup was not restored", "the database is as it was before: /tmp/x.db is not an Interim Desk backup")
}

func TestRestoreQuestion_cancelSchedulesNothing(t *testing.T) {
	u, db := backupWorld(t)
	backup, err := db.BackupNow(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	u.askRestore(backup)
	u.waitIdle()
	test.Tap(u.data.restore.cancelBtn)
	u.waitIdle()
	if _, err := os.Stat(db.Path() + ".pending-restore"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("cancelling scheduled a restore: %v", err)
	}
	if u.ctx.Err() != nil {
		t.Error("cancelling closed the window")
	}
}
