package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// BenchmarkMatch100k ranks the 100,000 managers of BenchmarkRosterSearch100k
// (every one in logistics, a third with "finance") for a mandate:
//
//	CGO_ENABLED=0 go test -run - -bench Match100k -benchtime 5x ./internal/postgres/
func BenchmarkMatch100k(b *testing.B) {
	db := openTestDB(b)
	seedRoster(b, db, 100_000)
	ctx := context.Background()
	if _, err := db.db.ExecContext(ctx, `INSERT INTO manager_tags (manager_id, kind, key, value)
		SELECT id, 'sector', 'logistiek', 'Logistiek' FROM managers; ANALYZE manager_tags`); err != nil {
		b.Fatal(err)
	}
	start := domain.NewDate(2026, time.June, 1)
	for _, bc := range []struct {
		name string
		c    domain.MatchCriteria
	}{
		{"one word", domain.MatchCriteria{Keywords: "finance", Start: start, DaysPerWeek: 3, ClientDayRate: domain.Euros(1500)}},
		{"rare word", domain.MatchCriteria{Keywords: "zeldzame", Start: start, DaysPerWeek: 3, ClientDayRate: domain.Euros(1500)}},
		{"sector only", domain.MatchCriteria{Sector: "Logistiek", Languages: []string{"nl"}, Start: start, DaysPerWeek: 2}},
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
