package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Best match first (domain.ManagerFilter.Sort "relevance") lists a search's
// matches by tier, each tier by name: every word typed found in the
// headline, else in the skills, else in the sectors; then, for a search
// of several words, one of them in the headline, the skills, the sectors;
// then the other matches (CV, notes, name). Each tier is read on its own,
// best first, until the page is full, so a page reads about as many rows
// as it shows (migration 0005 says why reading every match is too slow
// here).

// tier is one of the first tiers: the words typed in column's list, all
// of them or (anyWord) one.
type tier struct {
	column  string
	anyWord bool
}

// tiersFor are the tiers before the rest for a search of n terms, best
// first (migration 0005's word lists). With one term "any" is "all".
func tiersFor(n int) []tier {
	columns := []string{"m.headline_words", "m.skill_words", "m.sector_words"}
	var ts []tier
	for _, anyWord := range []bool{false, true} {
		if anyWord && n < 2 {
			break
		}
		for _, c := range columns {
			ts = append(ts, tier{c, anyWord})
		}
	}
	return ts
}

// probeRows is how many managers, at least, the walk in name order reads
// first to learn how frequent a tier is.
const probeRows = 200

// managerIDsByTier returns the ids of the page of a search's matches in
// tier order. base holds the filter's conditions without the search;
// terms are the words typed; total is the number of matches.
func managerIDsByTier(ctx context.Context, tx *sql.Tx, base *where, terms []string, total, limit, offset int) ([]int64, error) {
	need := offset + limit
	tiers := tiersFor(len(terms))
	probe := max(probeRows, 4*need)
	hits, whole, err := tierProbe(ctx, tx, base, terms, tiers, probe)
	if err != nil {
		return nil, fmt.Errorf("list managers: %w", err)
	}
	var ids []int64
	found := 0 // matches in the tiers read so far, when all were read whole
	roster := -1
	for i := 0; i <= len(tiers) && len(ids) < need; i++ {
		w := base.clone()
		cond := tierCond(w, terms, tiers, i)
		want := need - len(ids)
		var got []int64
		var err error
		switch {
		case i < len(tiers) && (whole || len(hits[i]) >= want):
			got = hits[i][:min(want, len(hits[i]))]
		case i < len(tiers):
			got, err = tierPage(ctx, tx, w, cond, want, probe, hits[i], &roster)
		case total-found <= 0:
		case int64(want)*int64(total) < lookupCost*int64(total-found)*int64(total-found):
			// The rest is tested on the whole word list, read out of
			// line for each row, so the number left decides, as for a
			// search in name order (managerPage).
			got, err = tierWalk(ctx, tx, w, cond, want, 0)
		default:
			got, err = tierLookup(ctx, tx, w, cond, want)
		}
		if err != nil {
			return nil, fmt.Errorf("list managers: %w", err)
		}
		found += len(got)
		ids = append(ids, got...)
	}
	if offset >= len(ids) {
		return nil, nil
	}
	return ids[offset:min(need, len(ids))], nil
}

// tierCond adds the condition of tiers[i] (len(tiers): the rest) to w and
// returns it as an expression: in that tier and in no better one, and a
// match of the search. Every word in a list is a match already, so the
// whole word list, which is read out of line, is tested only for the
// others.
func tierCond(w *where, terms []string, tiers []tier, i int) string {
	t := w.arg(terms)
	var parts []string
	for _, better := range tiers[:i] {
		parts = append(parts, `NOT `+better.column+` @@ `+tierQuery(t, better.anyWord))
	}
	if i < len(tiers) {
		parts = append(parts, tiers[i].column+` @@ `+tierQuery(t, tiers[i].anyWord))
	}
	if i == len(tiers) || tiers[i].anyWord {
		parts = append(parts, matchCond("m.search", t))
	}
	return `(` + strings.Join(parts, ` AND `) + `)`
}

// tierQuery is the tsquery of the terms bound to placeholder t: all of
// them, or (anyWord) one.
func tierQuery(t string, anyWord bool) string {
	if anyWord {
		return `search_any(` + t + `::text[])`
	}
	return `search_query(` + t + `::text[])`
}

// tierProbe reads the first probe managers in name order once, for all of
// the first tiers: hits[i] are the ids among them in tiers[i] and in no
// better one, in name order. Each tier used to walk them again on its own,
// which for a word only in CVs was three walks that found nothing. whole
// says the probe read the whole roster, so the hits are all there are.
func tierProbe(ctx context.Context, tx *sql.Tx, base *where, terms []string, tiers []tier, probe int) (hits [][]int64, whole bool, err error) {
	w := base.clone()
	t := w.arg(terms)
	whens := make([]string, len(tiers))
	for i, tr := range tiers {
		cond := tr.column + ` @@ ` + tierQuery(t, tr.anyWord)
		if tr.anyWord {
			// One word is enough for the tier, but every word must match
			// somewhere (tierCond).
			cond += ` AND ` + matchCond("m.search", t)
		}
		whens[i] = `WHEN ` + cond + ` THEN ` + strconv.Itoa(i)
	}
	rows, err := tx.QueryContext(ctx, `SELECT m.id, CASE `+strings.Join(whens, ` `)+` END FROM managers m`+w.String()+
		` ORDER BY nocase(m.name) COLLATE "C", m.id LIMIT `+w.arg(probe), w.args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	hits = make([][]int64, len(tiers))
	read := 0
	for rows.Next() {
		var id int64
		var i sql.NullInt64
		if err := rows.Scan(&id, &i); err != nil {
			return nil, false, err
		}
		read++
		if i.Valid {
			hits[i.Int64] = append(hits[i.Int64], id)
		}
	}
	return hits, read < probe, rows.Err()
}

// tierPage returns the first want managers of one of the first tiers,
// whose words are in the row. A walk in name order reads about want ÷
// (the tier's share of the roster) managers, a look-up in the tier's
// index reads each of its managers: so the short walk of tierProbe
// measures the share (got, the tier's managers among the first probe, too
// few for the page), then the cheaper of the two reads the rest. roster is
// the size of the roster, asked for the first time it is needed (-1
// before).
func tierPage(ctx context.Context, tx *sql.Tx, w *where, cond string, want, probe int, got []int64, roster *int) ([]int64, error) {
	var err error
	if len(got) > 0 {
		if *roster < 0 {
			last, err := lastManagerID(ctx, tx)
			if err != nil {
				return nil, err
			}
			*roster = int(last)
		}
		// Twice the managers the share says hold want of the tier,
		// against the tier's managers in the whole roster.
		walk, tierSize := 2*want*probe/len(got), len(got)*(*roster)/probe
		if walk <= tierSize {
			if got, err = tierWalk(ctx, tx, w, cond, want, walk); err != nil || len(got) >= want {
				return got, err
			}
		}
	}
	return tierLookup(ctx, tx, w, cond, want)
}

// tierWalk reads the roster in name order and keeps the first want
// managers that meet cond. With budget > 0 it reads at most that many
// managers; "IS TRUE" keeps the planner from looking cond up in an index,
// which would read every match.
func tierWalk(ctx context.Context, tx *sql.Tx, w *where, cond string, want, budget int) ([]int64, error) {
	w = w.clone() // the look-up may follow on the same conditions
	const order = `nocase(m.name) COLLATE "C", m.id`
	lim := w.arg(want)
	var q string
	if budget > 0 {
		q = `SELECT id FROM (SELECT m.id, ` + cond + ` IS TRUE AS hit FROM managers m` + w.String() +
			` ORDER BY ` + order + ` LIMIT ` + w.arg(budget) + `) r WHERE hit LIMIT ` + lim
	} else {
		q = `SELECT m.id FROM managers m` + w.and(cond+` IS TRUE`) + ` ORDER BY ` + order + ` LIMIT ` + lim
	}
	return queryIDs(ctx, tx, q, w.args)
}

// tierLookup finds cond's managers through its index and keeps the first
// want by name; OFFSET 0 keeps the planner from walking instead.
func tierLookup(ctx context.Context, tx *sql.Tx, w *where, cond string, want int) ([]int64, error) {
	w = w.clone()
	q := `SELECT id FROM (SELECT m.id, m.name FROM managers m` + w.and(cond) + ` OFFSET 0) m
		ORDER BY nocase(m.name) COLLATE "C", m.id LIMIT ` + w.arg(want)
	return queryIDs(ctx, tx, q, w.args)
}

func queryIDs(ctx context.Context, tx *sql.Tx, q string, args []any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return scanAll(rows, func(s scanner) (id int64, err error) { return id, s.Scan(&id) })
}

// managersInOrder reads the managers of ids, in that order.
func managersInOrder(ctx context.Context, tx *sql.Tx, ids []int64) ([]*domain.Manager, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+managerColumns+` FROM managers m WHERE m.id = ANY ($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("list managers: %w", err)
	}
	ms, err := scanAll(rows, scanManager)
	if err != nil {
		return nil, fmt.Errorf("list managers: %w", err)
	}
	slices.SortFunc(ms, func(a, b *domain.Manager) int {
		return slices.Index(ids, a.ID) - slices.Index(ids, b.ID)
	})
	return ms, nil
}
