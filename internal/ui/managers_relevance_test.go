package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A roster search lists the best match first, with no column marked as
// the order; a click on Name sorts by name while searching; a new search
// starts best match first again.
func TestRosterSearch_bestMatchFirstUntilAColumnIsClicked(t *testing.T) {
	db := openStore(t)
	ctx := context.Background()
	for _, m := range []struct{ name, email, headline, cv string }{
		{"Aline Aerts", "aline@example.be", "Interim COO", "Once worked beside the finance team."},
		{"Zeno Zegers", "zeno@example.be", "Interim finance director", "Restructurings."},
	} {
		mustDo(t, db.CreateManager(ctx, &domain.Manager{Name: m.name, Email: m.email, Headline: m.headline, CV: m.cv,
			Languages: []string{"nl"}, MaxDaysPerWeek: 5, Active: true}))
	}
	u, _ := newTestUI(t, servicesOf(db), Options{})
	press(u, fyne.Key1)
	lv := u.managers.list
	first := func() string {
		m, ok := lv.pager.item(0)
		if !ok {
			t.Fatal("row 0 not loaded")
		}
		return m.Name
	}
	if got := first(); got != "Aline Aerts" {
		t.Fatalf("without a search the roster starts with %q, want the name order", got)
	}
	typeText(u, lv.search, "finance")
	u.waitIdle()
	if got := first(); got != "Zeno Zegers" {
		t.Errorf("searching finance lists %q first, want the manager whose headline says it", got)
	}
	if lv.sortBtn["name"].Icon != nil {
		t.Error("the Name header is marked as the order while the best matches come first")
	}
	tap(u, lv.sortBtn["name"])
	if got := first(); got != "Aline Aerts" {
		t.Errorf("after a click on Name the search lists %q first", got)
	}
	if lv.sortBtn["name"].Icon != theme.MenuDropUpIcon() {
		t.Error("the Name header shows no arrow after the click")
	}
	typeText(u, lv.search, "")
	typeText(u, lv.search, "finance")
	u.waitIdle()
	if got := first(); got != "Zeno Zegers" {
		t.Errorf("a new search lists %q first, want the best match again", got)
	}
}
