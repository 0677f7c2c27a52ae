package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// scanner is a *sql.Row or *sql.Rows: one scan function serves both.
type scanner interface {
	Scan(dest ...any) error
}

// where collects the conditions of a list query and their arguments. A
// condition takes its placeholders from arg, which numbers them ($1, $2,
// …) in the order they are added.
type where struct {
	conds []string
	args  []any
}

// arg adds v to the arguments and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

func (w *where) add(cond string) { w.conds = append(w.conds, cond) }

// clone is a copy of w that conditions can be added to.
func (w *where) clone() *where {
	return &where{conds: slices.Clone(w.conds), args: slices.Clone(w.args)}
}

// and is w's WHERE with cond added, w itself unchanged.
func (w *where) and(cond string) string {
	c := w.clone()
	c.add(cond)
	return c.String()
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// findPage reads one page of a list and the number of all its matches:
// count(*) and the page run over the same WHERE (sqlcol.ListFrom) in the caller's
// read transaction (one snapshot), so the total and the page agree.
func findPage[T any](ctx context.Context, tx *sql.Tx, columns string, from sqlcol.ListFrom, w *where, order string,
	limit, offset int, scan func(scanner) (T, error)) ([]T, int, error) {
	total, err := count(ctx, tx, from.Count, w)
	if err != nil {
		return nil, 0, err
	}
	page := *w
	page.args = append([]any(nil), w.args...)
	lim, off := page.arg(limit), page.arg(offset)
	rows, err := tx.QueryContext(ctx, `SELECT `+columns+` FROM `+from.Rows+page.String()+
		` ORDER BY `+order+` LIMIT `+lim+` OFFSET `+off, page.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("list %s: %w", from.Rows, err)
	}
	out, err := scanAll(rows, scan)
	if err != nil {
		return nil, 0, fmt.Errorf("list %s: %w", from.Rows, err)
	}
	return out, total, nil
}

// count is the number of rows of from that w selects.
func count(ctx context.Context, tx *sql.Tx, from string, w *where) (int, error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+from+w.String(), w.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count %s: %w", from, err)
	}
	return n, nil
}

// countUpTo is the number of rows of from that w selects, counted no
// further than upTo.
func countUpTo(ctx context.Context, tx *sql.Tx, from string, w *where, upTo int) (int, error) {
	c := w.clone()
	lim := c.arg(upTo)
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+from+c.String()+` LIMIT `+lim+`) c`, c.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count %s: %w", from, err)
	}
	return n, nil
}

// scanAll reads every row of rows with scan and closes rows.
func scanAll[T any](rows *sql.Rows, scan func(scanner) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// exists reports whether table has a row with id. table is always one of
// this package's constants, never input.
func exists(ctx context.Context, tx *sql.Tx, table string, id int64) (bool, error) {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM `+table+` WHERE id = $1`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("look up %s %d: %w", table, id, err)
	}
	return true, nil
}

// staleOrMissing explains why an UPDATE … WHERE id = $a AND rev = $b changed
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
	_, err := tx.ExecContext(ctx, `INSERT INTO events (entity, entity_id, at, what, detail) VALUES ($1, $2, $3, $4, $5)`,
		entity, id, sqlcol.TimeText(at), what, detail)
	if err != nil {
		return fmt.Errorf("log %s event for %s %d: %w", what, entity, id, err)
	}
	return nil
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
	res, err := tx.ExecContext(ctx, `UPDATE `+f.table+` SET `+f.column+` = $1, rev = rev + 1, updated_at = $2 WHERE id = $3`,
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
