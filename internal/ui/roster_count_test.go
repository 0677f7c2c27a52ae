package ui

import (
	"context"
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A search counts its matches only as far as the list needs
// (domain.MoreThan): the count says "more than", and the list grows as it
// is scrolled until a page finds the end.
func TestRosterSearch_countsAsFarAsTheListNeeds(t *testing.T) {
	useLanguage(domain.LangEN)
	store := rosterOf(2500)
	u, w := newTestUI(t, store.services(), Options{})
	u.searchDelay = time.Millisecond
	clock := loopOf(u).clock
	s := u.managers
	w.Resize(w.Canvas().Size())
	u.waitIdle()
	lv := s.list
	if got := lv.count.Text; got != "2,500 managers" {
		t.Fatalf("the roster without words: %q, want 2,500 managers", got)
	}

	search := func(q string) {
		test.Type(lv.search, q)
		clock.advance(time.Millisecond)
		u.waitIdle()
	}
	search("manager")
	if got, n := lv.count.Text, lv.list.Length(); got != "more than 1,000 managers" || n != 1000 {
		t.Fatalf("a search of every manager: %q, %d rows; want more than 1,000 managers, 1,000 rows", got, n)
	}

	lv.list.ScrollToBottom() // rows 900–999: the page that ends at 1,000
	u.waitIdle()
	if got, n := lv.count.Text, lv.list.Length(); got != "more than 2,000 managers" || n != 2000 {
		t.Fatalf("scrolled to the end of the first thousand: %q, %d rows; want more than 2,000 managers", got, n)
	}
	lv.list.ScrollToBottom()
	u.waitIdle()
	if got, n := lv.count.Text, lv.list.Length(); got != "2,500 managers" || n != 2500 {
		t.Fatalf("scrolled on to the last thousand: %q, %d rows; want 2,500 managers", got, n)
	}
	lv.list.ScrollToBottom()
	u.waitIdle()
	if m, ok := lv.pager.item(2499); !ok || m.Name != "Manager 02500" {
		t.Errorf("the last row = %+v, %v; want Manager 02500", m, ok)
	}

	// Back at the top, the first page comes again (the cache let it go)
	// with its short count; the list keeps what it knows.
	for row := 1000; row < 2500; row += pageSize {
		lv.pager.item(row)
		u.waitIdle()
	}
	if _, cached := lv.pager.pages[0]; cached {
		t.Fatal("the first page is still cached; the test needs it fetched again")
	}
	lv.list.ScrollToTop()
	u.waitIdle()
	if _, cached := lv.pager.pages[0]; !cached {
		t.Fatal("the first page was not fetched again")
	}
	if got, n := lv.count.Text, lv.list.Length(); got != "2,500 managers" || n != 2500 {
		t.Errorf("back at the top: %q, %d rows; want 2,500 managers still", got, n)
	}

	// A new search starts counting again.
	lv.search.SetText("")
	search("manager 01") // a thousand managers exactly, all counted
	if got := lv.count.Text; got != "1,000 managers" {
		t.Errorf("a search of 1,000: %q, want 1,000 managers", got)
	}
	lv.search.SetText("")
	search("interim")
	if got := lv.count.Text; got != "more than 1,000 managers" {
		t.Errorf("a new search: %q, want more than 1,000 managers", got)
	}
	lv.search.SetText("")
	clock.advance(time.Millisecond)
	u.waitIdle()
	if got := lv.count.Text; got != "2,500 managers" {
		t.Errorf("the search cleared: %q, want 2,500 managers", got)
	}

	useLanguage(domain.LangNL)
	defer useLanguage(domain.LangEN)
	if got := moreManagersText(1000); got != "meer dan 1.000 managers" {
		t.Errorf("in Dutch: %q", got)
	}
}

// The board counts as the roster does, on the real store: a search of
// every manager says "more than 1,000", scrolling counts further, and
// another window of days keeps the count of the rows on view.
func TestBoardSearch_countsAsFarAsTheBoardNeeds(t *testing.T) {
	useLanguage(domain.LangEN)
	ctx := context.Background()
	db := openStore(t)
	svc := servicesOf(db)
	var rows []domain.ImportRow[domain.Manager]
	for i := 1; i <= 2150; i++ {
		rows = append(rows, domain.ImportRow[domain.Manager]{Line: i + 1, Record: &domain.Manager{
			Name: fmt.Sprintf("Manager %04d", i), Email: fmt.Sprintf("m%04d@example.be", i), Headline: "Interim CFO",
			Languages: []string{"nl"}, DayRate: domain.Euros(1000), MaxDaysPerWeek: 5, Active: true}})
	}
	if _, err := svc.Data.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	u, w := newTestUI(t, svc, Options{})
	w.Resize(fyne.NewSize(1280, 800))
	press(u, boardKey)
	s := u.board
	if s.count.Text != "2,150 managers" {
		t.Fatalf("the board without words: %q", s.count.Text)
	}
	typeText(u, s.search, "cfo")
	if s.count.Text != "more than 1,000 managers" || s.list.Length() != 1000 {
		t.Fatalf("a search of every manager: %q, %d rows", s.count.Text, s.list.Length())
	}
	s.list.ScrollToBottom()
	u.waitIdle()
	if s.count.Text != "more than 2,000 managers" || s.list.Length() != 2000 {
		t.Fatalf("scrolled to the end of the first thousand: %q, %d rows", s.count.Text, s.list.Length())
	}
	tap(u, s.later)
	if s.count.Text != "more than 2,000 managers" || s.list.Length() != 2000 {
		t.Errorf("a month later, the same managers: %q, %d rows", s.count.Text, s.list.Length())
	}
	typeText(u, s.search, "manager 2")
	if s.count.Text != "151 managers" { // Manager 2000 to 2150
		t.Errorf("another search: %q, want 151 managers", s.count.Text)
	}
}

// The proposal's manager picker searches the roster by name the same way.
func TestManagerPicker_saysMoreThanWhenTheCountStoppedShort(t *testing.T) {
	useLanguage(domain.LangEN)
	u, _ := newTestUI(t, rosterOf(2500).services(), Options{})
	s := u.proposals
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	tap(u, s.manager.button)
	typeText(u, s.manager.list.search, "interim")
	if got := s.manager.list.count.Text; got != "more than 1,000 found" {
		t.Errorf("a search of every manager: %q, want more than 1,000 found", got)
	}
	typeText(u, s.manager.list.search, "manager 0001")
	if got := s.manager.list.count.Text; got != "10 found" {
		t.Errorf("a search of ten: %q, want 10 found", got)
	}
}
