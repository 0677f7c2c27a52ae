package postgres

import (
	"context"
	"slices"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Best match first reads the tiers by short walks, longer walks and
// look-ups, chosen by how frequent each tier is in a probe of the roster
// and by the roster's size (its highest id). The store suite's rosters
// are small enough that the probe reads them whole; this roster is not,
// and its ids run to 120,000, so that each way is taken: the pages must be
// those of reading every match and sorting it by tier and name.
func TestBestMatchFirst_readsEachTierTheWayItsSizeAsks(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	_, err := db.db.ExecContext(ctx, `INSERT INTO managers (id, name, email, headline, skills, sectors,
			languages, day_rate, available_from, max_days_per_week, cv, active, notes, created_at, updated_at)
		SELECT i * 30, 'Manager ' || md5(i::text), 'm' || i || '@example.be',
			CASE WHEN i % 11 = 0 THEN 'Interim Finance Director' ELSE 'Interim COO' END,
			CASE WHEN i % 4 = 0 THEN '["Finance", "Lean"]' WHEN i % 150 = 0 THEN '["Alpha"]' ELSE '["Lean"]' END::jsonb,
			CASE WHEN i % 13 = 0 THEN '["Finance"]' ELSE '["Logistiek"]' END::jsonb,
			'["nl"]'::jsonb, 90000, '2026-01-01', 4,
			'Leiding.' || CASE WHEN i % 2 = 0 THEN ' Finance.' ELSE '' END || CASE WHEN i % 10 = 0 THEN ' Zeldzame.' ELSE '' END,
			i % 50 <> 0, '', '2026-05-09T10:30:00.000000000Z', '2026-05-09T10:30:00.000000000Z'
		FROM generate_series(1, 4000) i`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.db.ExecContext(ctx, `ANALYZE managers`); err != nil {
		t.Fatal(err)
	}
	// The reference: every match, sorted by tier and name.
	reference := func(q string, limit, offset int) []int64 {
		t.Helper()
		terms := searchTerms(q)
		rows, err := db.db.QueryContext(ctx, `SELECT m.id FROM managers m
			WHERE m.active AND m.search @@ search_query($1::text[])
			ORDER BY CASE
				WHEN m.headline_words @@ search_query($1::text[]) THEN 0
				WHEN m.skill_words @@ search_query($1::text[]) THEN 1
				WHEN m.sector_words @@ search_query($1::text[]) THEN 2
				WHEN m.headline_words @@ search_any($1::text[]) THEN 3
				WHEN m.skill_words @@ search_any($1::text[]) THEN 4
				WHEN m.sector_words @@ search_any($1::text[]) THEN 5
				ELSE 6 END, nocase(m.name) COLLATE "C", m.id
			LIMIT $2 OFFSET $3`, terms, limit, offset)
		if err != nil {
			t.Fatal(err)
		}
		ids, err := scanAll(rows, func(s scanner) (id int64, err error) { return id, s.Scan(&id) })
		if err != nil {
			t.Fatal(err)
		}
		return ids
	}
	for _, q := range []string{"finance", "zeldzame", "alpha", "interim finance", "lean finance", "fin"} {
		for _, p := range []domain.Page{{Limit: 50}, {Limit: 10}, {Offset: 50, Limit: 50}, {Offset: 400, Limit: 100}, {Offset: 1000, Limit: 50}} {
			want := reference(q, p.Limit, p.Offset)
			page, _, err := db.FindManagers(ctx, domain.ManagerFilter{Query: q, Sort: "relevance", Page: p})
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, m := range page {
				got = append(got, m.ID)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q at %+v: %d managers %v…, want %d %v…", q, p, len(got), got[:min(5, len(got))], len(want), want[:min(5, len(want))])
			}
		}
	}
}
