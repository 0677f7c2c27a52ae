package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The roster is searched as a person types, on rosters of up to 100,000
// managers (docs/PERFORMANCE.md, "The roster at 100,000 managers"). What
// costs there is reading the managers' rows, CV and all, to learn whether
// each is active or where it sorts. So the number of matches and the page
// are found, where they can be, from the indexes alone: the full-text
// index and managers_active (active, name, id).

// onlyWords reports whether f filters by nothing but words and whether
// inactive managers count: then its total can be counted without rows.
func onlyWords(f domain.ManagerFilter) bool {
	return f.Sector == "" && f.Language == "" && f.MaxDayRate == 0 && f.AvailableOn.IsZero() && f.MinFreeDays == 0
}

// managerTotal counts the managers matching f (w is its WHERE). Without
// other filters, the number of managers a query matches is the number of
// rows the full-text index finds (one per manager), less the inactive ones
// among them, a short range of managers_active; without a query, it is
// counted in managers_active. matches is the number the full-text index
// found, -1 when it was not counted.
func managerTotal(ctx context.Context, tx *sql.Tx, f domain.ManagerFilter, w *where) (total, matches int, err error) {
	q := matchQuery(f.Query)
	count := func(query string, args ...any) int {
		var n int
		if err == nil {
			if err = tx.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
				err = fmt.Errorf("count managers: %w", err)
			}
		}
		return n
	}
	switch {
	case !onlyWords(f):
		total, matches = count(`SELECT count(*) FROM managers m`+w.String(), w.args...), -1
	case q == "" && f.IncludeInactive:
		total, matches = count(`SELECT count(*) FROM managers`), -1
	case q == "":
		total, matches = count(`SELECT count(*) FROM managers m WHERE m.active = 1`), -1
	default:
		matches = count(`SELECT count(*) FROM managers_fts WHERE managers_fts MATCH ?`, q)
		total = matches
		if !f.IncludeInactive && matches > 0 {
			total -= count(`SELECT count(*) FROM managers m WHERE m.active = 0
				AND m.id IN (SELECT rowid FROM managers_fts WHERE managers_fts MATCH ?)`, q)
		}
	}
	return total, matches, err
}

// managerPage reads one page of the roster: first the ids of the page,
// which an index can give without reading a row (page 500 skips 25,000
// entries of managers_active instead of 25,000 rows), then the rows of
// those ids alone.
//
// A query in name order can be answered two ways: the matches' rows
// looked up and sorted, or managers_active walked in name order until
// enough of it matches. SQLite's planner, without statistics, picks one
// regardless of the number of matches: looking up a word most managers
// have ("finance": 28,000 of 100,000) reads 28,000 rows to show
// 50, and walking for a word few have reads the whole index. So with the
// matches counted, the walk is asked for when it reads fewer entries than
// there are matches (weighed by lookupCost), and the look-up otherwise.
// lookupCost is what reading a manager's row by id costs, in entries of
// managers_active read in order: on the large sample a word matching
// 2,000 managers was listed in 14 ms by look-up and in 3 ms by walking
// 50 × 100,000 / 2,000 = 2,500 entries.
const lookupCost = 16

func managerPage(ctx context.Context, tx *sql.Tx, f domain.ManagerFilter, w *where, order string,
	limit, offset, matches int) ([]*domain.Manager, error) {
	if q := matchQuery(f.Query); q != "" && f.Sort == "relevance" {
		return managerPageByTier(ctx, tx, f, w, limit, offset, matches)
	}
	from := "managers m"
	if matches >= 0 && matchQuery(f.Query) != "" {
		// Left to itself, SQLite walks managers_active whatever the
		// number of matches: for a word few managers have, the whole
		// index. NOT INDEXED keeps the rows' look-up by id.
		from = "managers m NOT INDEXED"
		walk := false
		if matches > 0 && !f.IncludeInactive && (f.Sort == "" || f.Sort == "name") {
			last, err := lastManagerID(ctx, tx)
			if err != nil {
				return nil, err
			}
			// The walk reads about (offset+limit) × managers / matches
			// entries of the index, one after the other; the look-up
			// reads a row for each match, at random, measured to cost
			// 10–20 times an entry (lookupCost).
			walk = int64(offset+limit)*last < lookupCost*int64(matches)*int64(matches)
		}
		if walk {
			from = "managers m INDEXED BY managers_active"
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+managerColumns+` FROM managers m WHERE m.id IN (
		SELECT m.id FROM `+from+w.String()+` ORDER BY `+order+` LIMIT ? OFFSET ?) ORDER BY `+order,
		append(w.args, limit, offset)...)
	return scanManagers(rows, err)
}

// lastManagerID is the highest id given, which stands for the size of the
// roster in the choice between walk and look-up.
func lastManagerID(ctx context.Context, tx *sql.Tx) (int64, error) {
	var last int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM managers`).Scan(&last); err != nil {
		return 0, fmt.Errorf("list managers: %w", err)
	}
	return last, nil
}

// scanManagers reads the managers of a page query.
func scanManagers(rows *sql.Rows, err error) ([]*domain.Manager, error) {
	if err != nil {
		return nil, fmt.Errorf("list managers: %w", err)
	}
	defer rows.Close()
	var out []*domain.Manager
	for rows.Next() {
		m, err := scanManager(rows)
		if err != nil {
			return nil, fmt.Errorf("list managers: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list managers: %w", err)
	}
	return out, nil
}
