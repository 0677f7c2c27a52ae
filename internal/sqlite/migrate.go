package sqlite

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// ApplicationID is written into the header of every Interim Desk database
// (PRAGMA application_id), so that the file says whose it is: "INDS" in
// ASCII.
const ApplicationID uint32 = 0x494E4453

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema change; version is its number, which
// becomes PRAGMA user_version once it has been applied.
type migration struct {
	version int
	name    string
	// fsys holds the file; its text is read when the migration is applied,
	// not at every start (reading them all was a fiftieth of a command).
	fsys fs.FS
}

// text is the migration's SQL.
func (m migration) text() (string, error) {
	b, err := fs.ReadFile(m.fsys, "migrations/"+m.name)
	return string(b), err
}

// migrations are the embedded migrations in order. A gap or a duplicate in
// the numbering is a mistake in the build, found by the first test.
var migrations = mustLoadMigrations(migrationFiles)

func mustLoadMigrations(fsys fs.FS) []migration {
	ms, err := loadMigrations(fsys)
	if err != nil {
		panic(err)
	}
	return ms
}

// loadMigrations reads migrations/NNNN_name.sql, numbered from 1 without gaps.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	// fs.Glob returns names sorted, and the numbers are zero-padded.
	var ms []migration
	for i, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n != i+1 {
			return nil, fmt.Errorf("migration %s: want the number %04d at the start of its name", base, i+1)
		}
		ms = append(ms, migration{version: n, name: base, fsys: fsys})
	}
	if len(ms) == 0 {
		return nil, fmt.Errorf("no migrations embedded")
	}
	return ms, nil
}

// migrate applies the migrations the file has not seen, each in its own
// transaction together with the new user_version, so a failed migration
// leaves the file at the previous version and nothing half-done. The owner
// is checked again through the pool because a write-ahead log can hold a
// newer header than the one inspect read from the file.
func (db *DB) migrate(ctx context.Context) error {
	var appID int64 // signed in SQLite
	var version, objects int
	if err := db.db.QueryRowContext(ctx, `SELECT
		(SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &objects); err != nil {
		if notADatabase(err) {
			return errForeign(db.path)
		}
		return storageError(db.path, fmt.Errorf("read schema version: %w", err))
	}
	if err := checkOwner(db.path, uint32(appID), version, objects > 0); err != nil {
		return err
	}
	if version >= 1 && version < len(migrations) {
		if err := db.backupBeforeMigration(ctx, version); err != nil {
			return err
		}
	}
	for _, m := range migrations[version:] {
		if err := db.applyMigration(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) applyMigration(ctx context.Context, m migration) error {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	// Another process may have migrated while this one waited for the lock.
	var current int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&current); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	} else if current >= m.version {
		return nil
	}
	text, err := m.text()
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, text); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	// Pragmas take no parameters; both values are numbers made here.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", int32(ApplicationID))); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	return nil
}

// SchemaVersion is the schema this build creates and understands: the
// number of its migrations.
func SchemaVersion() int { return len(migrations) }
