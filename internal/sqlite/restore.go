package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"

	msqlite "modernc.org/sqlite"
)

// Offset of the two header bytes that are 2 when a file is in WAL mode
// (https://www.sqlite.org/fileformat.html#file_format_version_numbers).
const writeVersionOffset = 18

// InspectBackup checks a file before it is restored: an SQLite database
// of Interim Desk (its application id), sound (SQLite's integrity and
// foreign-key checks) and with a schema no newer than this version knows.
// The file itself is never changed: the check runs on a private copy.
// EINVALID with a sentence that names what is wrong.
func InspectBackup(ctx context.Context, path string) (*domain.BackupInfo, error) {
	return inspectBackupIn(ctx, path, os.TempDir(), "interimdesk-inspect-*.db")
}

// inspectBackupIn is InspectBackup with its private copy in dir, named
// after pattern.
func inspectBackupIn(ctx context.Context, path, dir, pattern string) (*domain.BackupInfo, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("inspect %s: %w", path, err)
	}
	tmp, err := copyCandidate(abs, dir, pattern)
	if err != nil {
		return nil, err
	}
	defer removeWithSidecars(tmp)
	info, err := checkCandidate(ctx, tmp, abs)
	if info != nil {
		info.Path = abs
	}
	return info, err
}

// copyCandidate copies the file at from, with the write-ahead log beside
// it if there is one, to a new private file in dir named after pattern
// (os.CreateTemp's).
func copyCandidate(from, dir, pattern string) (string, error) {
	fi, err := os.Stat(from)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", domain.Errorf(domain.ENOTFOUND, "There is no file %s; nothing was changed.", from)
	case err != nil:
		return "", fmt.Errorf("read %s: %w", from, err)
	case fi.IsDir():
		return "", domain.Errorf(domain.EINVALID, "%s is a folder; choose a backup file. Nothing was changed.", from)
	}
	if err := os.MkdirAll(dir, folderMode); err != nil {
		return "", storageError(dir, err)
	}
	f, err := os.CreateTemp(dir, pattern) // 0600
	if err != nil {
		return "", storageError(dir, fmt.Errorf("make a working copy: %w", err))
	}
	tmp := f.Name()
	f.Close()
	if err := copyFile(from, tmp); err != nil {
		removeWithSidecars(tmp)
		return "", err
	}
	if err := copyFile(from+"-wal", tmp+"-wal"); err != nil && !errors.Is(err, fs.ErrNotExist) {
		removeWithSidecars(tmp)
		return "", err
	}
	return tmp, nil
}

// copyFile copies from to to (created 0600 or truncated) and flushes it
// to the disk.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, fileMode)
	if err != nil {
		return storageError(to, err)
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return storageError(to, err)
}

func removeWithSidecars(path string) {
	for _, s := range []string{"", "-wal", "-shm", "-journal"} {
		_ = os.Remove(path + s)
	}
}

// checkCandidate checks the private copy at tmp of the file named name:
// first its header, then, through SQLite, every page and reference. A copy
// in WAL mode is turned into a single file first, folding in its log.
func checkCandidate(ctx context.Context, tmp, name string) (*domain.BackupInfo, error) {
	header := make([]byte, headerSize)
	f, err := os.Open(tmp)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	n, _ := io.ReadFull(f, header)
	f.Close()
	if n < headerSize || !bytes.HasPrefix(header, []byte(sqliteMagic)) {
		return nil, errNotABackup(name, "it is not an SQLite database")
	}
	appID := binary.BigEndian.Uint32(header[applicationIDOffset:])
	version := int(binary.BigEndian.Uint32(header[userVersionOffset:]))
	if appID != ApplicationID {
		return nil, errNotABackup(name, "it was made by another application")
	}
	if version > len(migrations) {
		return nil, domain.Errorf(domain.EINVALID,
			"%s was made by a newer version of Interim Desk (schema %d, this version knows %d); restore it with the newer version. Nothing was changed.",
			name, version, len(migrations))
	}
	if version < 1 {
		return nil, errNotABackup(name, "it holds no Interim Desk schema")
	}
	if header[writeVersionOffset] == 2 {
		if err := leaveWAL(ctx, tmp); err != nil {
			return nil, errDamaged(name, err)
		}
	}
	return inspectFile(ctx, tmp, name)
}

// leaveWAL folds a copied write-ahead log into the copy and makes it a
// single file that opens read-only without a log beside it.
func leaveWAL(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", fileURI(path))
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `PRAGMA journal_mode = DELETE`)
	return err
}

func errNotABackup(name, why string) error {
	return domain.Errorf(domain.EINVALID, "%s is not an Interim Desk backup: %s. Nothing was changed.", name, why)
}

func errDamaged(name string, err error) error {
	return domain.Errorf(domain.EINVALID, "%s is damaged and cannot be restored (%s). Nothing was changed; choose another backup.", name, oneLine(err.Error()))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// inspectFile checks a single-file database of ours, read-only, and counts
// what it holds. name is what sentences call the file.
func inspectFile(ctx context.Context, path, name string) (*domain.BackupInfo, error) {
	ro, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	defer ro.Close()
	var problems []string
	rows, err := ro.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, errDamaged(name, err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return nil, errDamaged(name, err)
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, errDamaged(name, err)
	}
	var broken int
	if err := ro.QueryRowContext(ctx, `SELECT count(*) FROM pragma_foreign_key_check`).Scan(&broken); err != nil {
		return nil, errDamaged(name, err)
	}
	if broken > 0 {
		problems = append(problems, fmt.Sprintf("%d rows refer to rows that are missing", broken))
	}
	if len(problems) > 0 {
		if len(problems) > 3 {
			problems = append(problems[:3], "…")
		}
		return nil, errDamaged(name, errors.New(strings.Join(problems, "; ")))
	}
	info := &domain.BackupInfo{Path: name}
	var firm sql.NullString
	err = ro.QueryRowContext(ctx, `SELECT
		(SELECT user_version FROM pragma_user_version),
		(SELECT legal_name FROM firm WHERE id = 1),
		(SELECT count(*) FROM clients), (SELECT count(*) FROM managers),
		(SELECT count(*) FROM proposals), (SELECT count(*) FROM engagements)`).Scan(
		&info.SchemaVersion, &firm, &info.Clients, &info.Managers, &info.Proposals, &info.Engagements)
	if err != nil {
		return nil, errDamaged(name, err)
	}
	info.FirmName = firm.String
	return info, nil
}

// Restore replaces the database at dbPath with the backup at from.
//
// The backup is copied into the database's work folder and checked there
// first (InspectBackup's checks); a file that fails is refused with
// EINVALID and nothing changes. Then the restore takes the database's lock
// exclusive (restore_lock.go): it waits for the windows and commands that
// have the database open to close it, up to restoreWait, and those that
// open it meanwhile wait for the restore. Alone, it keeps a safety copy of
// the current database in the backups folder, everything it holds with
// its write-ahead log, and copies the backup in through SQLite's backup
// API, into the file itself: one transaction of SQLite's, so that a
// restore that is killed leaves the database as it was. A path that is a
// symbolic link is restored into the file it points to. The result is
// opened (brought up to this version's schema) and checked again. now
// names the safety copy.
//
// ECONFLICT when another program (the desktop app) keeps the database
// open. A file of another application at dbPath is never replaced.
func Restore(ctx context.Context, dbPath, from string, now func() time.Time) (*domain.RestoreResult, error) {
	if dbPath == "" || from == "" {
		return nil, domain.Errorf(domain.EINVALID, "Restore: name both the database and the backup to restore.")
	}
	dbAbs, err := filepath.Abs(dbPath)
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	fromAbs, err := filepath.Abs(from)
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	real := realPath(dbAbs)
	if dbAbs == fromAbs || real == realPath(fromAbs) {
		return nil, domain.Errorf(domain.EINVALID, "%s is the database itself; choose a backup to restore. Nothing was changed.", fromAbs)
	}
	if err := os.MkdirAll(filepath.Dir(real), folderMode); err != nil {
		return nil, storageError(filepath.Dir(real), err)
	}
	lock, err := openLockFiles(real)
	if err != nil {
		return nil, storageError(workFolderName(real), err)
	}
	defer lock.release()
	if err := lock.share(ctx, real); err != nil {
		return nil, err
	}
	tmp, err := copyCandidate(fromAbs, workFolderName(real), tempPattern(real, "restore", ".db"))
	if err != nil {
		return nil, err
	}
	defer removeWithSidecars(tmp)
	if _, err := checkCandidate(ctx, tmp, fromAbs); err != nil {
		return nil, err
	}
	if err := lock.upgrade(ctx, real); err != nil {
		return nil, err
	}

	res := &domain.RestoreResult{}
	if err := restoreAlone(ctx, real, tmp, now, res); err != nil {
		return res, err
	}
	db, err := openLocked(ctx, real)
	if err != nil {
		return res, fmt.Errorf("the restored database does not open (the previous one is kept as %s): %w", res.SafetyCopy, err)
	}
	db.Now = now
	defer db.Close()
	if _, err := db.Check(ctx); err != nil {
		return res, fmt.Errorf("the restored database failed its check (the previous one is kept as %s): %w", res.SafetyCopy, err)
	}
	if err := db.Close(); err != nil {
		return res, err
	}
	res.Restored, err = inspectFile(ctx, real, dbAbs)
	return res, err
}

// restoreAlone puts the checked copy at tmp in the place of the database
// at real, whose lock the caller holds exclusive, after keeping a safety
// copy of it. A database that opens takes the copy through SQLite's backup
// API; a missing or empty one, or one too damaged to open, is replaced by
// a rename.
func restoreAlone(ctx context.Context, real, tmp string, now func() time.Time, res *domain.RestoreResult) error {
	if fi, err := os.Stat(real); err != nil || fi.Size() == 0 && !fileExists(real+"-wal") {
		return replaceFile(tmp, real)
	}
	db, err := openLocked(ctx, real)
	if err != nil {
		if !ownOlderHeader(real) {
			return err // another application's file, or a newer version's
		}
		if res.SafetyCopy, err = rawSafetyCopy(real, now); err != nil {
			return err
		}
		return replaceFile(tmp, real)
	}
	db.Now = now
	res.SafetyCopy, err = db.backupKind(ctx, domain.BackupBeforeRestore)
	if err == nil {
		err = db.copyIn(ctx, tmp)
	}
	if cerr := db.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", real, cerr)
	}
	if err != nil && res.SafetyCopy != "" {
		os.Remove(res.SafetyCopy)
		res.SafetyCopy = ""
	}
	return err
}

// copyIn copies the database at src over this one with SQLite's backup
// API, page by page in one write transaction of this database: SQLite's
// locks keep out whoever else would read or write it meanwhile, and a
// restore that is killed halfway leaves the database as it was.
func (db *DB) copyIn(ctx context.Context, src string) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		r, ok := dc.(interface {
			NewRestore(string) (*msqlite.Backup, error)
		})
		if !ok {
			return errors.New("the SQLite driver cannot restore")
		}
		b, err := r.NewRestore(fileURI(src) + "?mode=ro")
		if err != nil {
			return err
		}
		for more := true; more && err == nil; {
			if err = ctx.Err(); err == nil {
				more, err = b.Step(restoreStep)
			}
		}
		if ferr := b.Finish(); err == nil {
			err = ferr
		}
		return err
	})
	if err != nil {
		return storageError(db.path, fmt.Errorf("copy the backup in: %w", err))
	}
	return nil
}

// restoreStep is how many pages a step of the restore copies: all of
// them, so that the copy is one transaction of the database (a step that
// left pages for later would let SQLite start again when the backup file
// changed, and commit each step's pages apart).
const restoreStep = -1

func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// replaceFile puts the checked copy at tmp in the place of the file at
// real in one rename, after removing the log and the shared memory a
// closed database leaves no content in: a log left beside the old file
// would be applied to the new one.
func replaceFile(tmp, real string) error {
	for _, s := range []string{"-wal", "-shm", "-journal"} {
		_ = os.Remove(real + s)
	}
	_ = os.Remove(tmp + "-wal")
	if err := os.Rename(tmp, real); err != nil {
		return storageError(real, fmt.Errorf("put the backup in place: %w", err))
	}
	_ = syncDir(filepath.Dir(real))
	return nil
}

// ownOlderHeader reports whether the file's header says it is an Interim
// Desk database this version may replace, however damaged the rest is.
func ownOlderHeader(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	header := make([]byte, headerSize)
	if _, err := io.ReadFull(f, header); err != nil || !bytes.HasPrefix(header, []byte(sqliteMagic)) {
		return false
	}
	return binary.BigEndian.Uint32(header[applicationIDOffset:]) == ApplicationID &&
		int(binary.BigEndian.Uint32(header[userVersionOffset:])) <= len(migrations)
}

// rawSafetyCopy copies a database that cannot be opened, byte for byte.
func rawSafetyCopy(path string, now func() time.Time) (string, error) {
	db := &DB{path: path, Now: now}
	dir := db.BackupDir()
	if err := os.MkdirAll(dir, folderMode); err != nil {
		return "", storageError(dir, err)
	}
	stamp := db.clock().In(time.Local).Format(backupTimestamp)
	to := freeName(filepath.Join(dir, db.backupStem()+"-"+stamp+domain.BackupBeforeRestore), ".db")
	if err := copyFile(path, to); err != nil {
		return "", err
	}
	if err := copyFile(path+"-wal", to+"-wal"); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	return to, nil
}
