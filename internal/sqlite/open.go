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

	"github.com/interimdesk/interimdesk/internal/domain"

	// The pure-Go SQLite driver, registered as "sqlite": no cgo, so the
	// store builds and tests everywhere the domain does.
	_ "modernc.org/sqlite"
)

// File and folder modes: the database holds day rates, CVs and client
// names, so only its owner may read it.
const (
	fileMode   fs.FileMode = 0o600
	folderMode fs.FileMode = 0o700
)

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// Offsets of the two header fields that say whose file it is and how far
// its schema went (https://www.sqlite.org/fileformat.html#the_database_header).
const (
	headerSize          = 100
	userVersionOffset   = 60
	applicationIDOffset = 68
)

// Open opens the database file at path, creating it (mode 0600, in a folder
// created 0700) when it does not exist, and brings its schema up to date.
// A file of another application or of a newer Interim Desk is refused with
// EINVALID before anything in it is changed.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, domain.Errorf(domain.EINVALID, "Database: no file name was given.")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), folderMode); err != nil {
		return nil, fmt.Errorf("create the folder for the database: %w", err)
	}
	// Waits while a restore runs (see restore_lock.go).
	lock, err := lockShared(ctx, realPath(abs))
	if err != nil {
		return nil, err
	}
	db, err := openLocked(ctx, abs)
	if err != nil {
		lock.release()
		return nil, err
	}
	db.lock = lock
	if lock != nil {
		db.leftovers = lock.removed
	}
	return db, nil
}

// openLocked is Open for a caller that holds the database's lock.
func openLocked(ctx context.Context, abs string) (*DB, error) {
	if err := createFile(abs); err != nil {
		return nil, err
	}
	if err := inspect(ctx, abs); err != nil {
		return nil, err
	}

	sdb, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", abs, err)
	}
	db := &DB{db: sdb, path: abs}
	if err := db.migrate(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	if err := restrictModes(abs); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

// createFile creates an empty database file with mode 0600 when there is
// none, and its folder with mode 0700 when that is missing too. SQLite
// would otherwise create the file with the umask's mode, readable by all.
// An existing file is left as it is.
func createFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), folderMode); err != nil {
		return fmt.Errorf("create the folder for the database: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, fileMode)
	if errors.Is(err, fs.ErrExist) {
		return nil
	} else if err != nil {
		return fmt.Errorf("create database file: %w", err)
	}
	return f.Close()
}

// restrictModes sets 0600 on the file and on the write-ahead log and shared
// memory files SQLite keeps beside it, in case they were made by an older
// version or under a looser umask.
func restrictModes(path string) error {
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if err := os.Chmod(p, fileMode); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("restrict access to %s: %w", p, err)
		}
	}
	return nil
}

// inspect decides from the outside whether path is a file this version may
// open: empty, or an SQLite file with our application id and a schema no
// newer than ours. It reads the header bytes first and opens the file
// (read-only, without pragmas) only when the header cannot tell, because
// opening with the usual pragmas would already change a foreign file
// (journal_mode=WAL rewrites the header).
func inspect(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open database %s: %w", path, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return domain.Errorf(domain.EINVALID, "%s is a folder; choose a database file.", path)
	}
	header := make([]byte, headerSize)
	n, err := io.ReadFull(f, header)
	switch {
	case n == 0 && errors.Is(err, io.EOF):
		return nil // a new, empty file: the first migration makes it ours
	case n < headerSize || !bytes.HasPrefix(header, []byte(sqliteMagic)):
		return errForeign(path)
	}
	appID := binary.BigEndian.Uint32(header[applicationIDOffset:])
	version := int(binary.BigEndian.Uint32(header[userVersionOffset:]))
	if appID == 0 {
		// An SQLite file without an application id: ours if its schema is
		// still empty, or if the write-ahead log holds a first migration
		// that was not yet copied into the file. Only SQLite can tell.
		return inspectWithSQLite(ctx, path)
	}
	return checkOwner(path, appID, version, false)
}

// inspectWithSQLite reads the application id, the schema version and
// whether there are tables at all through a read-only connection.
func inspectWithSQLite(ctx context.Context, path string) error {
	ro, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return fmt.Errorf("open database %s: %w", path, err)
	}
	defer ro.Close()
	var appID int64 // signed in SQLite
	var version, objects int
	err = ro.QueryRowContext(ctx, `SELECT
		(SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &objects)
	if notADatabase(err) {
		return errForeign(path)
	} else if err != nil {
		return fmt.Errorf("read database %s: %w", path, err)
	}
	return checkOwner(path, uint32(appID), version, objects > 0)
}

// checkOwner refuses a file of another application or of a newer version.
// A file without an application id is another application's unless its
// schema is empty.
func checkOwner(path string, appID uint32, version int, hasObjects bool) error {
	switch {
	case appID == 0 && hasObjects, appID != 0 && appID != ApplicationID:
		return errForeign(path)
	case version > len(migrations):
		return domain.Errorf(domain.EINVALID,
			"%s was made by a newer version of Interim Desk (schema %d, this version knows %d); nothing was changed. Open it with the newer version.",
			path, version, len(migrations))
	}
	return nil
}

func errForeign(path string) error {
	return domain.Errorf(domain.EINVALID,
		"%s is not an Interim Desk database: it was made by another application; nothing was changed.", path)
}
