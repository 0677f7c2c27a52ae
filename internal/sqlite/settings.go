package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Settings kept in the settings table, with their defaults.
const (
	settingBackupKeep = "backup_keep"

	// DefaultBackupKeep is how many automatic backups are kept until the
	// firm chooses otherwise: ten start-ups of the app.
	DefaultBackupKeep = 10
	// MaxBackupKeep bounds the setting: a typo must not fill the disk.
	MaxBackupKeep = 1000
)

// BackupKeep returns how many automatic backups are kept.
func (db *DB) BackupKeep(ctx context.Context) (int, error) {
	v, ok, err := db.setting(ctx, settingBackupKeep)
	if err != nil || !ok {
		return DefaultBackupKeep, err
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > MaxBackupKeep {
		// A hand-edited value falls back to the default rather than
		// stopping backups.
		return DefaultBackupKeep, nil
	}
	return n, nil
}

// SetBackupKeep sets how many automatic backups are kept; EINVALID outside
// 1 to MaxBackupKeep. Older automatic backups go at the next rolling backup.
func (db *DB) SetBackupKeep(ctx context.Context, n int) error {
	if n < 1 || n > MaxBackupKeep {
		return domain.Invalidf("Backups to keep", "must be between 1 and %d.", MaxBackupKeep)
	}
	return db.setSetting(ctx, settingBackupKeep, strconv.Itoa(n))
}

// setting reads one setting; ok is false when it was never set.
func (db *DB) setting(ctx context.Context, key string) (value string, ok bool, err error) {
	err = db.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	} else if err != nil {
		return "", false, fmt.Errorf("read setting %s: %w", key, err)
	}
	return value, true, nil
}

func (db *DB) setSetting(ctx context.Context, key, value string) error {
	return db.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value); err != nil {
			return fmt.Errorf("save setting %s: %w", key, err)
		}
		return nil
	})
}
