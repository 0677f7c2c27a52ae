package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Best match first (domain.ManagerFilter.Sort "relevance") lists a
// search's matches by tier, each tier by name, as the PostgreSQL store
// does: every word typed in the headline, else in the skills, else in the
// sectors; then, for several words, one of them in the headline, the
// skills, the sectors; then the rest (CV, notes, name).
//
// The tiers are read one after the other, best first, until the page is
// full, each the way its size asks (as managerPage does for name order):
// managers_active walked in name order until enough of the tier is found,
// or the tier's managers looked up and sorted. Ranking every match at once
// read each match's row to sort them all: on 100,000 managers a common
// word ("finance", 29,560 matches) took 120–150 ms, where the first tier
// alone (7,516 in the headline) gives the page from 650 entries of the
// index.

// tier is one of the tiers before the rest: its FTS5 query, and whether a
// manager in it may still lack one of the words (one of several words in
// the column), so that the search itself must be asked too.
type tier struct {
	query   string
	anyWord bool
}

// tiersOf are the tiers of typed before the rest, best first: all the
// terms in a column, then (for several terms) one of them. With one term
// "one of them" is "all".
func tiersOf(typed string) []tier {
	terms := matchTerms(typed)
	var ts []tier
	for _, anyWord := range []bool{false, true} {
		if anyWord && len(terms) < 2 {
			break
		}
		join := " "
		if anyWord {
			join = " OR "
		}
		for _, column := range []string{"headline", "skills", "sectors"} {
			ts = append(ts, tier{"{" + column + "} : (" + strings.Join(terms, join) + ")", anyWord})
		}
	}
	return ts
}

// managerPageByTier is a page of the search's matches, best first. w holds
// the filter's conditions, the search among them; matches is the number of
// the search's matches in the index, -1 when it was not counted.
func managerPageByTier(ctx context.Context, tx *sql.Tx, f domain.ManagerFilter, w *where, limit, offset, matches int) ([]*domain.Manager, error) {
	q := matchQuery(f.Query)
	base := w.without(matchCond)
	tiers := tiersOf(f.Query)
	need := offset + limit
	var ids []int64
	last := int64(-1) // the roster's highest id, read when first needed
	for i := 0; i <= len(tiers) && len(ids) < need; i++ {
		tw := base.clone()
		var size int
		var err error
		if i < len(tiers) {
			tw.add(matchCond, tiers[i].query)
			size, err = countMatches(ctx, tx, tiers[i].query)
		} else {
			size = matches
			if size < 0 {
				size, err = countMatches(ctx, tx, q)
			}
		}
		if err != nil {
			return nil, err
		}
		if size == 0 {
			continue
		}
		if i == len(tiers) || tiers[i].anyWord {
			tw.add(matchCond, q)
		}
		for _, better := range tiers[:i] {
			tw.add(`m.id NOT IN (SELECT rowid FROM managers_fts WHERE managers_fts MATCH ?)`, better.query)
		}
		// The walk reads about want × managers ÷ size entries of the
		// index, the look-up size rows at random (lookupCost each). The
		// inactive managers are not in managers_active's name order.
		want := need - len(ids)
		from := "managers m NOT INDEXED"
		if !f.IncludeInactive {
			if last < 0 {
				if last, err = lastManagerID(ctx, tx); err != nil {
					return nil, err
				}
			}
			if int64(want)*last < lookupCost*int64(size)*int64(size) {
				from = "managers m INDEXED BY managers_active"
			}
		}
		got, err := queryIDs(ctx, tx, `SELECT m.id FROM `+from+tw.String()+` ORDER BY m.name COLLATE NOCASE, m.id LIMIT ?`,
			append(tw.args, want)...)
		if err != nil {
			return nil, err
		}
		ids = append(ids, got...)
	}
	if offset >= len(ids) {
		return nil, nil
	}
	return managersInOrder(ctx, tx, ids[offset:min(need, len(ids))])
}

// countMatches is the number of managers the search index finds for q.
func countMatches(ctx context.Context, tx *sql.Tx, q string) (int, error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM managers_fts WHERE managers_fts MATCH ?`, q).Scan(&n); err != nil {
		return 0, fmt.Errorf("count managers: %w", err)
	}
	return n, nil
}

// managersInOrder reads the managers of ids, in that order.
func managersInOrder(ctx context.Context, tx *sql.Tx, ids []int64) ([]*domain.Manager, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	in, args := idList(ids)
	ms, err := scanManagers(tx.QueryContext(ctx, `SELECT `+managerColumns+` FROM managers m WHERE m.id IN (`+in+`)`, args...))
	if err != nil {
		return nil, err
	}
	slices.SortFunc(ms, func(a, b *domain.Manager) int {
		return slices.Index(ids, a.ID) - slices.Index(ids, b.ID)
	})
	return ms, nil
}
