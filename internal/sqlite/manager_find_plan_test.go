package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// FindManagers counts and pages the roster from the indexes where it can
// (manager_find_plan.go), and walks managers_active in name order when a
// word matches most of the roster. Whichever way it goes, every page and
// total is the one the plain definition gives: the active (or all)
// managers whose text matches, in name order without regard to capitals,
// then by id.
func TestFindManagersPagesAgreeWithTheirDefinition(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	tx, err := db.beginWrite(ctx)
	must(t, err)
	defer tx.Rollback()
	var all []*domain.Manager
	for i := range 240 {
		// Names in an order unlike the ids, some differing only in capitals.
		name := fmt.Sprintf("%c%s %03d", 'a'+rune(i*7%26), []string{"nders", "Ertens"}[i%2], i*37%240)
		if i%5 == 0 {
			name = strings.ToUpper(name[:1]) + name[1:]
		}
		m := &domain.Manager{Name: name, Email: fmt.Sprintf("m%d@example.be", i), MaxDaysPerWeek: 5,
			Skills: []string{"finance"}, Active: i%4 != 0}
		if i%3 == 0 {
			m.Skills = []string{"operations"}
		}
		must(t, createManager(ctx, tx, m, db.now()))
		all = append(all, m)
	}
	must(t, tx.Commit())

	want := func(f domain.ManagerFilter) (ids []int64) {
		var ms []*domain.Manager
		for _, m := range all {
			if (m.Active || f.IncludeInactive) && (f.Query == "" || strings.HasPrefix(m.Skills[0], f.Query)) {
				ms = append(ms, m)
			}
		}
		slices.SortFunc(ms, func(a, b *domain.Manager) int {
			if c := strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); c != 0 {
				return c
			}
			return int(a.ID - b.ID)
		})
		for _, m := range ms {
			ids = append(ids, m.ID)
		}
		return ids
	}
	for _, q := range []string{"", "fin", "finance", "operations", "nothing"} {
		for _, inactive := range []bool{false, true} {
			for _, page := range []domain.Page{{Limit: 5}, {Limit: 7, Offset: 14}, {Limit: 50, Offset: 100}, {Limit: 10, Offset: 500}} {
				f := domain.ManagerFilter{Query: q, IncludeInactive: inactive, Page: page}
				t.Run(fmt.Sprintf("%q inactive %v %+v", q, inactive, page), func(t *testing.T) {
					got, total, err := db.FindManagers(ctx, f)
					must(t, err)
					ids := want(f)
					if total != len(ids) {
						t.Errorf("total %d, want %d", total, len(ids))
					}
					var gotIDs []int64
					for _, m := range got {
						gotIDs = append(gotIDs, m.ID)
					}
					wantIDs := ids[min(page.Offset, len(ids)):min(page.Offset+page.Limit, len(ids))]
					if !slices.Equal(gotIDs, wantIDs) {
						t.Errorf("page %v, want %v", gotIDs, wantIDs)
					}
				})
			}
		}
	}
}
