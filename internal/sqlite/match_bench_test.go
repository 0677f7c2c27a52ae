package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// BenchmarkMatchManagers ranks the roster of BenchmarkFindManagers
// (10,000 managers, a fifth booked) for a mandate: one word that matches
// a fifth of the roster, two words with a sector, and criteria without
// words (the sector's or the soonest free managers).
//
//	CGO_ENABLED=0 go test -run XXX -bench MatchManagers -benchtime 50x ./internal/sqlite/
func BenchmarkMatchManagers(b *testing.B) {
	ctx := context.Background()
	db := openTestDB(b)
	seedRoster(b, db, 10_000)
	if err := db.SetMarginFloor(ctx, domain.MarginFloor{PercentBP: 1500}); err != nil {
		b.Fatal(err)
	}
	start := domain.NewDate(2026, time.June, 1)
	for _, bc := range []struct {
		name string
		c    domain.MatchCriteria
	}{
		{"one word", domain.MatchCriteria{Keywords: "finance", Start: start, DaysPerWeek: 3, ClientDayRate: domain.Euros(1500)}},
		{"words sector language", domain.MatchCriteria{Keywords: "finance turnaround", Sector: "Zorg", Languages: []string{"fr"},
			Start: start, Weeks: 26, DaysPerWeek: 4, ClientDayRate: domain.Euros(1500), MaxFee: domain.Euros(1400)}},
		{"sector only", domain.MatchCriteria{Sector: "Zorg", Languages: []string{"nl"}, Start: start, DaysPerWeek: 2}},
		{"no criteria", domain.MatchCriteria{Start: start}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := db.MatchManagers(ctx, bc.c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
