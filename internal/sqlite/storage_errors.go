package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"syscall"

	"github.com/interimdesk/interimdesk/internal/domain"
	sqlite3 "modernc.org/sqlite/lib"
)

// storageError turns a failure of the disk under the database into a
// sentence a person can act on: a read-only file or folder, a full disk, a
// disk that fails to write. Any other error is returned as it is.
//
// The code is EINVALID, not ECONFLICT: a screen offers to reload on a
// conflict, which would throw away the edits the person still needs once
// there is room on the disk again. SQLite rolls a failed write back as a
// whole, so "nothing was saved" is true, and what was saved before stays.
func storageError(path string, err error) error {
	if err == nil {
		return nil
	}
	var why string
	switch {
	case primaryCode(err) == sqlite3.SQLITE_BUSY, primaryCode(err) == sqlite3.SQLITE_LOCKED:
		// Another window or program holds the write lock for longer than
		// busy_timeout: a large import, a restore, a batch of contracts.
		return domain.Errorf(domain.EINVALID,
			"Nothing was saved: another window or program has been writing to %s for more than %d seconds, perhaps a large import. Wait until it has finished, then try again; what was saved before is unchanged.",
			path, busyWaitSeconds)
	case primaryCode(err) == sqlite3.SQLITE_READONLY, errors.Is(err, syscall.EROFS), errors.Is(err, syscall.EACCES), errors.Is(err, syscall.EPERM):
		why = fmt.Sprintf("%s cannot be written: the file or its folder is read-only", path)
	case primaryCode(err) == sqlite3.SQLITE_FULL, errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		why = fmt.Sprintf("the disk that holds %s is full", path)
	case primaryCode(err) == sqlite3.SQLITE_IOERR, errors.Is(err, syscall.EFBIG), errors.Is(err, syscall.EIO):
		why = fmt.Sprintf("the disk refused to write %s (it may be full, or failing)", path)
	case primaryCode(err) == sqlite3.SQLITE_CANTOPEN:
		why = fmt.Sprintf("%s cannot be opened: check that its folder exists and that you may write to it", path)
	default:
		return err
	}
	return &domain.Error{Code: domain.EINVALID, Message: fmt.Sprintf(
		"Nothing was saved: %s. What was saved before is unchanged; make room or choose another place, then try again.", why)}
}

// busyWaitSeconds is how long a save waits for another writer before it
// gives up: busy_timeout in the DSN.
const busyWaitSeconds = 5

// write runs f in a write transaction and commits it: the frame of every
// save. Whatever fails on the way — the BEGIN, a statement, the COMMIT —
// comes back through storageError, so that a read-only file or a full disk
// is one sentence a person can act on, on every save. Errors that are
// already sentences (*domain.Error) pass unchanged.
func (db *DB) write(ctx context.Context, f func(tx *sql.Tx) error) error {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return storageError(db.path, err)
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return storageError(db.path, err)
	}
	return db.commit(tx)
}

// commit commits tx; a failure is storageError's sentence. For the write
// paths that manage their transaction themselves.
func (db *DB) commit(tx *sql.Tx) error {
	if err := tx.Commit(); err != nil {
		return storageError(db.path, fmt.Errorf("commit: %w", err))
	}
	return nil
}
