package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// "Start with an empty roster" is drawn as a button, not as plain text.
func TestWelcome_startEmptyLooksLikeAButton(t *testing.T) {
	u, _ := newTestUI(t, (&fakeStore{}).services(), Options{IsEmpty: func(context.Context) (bool, error) { return true, nil }})
	if u.welcome == nil {
		t.Fatal("no welcome on an empty store")
	}
	if b := u.welcome.startEmpty; b.Importance == widget.LowImportance {
		t.Errorf("%q has low importance: it is drawn without a background, like a label", b.Text)
	}
}

// Choosing the filter's reset choice leaves it naming the filter: "Any
// language", "Any sector", never a bare "Any".
func TestRosterFilters_resetNamesTheFilter(t *testing.T) {
	u, _ := newTestUI(t, goldenStore(t).services(), Options{})
	s := u.managers
	s.language.SetSelected(languageName("fr"))
	u.waitIdle()
	frOnly := s.list.pager.count()
	s.language.SetSelectedIndex(0)
	u.waitIdle()
	if s.language.Selected != "Any language" {
		t.Errorf("after the reset the language filter says %q", s.language.Selected)
	}
	if s.list.pager.count() <= frOnly {
		t.Errorf("the reset did not widen the list: %d, then %d", frOnly, s.list.pager.count())
	}
	s.sector.SetSelectedIndex(0)
	u.waitIdle()
	if s.sector.Selected != "Any sector" {
		t.Errorf("after the reset the sector filter says %q", s.sector.Selected)
	}
}

// A new, empty database opens on the first screen, whatever screen was
// last used on another database; one with data keeps the last screen.
func TestNewDatabase_opensOnTheFirstScreen(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLastScreen, screenProposals)
	u, _ := newTestUIOn(t, a, (&fakeStore{}).services(), Options{IsEmpty: func(context.Context) (bool, error) { return true, nil }})
	if u.current.name() != screenManagers {
		t.Errorf("a new database opens on %s", u.current.name())
	}

	b := test.NewTempApp(t)
	b.Preferences().SetString(prefLastScreen, screenProposals)
	b.Preferences().SetString(prefSearchPrefix+screenManagers, "finance")
	v, _ := newTestUIOn(t, b, goldenStore(t).services(), Options{IsEmpty: func(context.Context) (bool, error) { return false, nil }})
	if v.current.name() != screenProposals {
		t.Errorf("a database with data opens on %s, not the last screen", v.current.name())
	}
	if got := v.managers.list.search.Text; got != "finance" {
		t.Errorf("a database with data lost the roster's search: %q", got)
	}
}

// A new, empty database forgets the searches of another: a remembered
// "finance" hid most of the sample data loaded next.
func TestNewDatabase_startsWithoutTheSearchesOfAnother(t *testing.T) {
	a := test.NewTempApp(t)
	for _, list := range []string{screenManagers, screenClients, screenProposals, screenEngagements} {
		a.Preferences().SetString(prefSearchPrefix+list, "finance")
	}
	u, _ := newTestUIOn(t, a, (&fakeStore{}).services(), Options{IsEmpty: func(context.Context) (bool, error) { return true, nil }})
	for name, search := range map[string]*textField{"roster": u.managers.list.search, "clients": u.clients.list.search,
		"proposals": u.proposals.list.search, "engagements": u.engagements.list.search} {
		if search.Text != "" {
			t.Errorf("the %s of a new database search %q", name, search.Text)
		}
	}
	if got := a.Preferences().String(prefSearchPrefix + screenManagers); got != "" {
		t.Errorf("the roster's search is still remembered as %q", got)
	}
}

// The firm's database and a file of one's own each keep their own last
// screen and searches: the roster searched on one is not what the other
// opens on.
func TestEachDatabase_keepsItsOwnScreenAndSearches(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLastScreen, screenProposals)
	a.Preferences().SetString(prefSearchPrefix+screenManagers, "finance")
	firm := Options{IsEmpty: func(context.Context) (bool, error) { return false, nil }, Database: "postgres://anna@db.firm.be:5432/firm"}
	u, _ := newTestUIOn(t, a, goldenStore(t).services(), firm)
	if u.current.name() != screenToday {
		t.Errorf("the firm's database opens on %s, the last screen of the person's own file", u.current.name())
	}
	if got := u.managers.list.search.Text; got != "" {
		t.Errorf("the firm's roster opens searching %q, the search of the person's own file", got)
	}
	u.Show(screenManagers)
	test.Type(u.managers.list.search, "cfo")
	u.waitIdle()
	if got := a.Preferences().String(prefSearchPrefix + screenManagers); got != "finance" {
		t.Errorf("the own file's roster search became %q", got)
	}
	if got := a.Preferences().String(prefLastScreen); got != screenProposals {
		t.Errorf("the own file's last screen became %q", got)
	}

	v, _ := newTestUIOn(t, a, goldenStore(t).services(), firm)
	if v.current.name() != screenManagers || v.managers.list.search.Text != "cfo" {
		t.Errorf("the firm's database opened again on %s searching %q, want the roster searching cfo",
			v.current.name(), v.managers.list.search.Text)
	}
	w, _ := newTestUIOn(t, a, goldenStore(t).services(), Options{IsEmpty: firm.IsEmpty})
	if w.current.name() != screenProposals || w.managers.list.search.Text != "finance" {
		t.Errorf("the own file opened on %s searching %q, want proposals and finance", w.current.name(), w.managers.list.search.Text)
	}
}
