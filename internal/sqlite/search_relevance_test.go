package sqlite

import (
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Searching the roster by relevance puts the manager whose headline says
// the word before one whose CV only mentions it, whatever their names; the
// filters still hold and pages do not overlap.
func TestFindManagers_byRelevance(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	add := func(name, email, headline, cv string, active bool) *domain.Manager {
		m := testManager(name, email)
		m.Headline, m.CV, m.Skills = headline, cv, nil
		must(t, db.CreateManager(ctx, m))
		if !active {
			must(t, db.SetManagerActive(ctx, m.ID, false))
		}
		return m
	}
	cvOnly := add("Aline Aerts", "aline@example.be", "Interim COO", "Once worked with the finance team.", true)
	headline := add("Zeno Zegers", "zeno@example.be", "Interim finance director", "Restructurings.", true)
	add("Yves Ys", "yves@example.be", "Finance finance finance", "Finance.", false) // inactive
	add("Bart Bos", "bart@example.be", "Interim HR director", "People.", true)      // no match

	list, total, err := db.FindManagers(ctx, domain.ManagerFilter{Query: "finance", Sort: "relevance"})
	must(t, err)
	if total != 2 || len(list) != 2 {
		t.Fatalf("%d of %d managers found, want 2: %v", len(list), total, names(list))
	}
	if list[0].ID != headline.ID || list[1].ID != cvOnly.ID {
		t.Errorf("by relevance: %v; want the headline's match first", names(list))
	}
	byName, _, err := db.FindManagers(ctx, domain.ManagerFilter{Query: "finance"})
	must(t, err)
	if byName[0].ID != cvOnly.ID {
		t.Errorf("by name: %v; want Aline first", names(byName))
	}
	// One a page: the pages follow the same order and do not overlap.
	for i, want := range []int64{headline.ID, cvOnly.ID} {
		page, _, err := db.FindManagers(ctx, domain.ManagerFilter{Query: "finance", Sort: "relevance",
			Page: domain.Page{Offset: i, Limit: 1}})
		must(t, err)
		if len(page) != 1 || page[0].ID != want {
			t.Errorf("page %d: %v", i, names(page))
		}
	}
	// Without words there is nothing to rank: the name order.
	all, _, err := db.FindManagers(ctx, domain.ManagerFilter{Sort: "relevance"})
	must(t, err)
	if len(all) != 3 || all[0].ID != cvOnly.ID {
		t.Errorf("relevance without words: %v", names(all))
	}
}

func names(ms []*domain.Manager) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Name)
	}
	return out
}
