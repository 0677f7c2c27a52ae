package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// What a killed backup or restore leaves is removed at the next start,
// and said: the temporary files in the work folder, a copy being made
// outside it, and what earlier versions left beside the database.
func TestOpenRemovesWhatACrashLeft(t *testing.T) {
	dbPath, _, _ := restoreSetup(t)
	dir := filepath.Dir(dbPath)
	work := workFolderName(dbPath)
	outside := filepath.Join(t.TempDir(), ".usb-backup.db.partial")
	left := []string{
		filepath.Join(work, "interimdesk.db.tmp-backup-123.partial"),
		filepath.Join(work, "interimdesk.db.tmp-restore-77.db"),
		filepath.Join(work, "interimdesk.db.tmp-restore-77.db-wal"),
		filepath.Join(dir, ".interimdesk-restore-4242.db"),
		filepath.Join(dir, "backups", "interimdesk-2026-05-09T103000.db.partial"),
		outside,
	}
	for _, p := range left {
		must(t, os.WriteFile(p, []byte("left by a crash"), 0o600))
	}
	must(t, os.WriteFile(filepath.Join(work, "interimdesk.db.tmp-backup-9-outside-1.note"), []byte(outside), 0o600))
	keep := []string{
		filepath.Join(work, "other.db.tmp-backup-5.partial"), // another database's
		pendingRestorePath(dbPath),                           // a restore the desktop scheduled
	}
	for _, p := range keep {
		must(t, os.WriteFile(p, []byte("in use"), 0o600))
	}

	db := openTestDBAt(t, dbPath)
	removed := db.LeftoversRemoved()
	slices.Sort(removed)
	want := slices.Clone(left)
	slices.Sort(want)
	if !slices.Equal(removed, want) {
		t.Errorf("removed %q\nwant %q", removed, want)
	}
	for _, p := range left {
		if _, err := os.Lstat(p); err == nil {
			t.Errorf("%s is still there", p)
		}
	}
	for _, p := range keep {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}
	entries, err := os.ReadDir(work)
	must(t, err)
	for _, e := range entries {
		if n := e.Name(); n != "interimdesk.db.lock" && n != "interimdesk.db.gate" && n != "other.db.tmp-backup-5.partial" {
			t.Errorf("left in the work folder: %s", n)
		}
	}
	if fi, err := os.Stat(work); err != nil || fi.Mode().Perm() != folderMode {
		t.Errorf("work folder %v %v", fi, err)
	}
}

// While another window has the database open, its temporary files are
// work in progress, not leftovers.
func TestOpenLeavesTheFilesOfOthersAtWork(t *testing.T) {
	dbPath, _, _ := restoreSetup(t)
	other := openTestDBAt(t, dbPath)
	busy := filepath.Join(workFolderName(dbPath), "interimdesk.db.tmp-backup-1.partial")
	must(t, os.WriteFile(busy, nil, 0o600))
	db := openTestDBAt(t, dbPath)
	if len(db.LeftoversRemoved()) != 0 {
		t.Errorf("removed %q while %s had the database open", db.LeftoversRemoved(), other.Path())
	}
	if _, err := os.Lstat(busy); err != nil {
		t.Error("removed a file another window works on")
	}
}

// An interrupted backup (Ctrl-C cancels the context) leaves nothing.
func TestInterruptedBackupLeavesNothing(t *testing.T) {
	dbPath, _, _ := restoreSetup(t)
	db := openTestDBAt(t, dbPath)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	to := filepath.Join(t.TempDir(), "copy.db")
	if err := db.Backup(ctx, to); err == nil {
		t.Fatal("a cancelled backup was made")
	}
	if _, err := os.Lstat(to); err == nil {
		t.Error("the cancelled backup has its name")
	}
	entries, err := os.ReadDir(workFolderName(dbPath))
	must(t, err)
	if len(entries) != 2 {
		t.Errorf("the work folder holds %d files, want the two locks", len(entries))
	}
}
