package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// An erasure reaches the backups too: a backup made before it still holds
// the person, and a restore would bring them back. The backups in the
// backups folder that hold the manager (the record is there and not yet
// erased) are rewritten without them, the same erasure carried out in a
// copy, compacted (VACUUM INTO, which writes no free pages) and checked,
// then put in the backup's place under its name. A restore scheduled from
// the desktop waits beside the database and is rewritten the same way.
// Backups kept elsewhere, which the store cannot see, are the firm's to
// handle; docs/DATA.md says so.

// backupsHolding lists the backup files that still hold manager id.
func (db *DB) backupsHolding(ctx context.Context, id int64) ([]string, error) {
	all, err := db.Backups()
	if err != nil {
		return nil, err
	}
	paths := make([]string, 0, len(all)+1)
	for _, b := range all {
		paths = append(paths, b.Path)
	}
	if pending := pendingRestorePath(db.path); fileExists(pending) {
		paths = append(paths, pending)
	}
	var out []string
	for _, p := range paths {
		if holdsManager(ctx, p, id) {
			out = append(out, p)
		}
	}
	return out, nil
}

// holdsManager reports whether the database file at path holds manager id
// not yet erased. A file that cannot be read says no.
func holdsManager(ctx context.Context, path string, id int64) bool {
	ro, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return false
	}
	defer ro.Close()
	var name string
	err = ro.QueryRowContext(ctx, `SELECT name FROM managers WHERE id = ?`, id).Scan(&name)
	return err == nil && name != domain.ErasedManagerName(id)
}

// eraseFromBackups rewrites every backup of plan.Backups without the
// manager. The erasure of the database itself is done by then; a backup
// that cannot be rewritten is said in the error, by name.
func (db *DB) eraseFromBackups(ctx context.Context, plan *domain.ErasurePlan) error {
	var failed []error
	for _, b := range plan.Backups {
		if err := db.eraseFromBackup(ctx, b, plan.ManagerID); err != nil {
			failed = append(failed, domain.Errorf(domain.EINVALID,
				"The personal data of manager %d was erased from the database, but the backup %s still holds it: it could not be rewritten (%s). Delete that backup, or erase again to try once more.",
				plan.ManagerID, b, oneLine(domain.ErrorMessage(err))))
		}
	}
	return errors.Join(failed...)
}

// eraseFromBackup rewrites the backup at path without manager id: a
// compact copy of it (VACUUM INTO writes no free pages), the erasure
// carried out in the copy, which overwrites what it removes, a check, and
// the copy takes the backup's name.
func (db *DB) eraseFromBackup(ctx context.Context, path string, id int64) error {
	real := realPath(db.path)
	work, err := workFolder(real)
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(work, tempPattern(real, "erase", ".db"))
	if err != nil {
		return storageError(work, err)
	}
	tmp := f.Name()
	f.Close()
	defer removeWithSidecars(tmp)
	src := &DB{path: path}
	if src.db, err = sql.Open("sqlite", readOnlyDSN(path)); err != nil {
		return err
	}
	err = src.vacuumInto(ctx, tmp)
	src.db.Close()
	if err != nil {
		return err
	}
	if err := eraseInFile(ctx, tmp, id, db.now(), db.today()); err != nil {
		return err
	}
	if err := quickCheck(ctx, tmp, path); err != nil {
		return err
	}
	if err := syncFile(tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return storageError(path, err)
	}
	return syncDir(filepath.Dir(path))
}

// quickCheck runs SQLite's quick check on the file at path, which name
// names in the sentence: the pages and the records, without comparing
// every index with its table.
func quickCheck(ctx context.Context, path, name string) error {
	ro, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return err
	}
	defer ro.Close()
	var s string
	if err := ro.QueryRowContext(ctx, `PRAGMA quick_check(1)`).Scan(&s); err != nil {
		return errDamaged(name, err)
	}
	if s != "ok" {
		return errDamaged(name, errors.New(s))
	}
	return nil
}

// eraseInFile carries out the erasure of manager id in the database file
// at path, a copy of a backup, as EraseManager does in the database.
func eraseInFile(ctx context.Context, path string, id int64, now time.Time, today domain.Date) error {
	// A private copy: a crash throws it away, so it needs neither a
	// journal on the disk nor a flush per commit; the caller flushes it
	// once, when it is done.
	sdb, err := sql.Open("sqlite", fileURI(path)+"?_pragma=foreign_keys(1)&_pragma=journal_mode(MEMORY)&_pragma=synchronous(OFF)&_txlock=immediate")
	if err != nil {
		return err
	}
	defer sdb.Close()
	tx, err := sdb.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	plan, err := planErasure(ctx, tx, id, today)
	if err != nil {
		return err
	}
	if plan.AlreadyErased {
		return nil
	}
	if err := eraseManager(ctx, tx, plan, now); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("erase manager %d: %w", id, err)
	}
	return nil
}
