package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// scanner is a *sql.Row or *sql.Rows: one scan function serves both.
type scanner interface {
	Scan(dest ...any) error
}

// where collects the conditions of a list query and their arguments, in
// the order they appear in the SQL.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// idList is the placeholders of an IN list of ids, "?, ?, ?", and the ids
// as arguments.
func idList(ids []int64) (string, []any) {
	marks := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		marks[i], args[i] = "?", id
	}
	return strings.Join(marks, ", "), args
}

// clone is a copy of w that conditions can be added to.
func (w *where) clone() *where {
	return &where{conds: slices.Clone(w.conds), args: slices.Clone(w.args)}
}

// without is w less the conditions equal to cond, and their arguments.
func (w *where) without(cond string) *where {
	var out where
	at := 0
	for _, c := range w.conds {
		n := strings.Count(c, "?")
		if c != cond {
			out.add(c, w.args[at:at+n]...)
		}
		at += n
	}
	return &out
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// findPage reads one page of a list and the number of all its matches:
// count(*) and the page run over the same WHERE (sqlcol.ListFrom) in the caller's
// read transaction, so the total and the page always agree.
func findPage[T any](ctx context.Context, tx *sql.Tx, columns string, from sqlcol.ListFrom, w *where, order string,
	limit, offset int, scan func(scanner) (T, error)) ([]T, int, error) {
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+from.Count+w.String(), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count %s: %w", from.Rows, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+columns+` FROM `+from.Rows+w.String()+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("list %s: %w", from.Rows, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("list %s: %w", from.Rows, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("list %s: %w", from.Rows, err)
	}
	return out, total, nil
}

// exists reports whether table has a row with id. table is always one of
// this package's constants, never input.
func exists(ctx context.Context, tx *sql.Tx, table string, id int64) (bool, error) {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM `+table+` WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("look up %s %d: %w", table, id, err)
	}
	return true, nil
}

// staleOrMissing explains why an UPDATE … WHERE id = ? AND rev = ? changed
// nothing: the row is gone (notFound) or someone saved it since it was read.
func staleOrMissing(ctx context.Context, tx *sql.Tx, table string, id int64, what string, notFound error) error {
	ok, err := exists(ctx, tx, table, id)
	if err != nil {
		return err
	} else if !ok {
		return notFound
	}
	return errStale(what)
}

// logEvent appends to the event log in the caller's transaction, so an
// event is recorded exactly when the change it describes is.
func logEvent(ctx context.Context, tx *sql.Tx, entity string, id int64, at time.Time, what, detail string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO events (entity, entity_id, at, what, detail) VALUES (?, ?, ?, ?, ?)`,
		entity, id, sqlcol.TimeText(at), what, detail)
	if err != nil {
		return fmt.Errorf("log %s event for %s %d: %w", what, entity, id, err)
	}
	return nil
}

// sentencef builds the detail of an event of a proposal, a manager, a
// clause or an import: an English sentence of its own format, kept as
// written (the export and a person's data show it). An engagement's events
// keep their facts instead (logEngagementEvent), worded where they are
// shown; earlier versions wrote those through here, and such rows are still
// taken apart by their format (i18n.Translate). So every format starts or
// ends with words of its own, never "%s, %s", and internal/i18n's sources
// test finds each one here and fails while it lacks a Dutch or French
// translation (messages/store.*.json). A person's own words (a reason)
// stand between “quotes”, so they are never translated.
func sentencef(format string, args ...any) string {
	return fmt.Sprintf(format, args...)
}

// flag is a yes/no column people switch instead of deleting a row: an
// archived client, an active manager. The switch is logged as an event.
type flag struct {
	table, column   string
	entity          string // in the event log
	whenOn, whenOff string // the event's what
	notFound        func(id int64) error
}

var (
	archivedFlag = flag{"clients", "archived", "client", "archived", "restored", errClientNotFound}
	activeFlag   = flag{"managers", "active", "manager", "activated", "deactivated", errManagerNotFound}
)

// setFlag switches f on or off for one row, counting its rev up.
func setFlag(ctx context.Context, tx *sql.Tx, f flag, id int64, on bool, now time.Time) error {
	res, err := tx.ExecContext(ctx, `UPDATE `+f.table+` SET `+f.column+` = ?, rev = rev + 1, updated_at = ? WHERE id = ?`,
		on, sqlcol.TimeText(now), id)
	if err != nil {
		return fmt.Errorf("set %s of %s %d: %w", f.column, f.entity, id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return f.notFound(id)
	}
	what := f.whenOff
	if on {
		what = f.whenOn
	}
	return logEvent(ctx, tx, f.entity, id, now, what, "")
}
