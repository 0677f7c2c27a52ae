package ui

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// rosterOf makes n active managers named Manager 00001 … on the fake store.
func rosterOf(n int) *fakeStore {
	store := &fakeStore{}
	for i := 1; i <= n; i++ {
		store.managers = append(store.managers, &domain.Manager{ID: int64(i), Name: fmt.Sprintf("Manager %05d", i),
			Headline: "Interim CFO", MaxDaysPerWeek: 5, Active: true})
	}
	return store
}

func TestManagersList_tenThousandRowsArePaged(t *testing.T) {
	store := rosterOf(10000)
	u, w := newTestUI(t, store.services(), Options{})
	s := u.managers
	w.Resize(w.Canvas().Size()) // lay out, so the list builds its visible rows
	u.waitIdle()

	if got := s.list.count.Text; got != "10,000 managers" {
		t.Errorf("count = %q", got)
	}
	for _, q := range store.managerQueries {
		if q.Limit != pageSize || q.Offset != 0 {
			t.Errorf("opening the roster asked for offset %d limit %d; want only the first page", q.Offset, q.Limit)
		}
	}
	if len(s.list.pager.pages) != 1 {
		t.Errorf("%d pages cached after opening, want 1", len(s.list.pager.pages))
	}

	// Scrolling to row 5,000 fetches that page and no other.
	before := len(store.managerQueries)
	s.list.list.ScrollTo(5000)
	u.waitIdle()
	asked := store.managerQueries[before:]
	if len(asked) == 0 {
		t.Fatal("scrolling to row 5,000 fetched nothing")
	}
	for _, q := range asked {
		if q.Offset < 4900 || q.Offset > 5100 || q.Limit != pageSize {
			t.Errorf("scrolling to row 5,000 asked for offset %d limit %d", q.Offset, q.Limit)
		}
	}
	if m, ok := s.list.pager.item(5000); !ok || m.Name != "Manager 05001" {
		t.Errorf("row 5,000 = %+v, %v", m, ok)
	}

	// However far one scrolls, the cache stays bounded.
	for row := 0; row < 10000; row += 250 {
		s.list.pager.item(row)
		u.waitIdle()
	}
	if n := len(s.list.pager.pages); n > maxCachedPages {
		t.Errorf("%d pages cached, want at most %d", n, maxCachedPages)
	}
}

func TestPager_dropsTheResultOfAnOlderSearch(t *testing.T) {
	test.NewTempApp(t)
	loop := newTestLoop(t)
	u := &App{ctx: context.Background(), worker: newWorker(context.Background(), loop, loop.clock.after)}

	// The first search is held back until the second has been shown.
	release := make(chan struct{})
	answers := map[string][]string{"a": {"old result"}, "ab": {"new result"}}
	query := "a"
	p := newPager[string](u.worker, func(err error) { t.Error(err) }, func(offset, limit int) func(context.Context) ([]string, int, error) {
		q := query
		return func(context.Context) ([]string, int, error) {
			if q == "a" {
				<-release
			}
			return answers[q], len(answers[q]), nil
		}
	}, nil)

	applied := 0
	p.loaded = func() { applied++ }

	p.reset() // searches "a"; its answer is held back
	query = "ab"
	p.reset()
	(<-loop.queue)() // the answer to "ab" arrives first
	if got, _ := p.item(0); got != "new result" || applied != 1 {
		t.Fatalf("first result shown = %q (%d applied), want the new one", got, applied)
	}
	close(release) // now the old search answers, late
	u.waitIdle()
	if got, _ := p.item(0); got != "new result" {
		t.Errorf("row 0 = %q after the old search answered late; want the new result", got)
	}
	if applied != 1 {
		t.Errorf("the late answer was applied too (%d pages applied)", applied)
	}
}
