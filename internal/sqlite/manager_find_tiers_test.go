package sqlite

import (
	"context"
	"slices"
	"strconv"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Best match first reads each tier by a walk of managers_active in name
// order or by a look-up of the tier's managers, chosen by the tier's size
// against the roster's (its highest id). The store suite's rosters are
// too small to take the walk; this one has ids up to 120,000 and tiers of
// every size, so both ways are taken, on the first page and on deep ones:
// the pages must be those of ranking every match at once.
func TestBestMatchFirst_readsEachTierTheWayItsSizeAsks(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	// Names in another order than the ids: 7919 × i modulo the prime
	// 4001 runs through 1…4000 once.
	_, err := db.db.ExecContext(ctx, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
		INSERT INTO managers (id, name, email, headline, skills, sectors, languages, day_rate, available_from,
			max_days_per_week, cv, active, created_at, updated_at)
		SELECT i * 30, printf('Manager %04d', i * 7919 % 4001), 'm' || i || '@example.be',
			CASE WHEN i % 11 = 0 THEN 'Interim Finance Director' ELSE 'Interim COO' END,
			CASE WHEN i % 4 = 0 THEN '["Finance", "Lean"]' WHEN i % 150 = 0 THEN '["Alpha"]' ELSE '["Lean"]' END,
			CASE WHEN i % 13 = 0 THEN '["Finance"]' ELSE '["Logistiek"]' END,
			'["nl"]', 90000 + i % 100 * 1000, '2026-01-01', 4,
			'Leiding.' || CASE WHEN i % 2 = 0 THEN ' Finance.' ELSE '' END || CASE WHEN i % 10 = 0 THEN ' Zeldzame.' ELSE '' END,
			i % 50 <> 0, '2026-05-09T10:30:00.000000000Z', '2026-05-09T10:30:00.000000000Z'
		FROM n`)
	must(t, err)
	// The reference: every match, ranked at once by tier, then by name.
	reference := func(f domain.ManagerFilter, p domain.Page) []int64 {
		t.Helper()
		w, err := managerWhere(f, domain.DateOf(testNow))
		must(t, err)
		rank := `CASE`
		args := w.args
		tiers := tiersOf(f.Query)
		for i, tr := range tiers {
			rank += ` WHEN m.id IN (SELECT rowid FROM managers_fts WHERE managers_fts MATCH ?) THEN ` + strconv.Itoa(i)
			args = append(args, tr.query)
		}
		rank += ` ELSE ` + strconv.Itoa(len(tiers)) + ` END`
		tx, err := db.beginRead(ctx)
		must(t, err)
		defer tx.Rollback()
		ids, err := queryIDs(ctx, tx, `SELECT m.id FROM managers m`+w.String()+` ORDER BY `+rank+`, m.name COLLATE NOCASE, m.id LIMIT ? OFFSET ?`,
			append(args, p.Limit, p.Offset)...)
		must(t, err)
		return ids
	}
	for _, f := range []domain.ManagerFilter{
		{Query: "finance"}, {Query: "fin"}, {Query: "zeldzame"}, {Query: "alpha"},
		{Query: "interim finance"}, {Query: "lean finance"},
		{Query: "finance", IncludeInactive: true}, {Query: "finance", MaxDayRate: domain.Euros(1000)},
	} {
		f.Sort = "relevance"
		for _, p := range []domain.Page{{Limit: 50}, {Limit: 10}, {Offset: 50, Limit: 50}, {Offset: 400, Limit: 100}, {Offset: 1000, Limit: 50}} {
			f.Page = p
			want := reference(f, p)
			page, _, err := db.FindManagers(ctx, f)
			must(t, err)
			var got []int64
			for _, m := range page {
				got = append(got, m.ID)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%+v: %d managers %v…, want %d %v…", f, len(got), got[:min(5, len(got))], len(want), want[:min(5, len(want))])
			}
		}
	}
}
