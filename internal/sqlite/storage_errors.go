package sqlite

import (
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
