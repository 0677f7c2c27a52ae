package sqlite

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// BenchmarkFindManagers runs roster queries on 10,000 managers, a fifth of
// them booked, in a real file: the size of the largest roster we expect,
// times ten.
//
//	go test -run XXX -bench FindManagers -benchtime 200x ./internal/sqlite/
func BenchmarkFindManagers(b *testing.B) {
	ctx := context.Background()
	db := openTestDB(b)
	seedRoster(b, db, 10_000)
	june := domain.NewDate(2026, time.June, 15)
	for _, bc := range []struct {
		name string
		f    domain.ManagerFilter
	}{
		{"first page", domain.ManagerFilter{}},
		{"by rate, page 50", domain.ManagerFilter{Sort: "-rate", Page: domain.Page{Offset: 5000}}},
		{"search", domain.ManagerFilter{Query: "interim cf"}},
		{"sector language", domain.ManagerFilter{Sector: "Zorg", Language: "fr"}},
		{"available 2 days", domain.ManagerFilter{AvailableOn: june, MinFreeDays: 2, MaxDayRate: domain.Euros(1400)}},
		{"everything", domain.ManagerFilter{Query: "finance", Sector: "logistiek", Language: "nl", AvailableOn: june, MinFreeDays: 1}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := db.FindManagers(ctx, bc.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// seedRoster writes n managers and an engagement for every fifth one, in
// one transaction through the same helpers the services use.
func seedRoster(b *testing.B, db *DB, n int) {
	b.Helper()
	ctx := context.Background()
	headlines := []string{"Interim CFO", "Interim COO", "Interim CEO", "Interim HR director", "Interim CIO"}
	skills := [][]string{{"Finance", "Turnaround"}, {"Operations", "Lean"}, {"Strategy", "M&A"}, {"HR", "Change"}, {"IT", "ERP"}}
	sectors := [][]string{{"Logistiek", "Retail"}, {"Zorg"}, {"Industrie", "Chemie"}, {"Overheid"}, {"Santé", "Zorg"}}
	langs := [][]string{{"nl", "en"}, {"nl", "fr", "en"}, {"fr", "en"}, {"nl", "de"}}

	tx, err := db.beginWrite(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	now := db.now()
	c := testClient("Acme", 1234567)
	c.Normalize()
	if err := createClient(ctx, tx, c, now); err != nil {
		b.Fatal(err)
	}
	for i := range n {
		m := &domain.Manager{
			Name:           fmt.Sprintf("Manager %05d", i),
			Email:          fmt.Sprintf("m%05d@example.be", i),
			Headline:       headlines[i%len(headlines)],
			Skills:         skills[i%len(skills)],
			Sectors:        sectors[i%len(sectors)],
			Languages:      langs[i%len(langs)],
			DayRate:        domain.Euros(int64(800 + i%900)),
			AvailableFrom:  domain.NewDate(2026, time.January, 1).AddDays(i % 300),
			MaxDaysPerWeek: 1 + i%5,
			CV:             "Ervaren bestuurder met twintig jaar leiding in complexe organisaties.",
			Active:         i%10 != 0,
		}
		if err := createManager(ctx, tx, m, now); err != nil {
			b.Fatal(err)
		}
		if i%5 == 0 {
			if err := createEngagement(ctx, tx, &domain.Engagement{
				ClientID: c.ID, Kind: domain.KindInterim, ManagerID: m.ID,
				Start: domain.NewDate(2026, time.March, 1), End: domain.NewDate(2026, time.September, 30),
				DaysPerWeek: 1, DayRate: m.DayRate, Status: domain.EngagementActive,
			}, now); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	// Statistics for the planner, as the app would have after a while.
	if _, err := db.db.ExecContext(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
	}
}
