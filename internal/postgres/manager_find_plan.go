package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"math"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The roster is searched as a person types, on rosters of up to 100,000
// managers. A search in name order can be answered two ways: the matches
// found in the search index and sorted (the look-up), or the roster walked
// in name order (managers_active) until enough of it matches (the walk).
// The walk is quick for a word many managers have and slow for one few
// have, since it reads on until it has found a page; the look-up the other
// way round. PostgreSQL's planner guesses the number of matches of a
// prefix ("fin*") poorly, so, as the SQLite store does, the number counted
// for the total decides: the walk reads about (offset+limit) × managers /
// matches entries, the look-up a row for each match, at random, at about
// lookupCost entries each.
const lookupCost = 16

// managerPage reads one page of the roster: first the ids of the page,
// then the rows of those ids alone. last is the roster's highest id, read
// for a search in name order.
func managerPage(ctx context.Context, tx *sql.Tx, f domain.ManagerFilter, w *where, terms string, total int, last int64,
	order string, limit, offset int) ([]*domain.Manager, error) {
	if total == 0 || offset >= total {
		return nil, nil
	}
	from := `managers m` + w.String()
	if terms != "" && f.Sort != "relevance" {
		if total < walkFrom(offset+limit, last) {
			// The look-up: OFFSET 0 keeps the matches a query of
			// their own, which the planner answers from the index.
			from = `(SELECT m.id, m.name, m.day_rate, m.available_from FROM managers m` + w.String() + ` OFFSET 0) m`
		}
	}
	page := *w
	page.args = append([]any(nil), w.args...)
	lim, off := page.arg(limit), page.arg(offset)
	rows, err := tx.QueryContext(ctx, `SELECT `+managerColumns+` FROM managers m WHERE m.id IN (
		SELECT m.id FROM `+from+` ORDER BY `+order+` LIMIT `+lim+` OFFSET `+off+`) ORDER BY `+order, page.args...)
	if err != nil {
		return nil, fmt.Errorf("list managers: %w", err)
	}
	out, err := scanAll(rows, scanManager)
	if err != nil {
		return nil, fmt.Errorf("list managers: %w", err)
	}
	return out, nil
}

// walkFrom is the number of matches from which the walk reads fewer
// entries than the look-up, for a page that ends at need on a roster whose
// last id is last: the walk reads about need × last ÷ matches entries, the
// look-up lookupCost × matches.
func walkFrom(need int, last int64) int {
	n := int(math.Sqrt(float64(need) * float64(last) / lookupCost))
	for int64(n)*int64(n)*lookupCost <= int64(need)*last {
		n++
	}
	return n
}

// lastManagerID is the highest id given, which stands for the size of the
// roster.
func lastManagerID(ctx context.Context, tx *sql.Tx) (int64, error) {
	var last int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM managers`).Scan(&last); err != nil {
		return 0, fmt.Errorf("list managers: %w", err)
	}
	return last, nil
}
