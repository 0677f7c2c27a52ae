package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Backups of a database on a server are not files beside it: the server's
// administrator makes them with pg_dump, and anybody can keep the
// application's JSON export (ExportJSON), the file that also moves a firm
// between SQLite and PostgreSQL (docs/TEAM.md, "Backups"). So this store
// keeps no backups folder. Of BackupService it lists none, keeps the
// "backups to keep" setting (it travels with an export to an SQLite
// file), and refuses the rest with a sentence that says what to do
// instead: a backup made now, or a file restored onto the server.

var _ domain.BackupService = (*DB)(nil)

// The setting and its bounds, the SQLite store's (settings.go there).
const (
	settingBackupKeep = "backup_keep"
	defaultBackupKeep = 10
	maxBackupKeep     = 1000
)

// errNoBackupFiles is the refusal of a backup made by the application.
func errNoBackupFiles() error {
	return domain.Errorf(domain.EINVALID, "A database on a PostgreSQL server keeps no backup files of its own: keep a JSON export (export all), and let the administrator back up the server with pg_dump (docs/TEAM.md).")
}

// errNoRestoreOntoServer is the refusal of a backup file to restore.
func errNoRestoreOntoServer() error {
	return domain.Errorf(domain.EINVALID, "A backup file is not restored onto a PostgreSQL server from here: import a JSON export into an empty database (import all), or let the administrator restore a pg_dump (docs/TEAM.md).")
}

// BackupNow is refused with EINVALID: see errNoBackupFiles.
func (db *DB) BackupNow(ctx context.Context) (string, error) { return "", errNoBackupFiles() }

// Backups lists none: the application keeps no backup files of a server.
func (db *DB) Backups() ([]domain.BackupFile, error) { return nil, nil }

// BackupDir is "": there is no backups folder.
func (db *DB) BackupDir() string { return "" }

// BackupKeep is how many automatic backups an SQLite file of this firm
// keeps (10 unless set): the setting travels with the export.
func (db *DB) BackupKeep(ctx context.Context) (int, error) {
	var v string
	err := db.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = $1`, settingBackupKeep).Scan(&v)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return defaultBackupKeep, nil
	} else if err != nil {
		return 0, fmt.Errorf("read %s: %w", settingBackupKeep, err)
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxBackupKeep {
		return defaultBackupKeep, nil
	}
	return n, nil
}

// SetBackupKeep sets it; EINVALID outside 1 to 1000.
func (db *DB) SetBackupKeep(ctx context.Context, n int) error {
	if n < 1 || n > maxBackupKeep {
		return domain.Invalidf("Backups to keep", "must be between 1 and %d.", maxBackupKeep)
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ($1, $2)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, settingBackupKeep, strconv.Itoa(n))
		return err
	})
}

// InspectBackup is refused with EINVALID: no file is restored onto a
// server from the application.
func (db *DB) InspectBackup(ctx context.Context, path string) (*domain.BackupInfo, error) {
	return nil, errNoRestoreOntoServer()
}

// ScheduleRestore is refused with EINVALID, as InspectBackup.
func (db *DB) ScheduleRestore(ctx context.Context, path string) (*domain.BackupInfo, error) {
	return nil, errNoRestoreOntoServer()
}

// CancelRestore does nothing: no restore is ever scheduled.
func (db *DB) CancelRestore() error { return nil }
