package sqlite

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Every process that opens a database takes a lock on it first, shared for
// normal work and exclusive for a restore: a restore then runs alone, and
// a window or command that opens the database while a restore runs waits
// for it instead of writing to a file that is about to be replaced.
// SQLite's own locks cover one transaction at a time, not the steps of a
// restore (the safety copy, the copy in, the check) together.
//
// The lock is two files in the database's work folder. A normal open
// passes the gate (shared, for a moment) and then holds the main lock
// shared until it closes. A restore takes the gate exclusive first, so
// that no one new gets in, then waits for the main lock exclusive until
// the last one out has closed: a stream of short commands cannot starve
// it. The files are locked with flock (LockFileEx on Windows), which is
// tied to the open file and not to the process, independent of the
// byte-range locks SQLite takes on the database itself, and released by
// the system when a process dies.

// Waits, variables so that tests can shorten them.
var (
	// openWait is how long an open waits for a restore to finish.
	openWait = 2 * time.Minute
	// restoreWait is how long a restore waits for the others to close
	// the database.
	restoreWait = 10 * time.Second
	// lockPoll is how often a waiting lock tries again.
	lockPoll = 10 * time.Millisecond
)

// workFolderName is the application's own folder beside a database,
// private (0700): the databases' locks, and the temporary copies of
// backups and restores, which a crash may leave behind and the next start
// removes. One folder serves every database of the folder; the names of
// what it holds start with the database's file name.
func workFolderName(realPath string) string {
	return filepath.Join(filepath.Dir(realPath), ".interimdesk")
}

// lockNames are the database's two lock files in the work folder.
func lockNames(real string) (gate, main string) {
	dir, base := workFolderName(real), filepath.Base(real)
	return filepath.Join(dir, base+".gate"), filepath.Join(dir, base+".lock")
}

// tempPattern is the os.CreateTemp pattern of a temporary file of the
// database in the work folder, what being "backup" or "restore".
func tempPattern(real, what, ext string) string {
	return filepath.Base(real) + tempInfix + what + "-*" + ext
}

const tempInfix = ".tmp-"

// realPath is the file a database path names: a path that is a symbolic
// link (a database kept in a synced folder) names the file the link points
// to, which is what a restore writes into and what the lock is about.
func realPath(abs string) string {
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
}

// dbLock is a database's lock as one process holds it.
type dbLock struct {
	gate, main *os.File
	// removed lists what a crash had left in the work folder and the
	// opening process removed.
	removed []string
}

// workFolder makes the work folder of the database at real and returns it.
func workFolder(real string) (string, error) {
	dir, err := makeWorkFolder(real)
	return dir, storageError(workFolderName(real), err)
}

func makeWorkFolder(real string) (string, error) {
	dir := workFolderName(real)
	if err := os.Mkdir(dir, folderMode); err != nil && !errors.Is(err, fs.ErrExist) {
		if err := os.MkdirAll(filepath.Dir(real), folderMode); err != nil {
			return "", err
		}
		if err := os.Mkdir(dir, folderMode); err != nil && !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return dir, nil
}

// openLockFiles opens the database's lock files, making them when they
// are missing. Its errors are the system's, not yet sentences.
func openLockFiles(real string) (*dbLock, error) {
	if _, err := makeWorkFolder(real); err != nil {
		return nil, err
	}
	gatePath, mainPath := lockNames(real)
	gate, err := os.OpenFile(gatePath, os.O_RDWR|os.O_CREATE, fileMode)
	if err != nil {
		return nil, err
	}
	main, err := os.OpenFile(mainPath, os.O_RDWR|os.O_CREATE, fileMode)
	if err != nil {
		gate.Close()
		return nil, err
	}
	return &dbLock{gate: gate, main: main}, nil
}

// lockShared takes the lock for normal work on the database at real,
// waiting up to openWait while a restore runs. When no one else has the
// database open, it first removes what a crash left in the work folder.
//
// A folder where the lock cannot be made (read-only) gets no lock: nothing
// can be restored into it either.
func lockShared(ctx context.Context, real string) (*dbLock, error) {
	l, err := openLockFiles(real)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) || isReadOnly(err) {
			return nil, nil
		}
		return nil, storageError(workFolderName(real), err)
	}
	if err := l.share(ctx, real); err != nil {
		l.close()
		return nil, err
	}
	return l, nil
}

// share takes the main lock shared, passing the gate.
func (l *dbLock) share(ctx context.Context, real string) error {
	deadline := time.Now().Add(openWait)
	for {
		ok, err := tryLock(l.gate, false)
		if err != nil {
			return err
		}
		if ok {
			if alone, err := tryLock(l.main, true); err == nil && alone {
				l.removed = removeLeftovers(real)
				err = relock(l.main, false)
				unlock(l.gate)
				return err
			}
			ok, err = tryLock(l.main, false)
			unlock(l.gate)
			if err != nil || ok {
				return err
			}
		}
		if err := waitLock(ctx, deadline); err != nil {
			if errors.Is(err, errLockTimeout) {
				return domain.Errorf(domain.ECONFLICT,
					"%s is being restored by another program and was not free after %d seconds; nothing was done. Try again when the restore is done.",
					real, int(openWait.Seconds()))
			}
			return err
		}
	}
}

// upgrade turns the shared lock into the exclusive one of a restore,
// waiting up to restoreWait for the others to close the database:
// ECONFLICT when they do not, and the lock is shared again. Holding the
// gate while it waits keeps newcomers out, and keeps anyone from taking
// the restore's files in the work folder for leftovers.
func (l *dbLock) upgrade(ctx context.Context, real string) error {
	deadline := time.Now().Add(restoreWait)
	gated := false
	for {
		var err error
		if !gated {
			gated, err = tryLock(l.gate, true)
		}
		if err == nil && gated {
			unlock(l.main)
			var ok bool
			if ok, err = tryLock(l.main, true); err == nil && ok {
				return nil
			}
			if err == nil {
				err = relock(l.main, false)
			}
		}
		if err == nil {
			err = waitLock(ctx, deadline)
		}
		if err != nil {
			if gated {
				unlock(l.gate)
			}
			if errors.Is(err, errLockTimeout) {
				return domain.Errorf(domain.ECONFLICT,
					"%s is open in another program, probably Interim Desk itself; close it and restore again. Nothing was changed.", real)
			}
			return err
		}
	}
}

var errLockTimeout = errors.New("lock: timed out")

func waitLock(ctx context.Context, deadline time.Time) error {
	if !time.Now().Before(deadline) {
		return errLockTimeout
	}
	t := time.NewTimer(lockPoll)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// release lets the others in again. Closing the files releases the locks.
func (l *dbLock) release() {
	if l != nil {
		l.close()
	}
}

func (l *dbLock) close() {
	l.gate.Close()
	l.main.Close()
}

// removeLeftovers removes what an interrupted backup or restore left: the
// temporary files in the work folder, and those that earlier versions
// left beside the database and in the backups folder. The caller holds
// the lock exclusive: no one else is working on the database.
func removeLeftovers(real string) []string {
	var removed []string
	remove := func(p string) {
		if err := os.Remove(p); err == nil {
			removed = append(removed, p)
		}
	}
	dir := workFolderName(real)
	prefix := filepath.Base(real) + tempInfix
	if entries, err := os.ReadDir(dir); err == nil {
		for _, e := range entries {
			n := e.Name()
			if !strings.HasPrefix(n, prefix) {
				continue
			}
			if strings.HasSuffix(n, ".note") {
				// A copy that was being made outside the work folder.
				if outside, err := os.ReadFile(filepath.Join(dir, n)); err == nil && len(outside) > 0 {
					remove(string(outside))
				}
				_ = os.Remove(filepath.Join(dir, n))
				continue
			}
			remove(filepath.Join(dir, n))
		}
	}
	for _, pattern := range []string{
		filepath.Join(filepath.Dir(real), ".interimdesk-restore-*.db*"),
		filepath.Join(filepath.Dir(real), backupFolder, "*.partial"),
	} {
		matches, _ := filepath.Glob(pattern)
		for _, p := range matches {
			remove(p)
		}
	}
	return removed
}

// LeftoversRemoved lists the temporary files an interrupted backup or
// restore had left, which Open removed; the caller says so in one line.
func (db *DB) LeftoversRemoved() []string { return db.leftovers }

func lockError(f *os.File, err error) error {
	return fmt.Errorf("lock %s: %w", f.Name(), err)
}
