package sqlite

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A restore asked for from the desktop cannot swap the database while the
// screens hold it open: every service reads it through the same pool, and
// work running on other goroutines would find the file changed under it.
// So the desktop schedules the restore: the backup is checked and copied
// next to the database now, and takes the database's place at the next
// start, before anything opens it (FinishPendingRestore).

// pendingRestorePath is where a scheduled restore waits: next to the
// database, on the same disk, so that the restore is one rename.
func pendingRestorePath(dbPath string) string { return dbPath + ".pending-restore" }

// InspectBackup checks a file before it is restored and says what it
// holds, without changing it; see the package function InspectBackup.
//
// The private copy it checks is made in the work folder, whose leftovers
// the next start removes.
func (db *DB) InspectBackup(ctx context.Context, path string) (*domain.BackupInfo, error) {
	real := realPath(db.path)
	work, err := workFolder(real)
	if err != nil {
		return nil, err
	}
	return inspectBackupIn(ctx, path, work, tempPattern(real, "inspect", ".db"))
}

// ScheduleRestore checks the backup at from (InspectBackup's checks) and
// keeps a checked copy of it next to the database, to be restored by
// FinishPendingRestore at the next start. A second call replaces the
// first. EINVALID or ENOTFOUND with the reason, and nothing changes, when
// the file cannot be restored, or when the disk is full or read-only.
func (db *DB) ScheduleRestore(ctx context.Context, from string) (*domain.BackupInfo, error) {
	if from == "" {
		return nil, domain.Errorf(domain.EINVALID, "Restore: choose the backup to restore.")
	}
	abs, err := filepath.Abs(from)
	if err != nil {
		return nil, fmt.Errorf("restore %s: %w", from, err)
	}
	if abs == db.path {
		return nil, domain.Errorf(domain.EINVALID, "%s is the database itself; choose a backup to restore. Nothing was changed.", abs)
	}
	real := realPath(db.path)
	work, err := workFolder(real)
	if err != nil {
		return nil, err
	}
	tmp, err := copyCandidate(abs, work, tempPattern(real, "restore", ".db"))
	if err != nil {
		return nil, err
	}
	keep := false
	defer func() {
		if !keep {
			removeWithSidecars(tmp)
		}
	}()
	info, err := checkCandidate(ctx, tmp, abs)
	if err != nil {
		return nil, err
	}
	info.Path = abs
	// checkCandidate left tmp a single file; a log beside it would belong
	// to nothing.
	removeWithSidecars(tmp + "-wal")
	pending := pendingRestorePath(db.path)
	if err := os.Rename(tmp, pending); err != nil {
		return nil, storageError(pending, fmt.Errorf("keep the backup to restore: %w", err))
	}
	keep = true
	_ = syncDir(filepath.Dir(pending))
	return info, nil
}

// CancelRestore forgets a restore scheduled by ScheduleRestore; it is no
// error when none is.
func (db *DB) CancelRestore() error {
	err := os.Remove(pendingRestorePath(db.path))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return storageError(db.path, fmt.Errorf("cancel the restore: %w", err))
	}
	return nil
}

// FinishPendingRestore carries out a restore scheduled by ScheduleRestore,
// exactly as Restore does (the backup checked again, the current database
// kept as a safety copy in the backups folder). Call it at start-up, before
// Open. It returns nil, nil when no restore is scheduled.
//
// A scheduled backup that fails its checks now is dropped, and the
// database stays as it is; one that cannot be restored because another
// program holds the database (ECONFLICT) stays scheduled for the next
// start. Either way the error says so and the database opens as before.
func FinishPendingRestore(ctx context.Context, dbPath string, now func() time.Time) (*domain.RestoreResult, error) {
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	pending := pendingRestorePath(abs)
	if _, err := os.Stat(pending); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	res, err := Restore(ctx, abs, pending, now)
	if domain.ErrorCode(err) == domain.ECONFLICT {
		return nil, err
	}
	removeWithSidecars(pending)
	if err != nil {
		return res, fmt.Errorf("the backup chosen for restoring was not restored: %w", err)
	}
	return res, nil
}
