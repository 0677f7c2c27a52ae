package postgres

import (
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A database on a server has no backups folder: making or restoring a
// backup file is refused with what to do instead, and the list is empty.
func TestBackupsOnAServerAreRefusedWithWhatToDo(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	_, err := db.BackupNow(ctx)
	if domain.ErrorCode(err) != domain.EINVALID || domain.ErrorMessage(err) != errNoBackupFiles().Error() {
		t.Errorf("BackupNow: %v", err)
	}
	for name, f := range map[string]func(context.Context, string) (*domain.BackupInfo, error){
		"InspectBackup": db.InspectBackup, "ScheduleRestore": db.ScheduleRestore,
	} {
		if _, err := f(ctx, "/tmp/interimdesk-backup.db"); domain.ErrorCode(err) != domain.EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
		}
	}
	if list, err := db.Backups(); err != nil || len(list) != 0 || db.BackupDir() != "" || db.CancelRestore() != nil {
		t.Errorf("Backups %v, %v; dir %q", list, err, db.BackupDir())
	}
}

// The number of backups to keep is a setting of the firm, kept like the
// SQLite store's, so that it travels with an export.
func TestBackupKeepIsASetting(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	if n, err := db.BackupKeep(ctx); err != nil || n != 10 {
		t.Fatalf("BackupKeep before it was set: %d, %v", n, err)
	}
	for _, n := range []int{0, 1001} {
		if err := db.SetBackupKeep(ctx, n); domain.ErrorCode(err) != domain.EINVALID {
			t.Errorf("SetBackupKeep(%d): %v", n, err)
		}
	}
	if err := db.SetBackupKeep(ctx, 25); err != nil {
		t.Fatal(err)
	}
	if n, err := db.BackupKeep(ctx); err != nil || n != 25 {
		t.Errorf("BackupKeep after setting 25: %d, %v", n, err)
	}
}
