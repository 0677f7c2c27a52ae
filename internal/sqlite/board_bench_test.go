package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// BenchmarkBoard reads pages of the planning board, 100 managers with
// their bars over three months, on the roster of BenchmarkFindManagers.
// The board reads in the background while the list scrolls, so this is
// how long a page of rows waits, not a frame.
//
//	go test -run XXX -bench Board -benchtime 200x ./internal/sqlite/
func BenchmarkBoard(b *testing.B) {
	ctx := context.Background()
	db := openTestDB(b)
	seedRoster(b, db, 10_000)
	from, to := domain.NewDate(2026, time.May, 1), domain.NewDate(2026, time.July, 31)
	for _, bc := range []struct {
		name string
		f    domain.ManagerFilter
	}{
		{"first page", domain.ManagerFilter{}},
		{"page 50", domain.ManagerFilter{Page: domain.Page{Offset: 5000}}},
		{"sector language", domain.ManagerFilter{Sector: "Zorg", Language: "fr"}},
	} {
		bc.f.Limit = 100
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				rows, _, err := db.Board(ctx, bc.f, from, to)
				if err != nil || len(rows) == 0 {
					b.Fatal(rows, err)
				}
			}
		})
	}
}
