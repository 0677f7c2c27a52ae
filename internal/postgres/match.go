package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// rankWeights are ts_rank's weights of the labels D, C, B and A of
// rank_words (migration 0001): the CV and the notes, the sectors, the
// skills, the headline, as SQLite's bm25 weights 1, 2, 3 and 4.
const rankWeights = `{0.25, 0.5, 0.75, 1}`

var _ domain.MatchService = (*DB)(nil)

// The matching of the SQLite store (internal/sqlite/match.go), on
// PostgreSQL: the same pool of candidates, the same words found, the same
// scoring by the domain (domain.RankMatches). Only the text relevance is
// measured another way.
//
// SQLite ranks the keywords with bm25 over managers_fts, with column
// weights headline 4, skills 3, sectors 2, CV 1, notes 0.5. PostgreSQL has
// no bm25; this store ranks with ts_rank over rank_words (migration 0001),
// whose labels A to D carry the same weights (rankWeights), the CV and the
// notes sharing D. The relevance is the rank divided by the best of the
// pool in both, so the best manager by text gets the full 40 points in
// both and a manager whose words are found only in the name or the
// languages gets none in both. The orders differ where bm25 weighs what
// ts_rank does not:
//   - bm25 gives a rare word more than a common one (inverse document
//     frequency); ts_rank counts every word alike, so of two managers each
//     with one of two keywords, SQLite puts first the one with the rarer
//     word, PostgreSQL ranks them equal (and then name, id decide);
//   - bm25 lowers the rank of a long text (a long CV) for the same words;
//     ts_rank without normalisation does not;
//   - notes weigh as much as the CV here, half as much in SQLite;
//   - for a word more than half the roster has, FTS5 clamps bm25's word
//     weight to almost nothing, and the relevance of equal texts then
//     differs by rounding (a point of 40); ts_rank gives equal texts
//     equal ranks.
// So the points for words can differ by a few between the stores, and
// with them the order of managers the other rules leave close (storetest's
// Matching and Compare show where: SANTE puts the shortest CV first in
// SQLite, the best by the other rules in PostgreSQL); the pool of 300 by
// text can also differ at its edge on a roster where more than 300
// managers have the words. Everything else (who is left out and why,
// every other reason and its points) is the same.

// matchPoolSize bounds the candidates a ranking reads: the best by text,
// or the sector's, or (with neither) those free soonest (SQLite's
// matchPool).
const matchPoolSize = 300

// MatchManagers ranks the active managers for c (domain.RankMatches):
// best first, the excluded after. EINVALID for criteria out of range.
func (db *DB) MatchManagers(ctx context.Context, c domain.MatchCriteria) ([]domain.Match, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	start := c.Start
	if start.IsZero() {
		start = db.today()
	}
	var cands []domain.MatchCandidate
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		if c.Floor, err = marginFloor(ctx, tx); err != nil {
			return err
		}
		cands, err = matchCandidates(ctx, tx, c, start)
		return err
	})
	if err != nil {
		return nil, err
	}
	return domain.RankMatches(c, start, cands), nil
}

// matchStopWords are the little words of Dutch, French and English that a
// proposal's title brings along ("Herstructurering van de groep"): they
// say nothing about a manager and would outweigh the words that do. The
// SQLite store's list, word for word.
var matchStopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`aan als bij dat de den der des die dit door een en er het in is met na naar niet
		of om op over te ten ter tot uit van voor wat zijn
		a au aux avec ce ces dans du elle en est et il la le les leur ou par pas pour que qui sa se son sur un une
		an and are as at be by for from has in into is it its of on or the to with`) {
		m[w] = true
	}
	return m
}()

// matchTerms are the searchable words of keywords, folded, without the
// little words and single letters (the "i" of "a.i.").
func matchTerms(keywords string) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(keywords, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		if w := sqlcol.Fold(f); len([]rune(w)) > 1 && !matchStopWords[w] && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// matchAnyWord is the tsquery of the terms bound to ph: any of them, each
// a whole word (SQLite's "a" OR "b"), folded by search_words as the
// search column is. The terms are letters and digits only (matchTerms),
// and quote_literal makes each a single lexeme whatever it holds.
func matchAnyWord(ph string) string {
	return `(SELECT to_tsquery('simple', string_agg(quote_literal(search_words(t)), ' | '))
		FROM unnest(` + ph + `::text[]) t WHERE search_words(t) <> '')`
}

func matchCandidates(ctx context.Context, tx *sql.Tx, c domain.MatchCriteria, start domain.Date) ([]domain.MatchCandidate, error) {
	terms := matchTerms(c.Keywords)
	relevance := map[int64]float64{}
	var ids []int64
	if len(terms) > 0 {
		rows, err := tx.QueryContext(ctx, `SELECT m.id, ts_rank('`+rankWeights+`', m.rank_words, q.q)
			FROM managers m, `+matchAnyWord("$1")+` q(q)
			WHERE m.active AND m.search @@ q.q ORDER BY 2 DESC, 1 LIMIT $2`, terms, matchPoolSize)
		if err != nil {
			return nil, fmt.Errorf("match managers: %w", err)
		}
		best := 0.0
		for rows.Next() {
			var id int64
			var r float64
			if err := rows.Scan(&id, &r); err != nil {
				rows.Close()
				return nil, fmt.Errorf("match managers: %w", err)
			}
			if best == 0 {
				best = r // ts_rank is positive, the best the highest
			}
			if best > 0 {
				relevance[id] = r / best
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("match managers: %w", err)
		}
	}
	var more string
	var args []any
	// Both read managers in the order of the index managers_available and
	// stop at the pool's size, instead of sorting a whole sector.
	switch {
	case c.Sector != "":
		more = `SELECT m.id FROM managers m WHERE m.active
			AND EXISTS (SELECT 1 FROM manager_tags t WHERE t.kind = 'sector' AND t.key = $1 AND t.manager_id = m.id)
			ORDER BY m.available_from, nocase(m.name) COLLATE "C", m.id LIMIT $2`
		args = []any{sqlcol.Fold(c.Sector), matchPoolSize}
	case len(terms) == 0:
		more = `SELECT m.id FROM managers m WHERE m.active
			ORDER BY m.available_from, nocase(m.name) COLLATE "C", m.id LIMIT $1`
		args = []any{matchPoolSize}
	}
	if more != "" {
		rows, err := tx.QueryContext(ctx, more, args...)
		if err != nil {
			return nil, fmt.Errorf("match managers: %w", err)
		}
		got, err := scanAll(rows, func(s scanner) (id int64, err error) { return id, s.Scan(&id) })
		if err != nil {
			return nil, fmt.Errorf("match managers: %w", err)
		}
		for _, id := range got {
			if _, ok := relevance[id]; !ok {
				relevance[id] = 0
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+managerColumns+` FROM managers m WHERE m.id = ANY ($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("match managers: %w", err)
	}
	ms, err := scanAll(rows, scanManager)
	if err != nil {
		return nil, fmt.Errorf("match managers: %w", err)
	}
	bs, err := bookingsAhead(ctx, tx, ids, start)
	if err != nil {
		return nil, err
	}
	past, err := matchSectorEngagements(ctx, tx, ids, c.Sector)
	if err != nil {
		return nil, err
	}
	out := make([]domain.MatchCandidate, 0, len(ms))
	for _, m := range ms {
		out = append(out, domain.MatchCandidate{
			Manager: m, Relevance: relevance[m.ID], Words: matchFoundWords(m, terms),
			Bookings: bs[m.ID], SectorEngagements: past[m.ID],
		})
	}
	return out, nil
}

// matchFoundWords are the terms that occur (as the start of a word) in the
// manager's headline, skills, sectors, CV or notes, accents and case
// ignored: the words a person sees highlighted. The SQLite store's
// foundWords.
func matchFoundWords(m *domain.Manager, terms []string) []string {
	if len(terms) == 0 {
		return nil
	}
	text := " " + sqlcol.Fold(strings.Join([]string{m.Headline, strings.Join(m.Skills, " "), strings.Join(m.Sectors, " "), m.CV, m.Notes}, " "))
	text = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return r
		}
		return ' '
	}, text)
	var out []string
	for _, t := range terms {
		if strings.Contains(text, " "+t) {
			out = append(out, t)
		}
	}
	return out
}

// matchSectorEngagements counts, per manager of ids, the engagements that
// ran or run (not planned ones) for clients of sector, the sector compared
// folded as in SQLite.
func matchSectorEngagements(ctx context.Context, tx *sql.Tx, ids []int64, sector string) (map[int64]int, error) {
	out := map[int64]int{}
	if sector == "" {
		return out, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT e.manager_id, c.sector FROM engagements e JOIN clients c ON c.id = e.client_id
		WHERE e.status <> 'planned' AND c.sector <> '' AND e.manager_id = ANY ($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("match managers: %w", err)
	}
	defer rows.Close()
	want := sqlcol.Fold(sector)
	for rows.Next() {
		var id int64
		var s string
		if err := rows.Scan(&id, &s); err != nil {
			return nil, fmt.Errorf("match managers: %w", err)
		}
		if sqlcol.Fold(s) == want {
			out[id]++
		}
	}
	return out, rows.Err()
}
