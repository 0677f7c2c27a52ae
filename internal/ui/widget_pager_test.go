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

// Dragging the scrollbar asks for a page at every step. The pager fetches
// one at a time, the latest asked first, and never the pages scrolled past.
func TestPager_fetchesOnePageAtATimeTheLatestFirst(t *testing.T) {
	test.NewTempApp(t)
	loop := newTestLoop(t)
	u := &App{ctx: context.Background(), worker: newWorker(context.Background(), loop, loop.clock.after)}

	release := make(chan struct{})
	var fetched []int
	inFlight, most := 0, 0
	p := newPager[int](u.worker, func(err error) { t.Error(err) }, func(offset, limit int) func(context.Context) ([]int, int, error) {
		page := offset / limit
		fetched = append(fetched, page)
		inFlight++
		most = max(most, inFlight)
		return func(context.Context) ([]int, int, error) {
			if page == 0 {
				<-release
			}
			rows := make([]int, limit)
			for i := range rows {
				rows[i] = offset + i
			}
			return rows, 100 * limit, nil
		}
	}, nil)
	p.loaded = func() { inFlight-- }

	p.reset() // page 0 is held back
	for row := pageSize; row <= 10*pageSize; row += pageSize {
		if _, ok := p.item(row); ok {
			t.Fatalf("row %d shown before its page was fetched", row)
		}
	}
	close(release)
	u.waitIdle()

	want := []int{0, 10, 9, 8}
	if fmt.Sprint(fetched) != fmt.Sprint(want) {
		t.Errorf("pages fetched in the order %v, want %v (the latest first, none scrolled past)", fetched, want)
	}
	if most != 1 {
		t.Errorf("%d pages were on their way at once, want 1", most)
	}
	if got, ok := p.item(10*pageSize + 5); !ok || got != 10*pageSize+5 {
		t.Errorf("row %d = %d, %v after its page arrived", 10*pageSize+5, got, ok)
	}
	// A page forgotten on the way is fetched when the list asks again.
	if _, ok := p.item(pageSize); ok {
		t.Fatal("page 1 cached, though it was never fetched")
	}
	u.waitIdle()
	if got, ok := p.item(pageSize); !ok || got != pageSize {
		t.Errorf("row %d = %d, %v after asking again", pageSize, got, ok)
	}
}
