package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// Column weights of bm25 over managers_fts (name, headline, skills,
// sectors, languages, cv, notes): a word in the headline says most about
// what a manager does, one in the notes least; a name or a language code
// is no evidence of fit.
const matchRank = `bm25(managers_fts, 0, 4, 3, 2, 0, 1, 0.5)`

// matchPool bounds the candidates a ranking reads: the best by text, or
// the sector's, or (with neither) those free soonest. Far more than anyone
// reads, and it keeps a ranking of a large roster within its time.
const matchPool = 300

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
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	floor, err := marginFloor(ctx, tx)
	if err != nil {
		return nil, err
	}
	c.Floor = floor
	cands, err := matchCandidates(ctx, tx, c, start)
	if err != nil {
		return nil, err
	}
	return domain.RankMatches(c, start, cands), nil
}

// stopWords are the little words of Dutch, French and English that a
// proposal's title brings along ("Herstructurering van de groep"): they
// say nothing about a manager and would outweigh the words that do.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`aan als bij dat de den der des die dit door een en er het in is met na naar niet
		of om op over te ten ter tot uit van voor wat zijn
		a au aux avec ce ces dans du elle en est et il la le les leur ou par pas pour que qui sa se son sur un une
		an and are as at be by for from has in into is it its of on or the to with`) {
		m[w] = true
	}
	return m
}()

// keywordTerms are the searchable words of keywords, folded, without
// the little words and single letters (the "i" of "a.i.").
func keywordTerms(keywords string) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(keywords, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		if w := sqlcol.Fold(f); len([]rune(w)) > 1 && !stopWords[w] && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func matchCandidates(ctx context.Context, tx *sql.Tx, c domain.MatchCriteria, start domain.Date) ([]domain.MatchCandidate, error) {
	terms := keywordTerms(c.Keywords)
	relevance := map[int64]float64{}
	var ids []int64
	if len(terms) > 0 {
		quoted := make([]string, len(terms))
		for i, t := range terms {
			quoted[i] = `"` + t + `"`
		}
		rows, err := tx.QueryContext(ctx, `SELECT f.rowid, `+matchRank+` FROM managers_fts f
			JOIN managers m ON m.id = f.rowid AND m.active = 1
			WHERE managers_fts MATCH ? ORDER BY 2, 1 LIMIT ?`, strings.Join(quoted, " OR "), matchPool)
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
				best = r // bm25 is negative, the best the lowest
			}
			if best < 0 {
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
	// Both read managers in the order of the index managers_available
	// and stop at the pool's size, instead of sorting a whole sector.
	switch {
	case c.Sector != "":
		more = `SELECT m.id FROM managers m INDEXED BY managers_available WHERE m.active = 1
			AND EXISTS (SELECT 1 FROM manager_tags t WHERE t.kind = 'sector' AND t.key = ? AND t.manager_id = m.id)
			ORDER BY m.available_from, m.name COLLATE NOCASE, m.id LIMIT ?`
		args = []any{sqlcol.Fold(c.Sector), matchPool}
	case len(terms) == 0:
		more = `SELECT m.id FROM managers m INDEXED BY managers_available WHERE m.active = 1
			ORDER BY m.available_from, m.name COLLATE NOCASE, m.id LIMIT ?`
		args = []any{matchPool}
	}
	if more != "" {
		got, err := queryIDs(ctx, tx, more, args...)
		if err != nil {
			return nil, err
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
	idList, _ := json.Marshal(ids)
	ms, err := queryManagers(ctx, tx, `SELECT `+managerColumns+` FROM managers m
		WHERE m.id IN (SELECT value FROM json_each(?))`, string(idList))
	if err != nil {
		return nil, err
	}
	bs, err := bookingsAhead(ctx, tx, ids, start)
	if err != nil {
		return nil, err
	}
	past, err := sectorEngagements(ctx, tx, string(idList), c.Sector)
	if err != nil {
		return nil, err
	}
	out := make([]domain.MatchCandidate, 0, len(ms))
	for _, m := range ms {
		out = append(out, domain.MatchCandidate{
			Manager: m, Relevance: relevance[m.ID], Words: foundWords(m, terms),
			Bookings: bs[m.ID], SectorEngagements: past[m.ID],
		})
	}
	return out, nil
}

// foundWords are the terms that occur (as the start of a word) in the
// manager's headline, skills, sectors, CV or notes, accents and case
// ignored: the words a person sees highlighted.
func foundWords(m *domain.Manager, terms []string) []string {
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

// sectorEngagements counts, per manager of the JSON list ids, the
// engagements that ran or run (not planned ones) for clients of sector.
func sectorEngagements(ctx context.Context, tx *sql.Tx, ids, sector string) (map[int64]int, error) {
	out := map[int64]int{}
	if sector == "" {
		return out, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT e.manager_id, c.sector FROM engagements e JOIN clients c ON c.id = e.client_id
		WHERE e.status <> 'planned' AND c.sector <> '' AND e.manager_id IN (SELECT value FROM json_each(?))`, ids)
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

// queryIDs reads the ids a query gives, for matching and for best match
// first (manager_find_tiers.go).
func queryIDs(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("read manager ids: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("read manager ids: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

func queryManagers(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]*domain.Manager, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("match managers: %w", err)
	}
	defer rows.Close()
	var out []*domain.Manager
	for rows.Next() {
		m, err := scanManager(rows)
		if err != nil {
			return nil, fmt.Errorf("match managers: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
