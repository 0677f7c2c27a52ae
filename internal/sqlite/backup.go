package sqlite

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Backups live in a folder next to the database, named after it:
// backups/interimdesk-2026-11-27T142233.db for interimdesk.db. The suffix
// is the kind of backup (domain.BackupManual, BackupAutomatic, …); only
// automatic ones are pruned.
const (
	backupFolder    = "backups"
	backupTimestamp = "2006-01-02T150405"
)

// BackupDir is the folder the backups of this database go to.
func (db *DB) BackupDir() string { return filepath.Join(filepath.Dir(db.path), backupFolder) }

// backupStem is the database's file name without its extension: the start
// of every backup's name, so that two databases in one folder keep apart.
func (db *DB) backupStem() string {
	base := filepath.Base(db.path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// BackupNow writes a backup into the backups folder under a name with the
// date and time, and returns its path. It is never pruned. EINVALID when
// the disk is full or read-only.
func (db *DB) BackupNow(ctx context.Context) (string, error) {
	return db.backupKind(ctx, domain.BackupManual)
}

// backupKind writes a backup of a kind into the backups folder.
func (db *DB) backupKind(ctx context.Context, kind string) (string, error) {
	dir := db.BackupDir()
	if err := os.MkdirAll(dir, folderMode); err != nil {
		return "", storageError(dir, fmt.Errorf("create the backups folder: %w", err))
	}
	stamp := db.clock().In(time.Local).Format(backupTimestamp)
	path := freeName(filepath.Join(dir, db.backupStem()+"-"+stamp+kind), ".db")
	if err := db.Backup(ctx, path); err != nil {
		return "", err
	}
	return path, nil
}

// freeName returns stem+ext, or stem_2+ext and so on when that is taken:
// two backups in the same second must not overwrite each other. The
// underscore keeps the counter apart from a schema number in the kind.
func freeName(stem, ext string) string {
	name := stem + ext
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s_%d%s", stem, i, ext)
	}
}

// Backup writes a consistent copy of the database to path: VACUUM INTO
// copies one snapshot even while others write. The copy is made under a
// temporary name, flushed to the disk, checked, and only then given its
// name, so a file with the backup's name is always a whole, sound backup.
// Readable by its owner only (0600). EINVALID when path exists, or when
// the disk is full or read-only.
func (db *DB) Backup(ctx context.Context, path string) error {
	if path == "" {
		return domain.Invalidf("Backup file", "no file name was given.")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	real := realPath(db.path)
	if abs == db.path || realPath(abs) == real {
		return domain.Invalidf("Backup file", "%s is the database itself; choose another name.", abs)
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if abs == db.path+suffix || abs == real+suffix {
			return domain.Invalidf("Backup file", "%s belongs to the database (SQLite keeps its changes there); choose another name.", abs)
		}
	}
	if _, err := os.Lstat(abs); err == nil {
		return domain.Invalidf("Backup file", "%s already exists; choose another name, a backup never overwrites a file.", abs)
	}
	// The copy is made in the work folder, which the next start clears
	// when a crash leaves it there. VACUUM INTO accepts an empty file
	// and keeps its mode: made here, it is private from the first byte.
	work, err := workFolder(realPath(db.path))
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(work, tempPattern(realPath(db.path), "backup", ".partial"))
	if err != nil {
		return storageError(work, fmt.Errorf("create backup file: %w", err))
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	if err := db.vacuumInto(ctx, tmp); err != nil {
		return err
	}
	if _, err := inspectFile(ctx, tmp, abs); err != nil {
		return fmt.Errorf("the new backup %s failed its check: %w", abs, err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := moveNew(tmp, abs, work); err != nil {
		return storageError(abs, fmt.Errorf("name the backup: %w", err))
	}
	return syncDir(filepath.Dir(abs))
}

// moveNew gives the finished file at tmp, in the work folder, the name to,
// which must not exist. Across file systems (a backup onto a USB stick) it
// is copied under a temporary name beside to first; the work folder keeps
// a note of that name while the copy runs, so that the next start removes
// it if a crash leaves it.
func moveNew(tmp, to, work string) error {
	err := os.Rename(tmp, to)
	if err == nil || !isCrossDevice(err) {
		return err
	}
	notePattern := strings.TrimSuffix(filepath.Base(tmp), filepath.Ext(tmp)) + "-outside-*.note"
	partial := filepath.Join(filepath.Dir(to), "."+filepath.Base(to)+".partial")
	note, err := os.CreateTemp(work, notePattern)
	if err != nil {
		return err
	}
	_, err = note.WriteString(partial)
	if cerr := note.Close(); err == nil {
		err = cerr
	}
	defer os.Remove(note.Name())
	if err != nil {
		return err
	}
	if err := copyFile(tmp, partial); err != nil {
		os.Remove(partial)
		return err
	}
	if err := os.Rename(partial, to); err != nil {
		os.Remove(partial)
		return err
	}
	return nil
}

func isCrossDevice(err error) bool {
	var le *os.LinkError
	return errors.As(err, &le) && le.Err != nil && crossDevice(le.Err)
}

// vacuumInto copies the database into the empty file at path and flushes
// the copy to the disk: SQLite does not sync what VACUUM INTO writes.
func (db *DB) vacuumInto(ctx context.Context, path string) error {
	if _, err := db.db.ExecContext(ctx, `VACUUM INTO ?`, path); err != nil {
		return storageError(path, fmt.Errorf("copy the database to %s: %w", path, err))
	}
	return syncFile(path)
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return storageError(path, err)
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return storageError(path, err)
}

// syncDir makes a rename in dir survive a power cut. Some systems cannot
// sync a folder; the rename then stands as the file system keeps it.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	_ = d.Sync()
	return nil
}

// clock is the injected clock, or the real one.
func (db *DB) clock() time.Time {
	if db.Now != nil {
		return db.Now()
	}
	return time.Now()
}

// RollingBackup is the automatic backup at start-up: a backup of kind
// domain.BackupAutomatic, after which only the newest N automatic backups are
// kept (N is BackupKeep, 10 unless set). An empty database is not backed
// up: there is nothing to lose. It returns the path of the new backup, or
// "" when none was made.
func (db *DB) RollingBackup(ctx context.Context) (string, error) {
	if empty, err := db.IsEmpty(ctx); err != nil || empty {
		return "", err
	}
	keep, err := db.BackupKeep(ctx)
	if err != nil {
		return "", err
	}
	path, err := db.backupKind(ctx, domain.BackupAutomatic)
	if err != nil {
		return "", err
	}
	return path, db.pruneBackups(keep)
}

// pruneBackups removes all but the newest keep automatic backups.
func (db *DB) pruneBackups(keep int) error {
	all, err := db.Backups()
	if err != nil {
		return err
	}
	n := 0
	for _, b := range all { // newest first
		if b.Kind != domain.BackupAutomatic {
			continue
		}
		if n++; n > keep {
			if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("remove old backup: %w", err)
			}
		}
	}
	return nil
}

// Backups lists the backups of this database in the backups folder,
// newest first.
func (db *DB) Backups() ([]domain.BackupFile, error) {
	entries, err := os.ReadDir(db.BackupDir())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("list backups: %w", err)
	}
	prefix := db.backupStem() + "-"
	// seq is the counter freeName added, which orders the backups of one
	// second.
	type found struct {
		file domain.BackupFile
		seq  int
	}
	var all []found
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".db") {
			continue
		}
		rest := strings.TrimSuffix(strings.TrimPrefix(name, prefix), ".db")
		if len(rest) < len(backupTimestamp) {
			continue
		}
		t, err := time.ParseInLocation(backupTimestamp, rest[:len(backupTimestamp)], time.Local)
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		kind, seq := splitCounter(rest[len(backupTimestamp):])
		all = append(all, found{domain.BackupFile{
			Path: filepath.Join(db.BackupDir(), name),
			Kind: kind,
			Time: t,
			Size: info.Size(),
		}, seq})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if !all[i].file.Time.Equal(all[j].file.Time) {
			return all[i].file.Time.After(all[j].file.Time)
		}
		return all[i].seq > all[j].seq
	})
	out := make([]domain.BackupFile, len(all))
	for i, f := range all {
		out[i] = f.file
	}
	return out, nil
}

// splitCounter splits "-auto_2" into the kind and the counter freeName
// added (1 when there is none).
func splitCounter(suffix string) (kind string, seq int) {
	kind, n, ok := strings.Cut(suffix, "_")
	if !ok {
		return kind, 1
	}
	seq, err := strconv.Atoi(n)
	if err != nil {
		return suffix, 1
	}
	return kind, seq
}

// backupBeforeMigration keeps the file as it is before a migration changes
// a database that already has a schema: if the new version turns out to be
// wrong, the old one can still open the backup. Without a backup the
// migration does not run.
func (db *DB) backupBeforeMigration(ctx context.Context, from int) error {
	_, err := db.backupKind(ctx, domain.BackupBeforeSchema+strconv.Itoa(len(migrations)))
	if err == nil {
		return nil
	}
	const why = "%s was to be backed up before its schema is brought from %d to %d, and that failed, so nothing was changed: "
	if code := domain.ErrorCode(err); code != domain.EINTERNAL {
		return domain.Errorf(code, why+"%s", db.path, from, len(migrations), domain.ErrorPart(err))
	}
	return fmt.Errorf(why+"%w", db.path, from, len(migrations), err)
}
