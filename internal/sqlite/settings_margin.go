package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The firm's minimum margin, in the settings table: no migration, and a
// missing row is no floor.
const (
	settingMarginPercentBP = "margin_floor_percent_bp"
	settingMarginPerDay    = "margin_floor_per_day"
)

// MarginFloor returns the firm's minimum margin; zero when never set.
func (db *DB) MarginFloor(ctx context.Context) (domain.MarginFloor, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return domain.MarginFloor{}, err
	}
	defer tx.Rollback()
	return marginFloor(ctx, tx)
}

// SetMarginFloor saves the firm's minimum margin; EINVALID for a negative
// floor or a percentage above 100.
func (db *DB) SetMarginFloor(ctx context.Context, f domain.MarginFloor) error {
	if err := f.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error { return saveMarginFloor(ctx, tx, f) })
}

// saveMarginFloor writes the floor in tx; the firm profile saves it with
// the rest of Firm settings.
func saveMarginFloor(ctx context.Context, tx *sql.Tx, f domain.MarginFloor) error {
	for key, v := range map[string]int64{settingMarginPercentBP: f.PercentBP, settingMarginPerDay: int64(f.PerDay)} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, strconv.FormatInt(v, 10)); err != nil {
			return fmt.Errorf("save setting %s: %w", key, err)
		}
	}
	return nil
}

// marginFloor reads the floor in tx. A hand-edited value that is no
// number, or out of range, is no floor rather than a refusal to issue.
func marginFloor(ctx context.Context, tx *sql.Tx) (domain.MarginFloor, error) {
	var f domain.MarginFloor
	for key, dst := range map[string]*int64{settingMarginPercentBP: &f.PercentBP, settingMarginPerDay: (*int64)(&f.PerDay)} {
		var v string
		err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		} else if err != nil {
			return domain.MarginFloor{}, fmt.Errorf("read setting %s: %w", key, err)
		}
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			*dst = n
		}
	}
	if f.Validate() != nil {
		return domain.MarginFloor{}, nil
	}
	return f, nil
}
