package ui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestNavigation_shortcutsSwitchScreensAndRememberTheLast(t *testing.T) {
	a := test.NewTempApp(t)
	store := &fakeStore{}
	u, _ := newTestUIOn(t, a, store.services(), Options{})
	if u.current.name() != screenManagers {
		t.Fatalf("first screen = %s, want managers", u.current.name())
	}
	for i, want := range []string{screenManagers, screenClients, screenProposals, screenEngagements, screenFirm} {
		press(u, screenKeys[i])
		if u.current.name() != want {
			t.Errorf("Ctrl+%d shows %s, want %s", i+1, u.current.name(), want)
		}
	}
	tap(u, u.nav[screenClients])
	if u.current.name() != screenClients {
		t.Errorf("the Clients button shows %s", u.current.name())
	}
	typeText(u, u.clients.list.search, "acme")

	// A second run on the same preferences opens where the first left off.
	u2, _ := newTestUIOn(t, a, store.services(), Options{})
	if u2.current.name() != screenClients {
		t.Errorf("second run opens %s, want clients", u2.current.name())
	}
	if got := u2.clients.list.search.Text; got != "acme" {
		t.Errorf("second run's client search = %q, want acme", got)
	}
}

func TestMainMenu_hasTheUsualShortcuts(t *testing.T) {
	u, w := newTestUI(t, (&fakeStore{}).services(), Options{})
	want := map[string]string{
		"New": "CustomDesktop:Control+N", "Save": "CustomDesktop:Control+S", "Generate document": "CustomDesktop:Control+P",
		"Quit": "CustomDesktop:Control+Q", "Find": "CustomDesktop:Control+F", "Managers": "CustomDesktop:Control+1",
		"Firm settings": "CustomDesktop:Control+5",
	}
	got := map[string]string{}
	var menus []string
	for _, m := range w.MainMenu().Items {
		menus = append(menus, m.Label)
		for _, it := range m.Items {
			if it.Shortcut != nil {
				got[it.Label] = it.Shortcut.ShortcutName()
			}
		}
	}
	if strings.Join(menus, ",") != "File,Edit,View,Help" {
		t.Errorf("menus = %v", menus)
	}
	for label, sc := range want {
		if got[label] != sc {
			t.Errorf("menu item %q has shortcut %q, want %q", label, got[label], sc)
		}
	}
	press(u, fyne.KeyF)
	if w.Canvas().Focused() != u.managers.list.search {
		t.Error("Ctrl+F does not put the cursor in the search field")
	}
}

// unsavedManager opens a new manager and types a valid name into it.
func unsavedManager(t *testing.T, store *fakeStore) (*App, fyne.Window) {
	t.Helper()
	u, w := newTestUI(t, store.services(), Options{})
	press(u, fyne.KeyN)
	typeText(u, u.managers.fullName, "Anne Peeters")
	if !u.managers.ed.dirty() {
		t.Fatal("typing a name does not make the form dirty")
	}
	return u, w
}

func TestUnsavedChanges_areNeverLostSilently(t *testing.T) {
	t.Run("cancel stays on the form", func(t *testing.T) {
		store := &fakeStore{}
		u, w := unsavedManager(t, store)
		tap(u, u.nav[screenClients])
		if !strings.Contains(overlayTexts(w), "not saved") {
			t.Fatalf("leaving asks nothing; dialog: %q", overlayTexts(w))
		}
		tap(u, shownLast[*unsavedPrompt](u).cancel)
		if u.current.name() != screenManagers || u.managers.fullName.Text != "Anne Peeters" {
			t.Errorf("after Cancel: screen %s, name %q", u.current.name(), u.managers.fullName.Text)
		}
	})
	t.Run("discard leaves and forgets", func(t *testing.T) {
		store := &fakeStore{}
		u, _ := unsavedManager(t, store)
		press(u, fyne.Key2)
		tap(u, shownLast[*unsavedPrompt](u).discard)
		if u.current.name() != screenClients {
			t.Errorf("after Discard the screen is %s", u.current.name())
		}
		if len(store.managers) != 0 {
			t.Errorf("Discard wrote %d managers", len(store.managers))
		}
	})
	t.Run("save changes saves then leaves", func(t *testing.T) {
		store := &fakeStore{}
		u, _ := unsavedManager(t, store)
		press(u, fyne.Key3)
		tap(u, shownLast[*unsavedPrompt](u).save)
		if u.current.name() != screenProposals {
			t.Errorf("after Save changes the screen is %s", u.current.name())
		}
		if len(store.managers) != 1 || store.managers[0].Name != "Anne Peeters" {
			t.Errorf("store holds %+v", store.managers)
		}
	})
	t.Run("closing the window asks too", func(t *testing.T) {
		store := &fakeStore{}
		u, w := unsavedManager(t, store)
		press(u, fyne.KeyQ)
		if shownLast[*unsavedPrompt](u) == nil || !strings.Contains(overlayTexts(w), "not saved") {
			t.Fatal("Ctrl+Q with unsaved changes closes without asking")
		}
		tap(u, shownLast[*unsavedPrompt](u).cancel)
		if u.ctx.Err() != nil {
			t.Error("Cancel still closed the app")
		}
	})
	t.Run("changes that cannot be saved offer no Save", func(t *testing.T) {
		store := &fakeStore{}
		u, _ := unsavedManager(t, store)
		typeText(u, u.managers.email, "anne@")
		press(u, fyne.Key2)
		if !shownLast[*unsavedPrompt](u).save.Disabled() {
			t.Error("the prompt offers to save an invalid form")
		}
	})
	t.Run("choosing another record asks", func(t *testing.T) {
		store := &fakeStore{}
		for _, n := range []string{"Anne", "Bram"} {
			if err := (fakeManagers{s: store}).CreateManager(context.Background(), &domain.Manager{Name: n, MaxDaysPerWeek: 5, Active: true}); err != nil {
				t.Fatal(err)
			}
		}
		u, _ := newTestUI(t, store.services(), Options{})
		s := u.managers
		s.list.selectRow(0)
		u.waitIdle()
		typeText(u, s.fullName, "Anne Peeters")
		s.list.selectRow(1)
		u.waitIdle()
		if shownLast[*unsavedPrompt](u) == nil {
			t.Fatal("choosing another manager with unsaved changes asks nothing")
		}
		tap(u, shownLast[*unsavedPrompt](u).cancel)
		if s.fullName.Text != "Anne Peeters" || s.list.selectedID != 1 {
			t.Errorf("after Cancel: name %q, selected %d", s.fullName.Text, s.list.selectedID)
		}
	})
}

func TestWelcome_onAnEmptyStore(t *testing.T) {
	store := &fakeStore{}
	loaded := false
	opts := Options{
		IsEmpty: func(context.Context) (bool, error) { return !loaded, nil },
		LoadSample: func(ctx context.Context) error {
			loaded = true
			return (fakeManagers{s: store}).CreateManager(ctx, &domain.Manager{Name: "Sample Manager", MaxDaysPerWeek: 5, Active: true})
		},
	}
	u, w := newTestUI(t, store.services(), opts)
	if u.welcome == nil || !strings.Contains(overlayTexts(w), "Start by entering your firm's details") {
		t.Fatalf("no welcome on an empty store: %q", overlayTexts(w))
	}
	tap(u, u.welcome.loadSample)
	if !loaded {
		t.Fatal("Load sample data did not load")
	}
	if got := u.managers.list.count.Text; got != "1 manager" {
		t.Errorf("after loading, the roster says %q", got)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Errorf("the welcome stays open: %q", overlayTexts(w))
	}

	t.Run("set up my firm", func(t *testing.T) {
		u, _ := newTestUI(t, (&fakeStore{}).services(), Options{IsEmpty: func(context.Context) (bool, error) { return true, nil }})
		tap(u, u.welcome.setUp)
		if u.current.name() != screenFirm || u.firm.pane.heading.Text != "Set up your firm" {
			t.Errorf("Set up my firm shows %s %q", u.current.name(), u.firm.pane.heading.Text)
		}
	})
	t.Run("not on a store with data", func(t *testing.T) {
		u, _ := newTestUI(t, (&fakeStore{}).services(), Options{IsEmpty: func(context.Context) (bool, error) { return false, nil }})
		if u.welcome != nil {
			t.Error("welcome shown on a store with data")
		}
	})
}

func TestShowError(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		shown   string
		logged  bool
		logHint string
	}{
		{"a person's mistake", domain.Invalidf("VAT number", "is not valid."), "VAT number: is not valid.", false, ""},
		{"a conflict", domain.Errorf(domain.ECONFLICT, "Another client already has VAT number BE0417497106."), "Another client already has VAT number BE0417497106.", false, ""},
		{"a failure", fmt.Errorf("sqlite: disk I/O error (10)"), "Something went wrong on our side; the details were written to the log.", true, "disk I/O error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var log []string
			var mu sync.Mutex
			u, w := newTestUI(t, (&fakeStore{}).services(), Options{Logf: func(f string, a ...any) {
				mu.Lock()
				log = append(log, fmt.Sprintf(f, a...))
				mu.Unlock()
			}})
			u.showError(tt.err)
			if got := overlayTexts(w); !strings.Contains(got, tt.shown) {
				t.Errorf("dialog says %q, want %q", got, tt.shown)
			}
			if tt.logged != (len(log) > 0) || (tt.logged && !strings.Contains(log[0], tt.logHint)) {
				t.Errorf("log = %q, want logged=%v with %q", log, tt.logged, tt.logHint)
			}
		})
	}
}

func TestStoreFailure_isShownNotFrozen(t *testing.T) {
	store := &fakeStore{fail: errors.New("database is locked")}
	var logged []string
	u, w := newTestUI(t, store.services(), Options{Logf: func(f string, a ...any) { logged = append(logged, fmt.Sprintf(f, a...)) }})
	if !strings.Contains(overlayTexts(w), "Something went wrong on our side") {
		t.Errorf("a failing store shows %q", overlayTexts(w))
	}
	if len(logged) == 0 || !strings.Contains(strings.Join(logged, "\n"), "database is locked") {
		t.Errorf("the detail was not logged: %q", logged)
	}
	_ = u
}

func TestBrandTheme(t *testing.T) {
	base := test.NewTheme()
	bt := newBrandTheme(base)
	if got, want := bt.Color(theme.ColorNamePrimary, theme.VariantLight), base.Color(theme.ColorNamePrimary, theme.VariantLight); got != want {
		t.Errorf("without a brand colour the accent is %v, want the base theme's %v", got, want)
	}
	if !bt.setBrandColour("#1F3A5F") {
		t.Fatal("#1F3A5F is not understood")
	}
	navy := color.NRGBA{R: 0x1f, G: 0x3a, B: 0x5f, A: 0xff}
	if got := bt.Color(theme.ColorNamePrimary, theme.VariantLight); got != navy {
		t.Errorf("light accent = %v, want %v", got, navy)
	}
	if got := bt.Color(theme.ColorNamePrimary, theme.VariantDark); luminance(got) < 0.44 {
		t.Errorf("dark accent %v is too dark to see on a dark background", got)
	}
	if got := bt.Color(theme.ColorNameForegroundOnPrimary, theme.VariantLight); got != color.White {
		t.Errorf("text on navy = %v, want white", got)
	}
	if got, want := bt.Color(theme.ColorNameBackground, theme.VariantDark), base.Color(theme.ColorNameBackground, theme.VariantDark); got != want {
		t.Errorf("background changed with the brand colour: %v, want %v", got, want)
	}
	for _, bad := range []string{"", "1F3A5F", "#1F3A5", "#GGGGGG"} {
		if bt.setBrandColour(bad) {
			t.Errorf("%q accepted as a colour", bad)
		}
	}
}

func TestCountText(t *testing.T) {
	useLanguage(domain.LangEN)
	tests := []struct {
		n    int
		want string
	}{{0, "0 managers"}, {1, "1 manager"}, {2, "2 managers"}, {10000, "10,000 managers"}}
	for _, tt := range tests {
		if got := countText("count.managers", "{{.Count}} managers", tt.n); got != tt.want {
			t.Errorf("countText(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestSearch_waitsForTypingToPause(t *testing.T) {
	store := rosterOf(30)
	u, _ := newTestUI(t, store.services(), Options{})
	u.searchDelay = 20 * time.Millisecond
	clock := loopOf(u).clock
	before := len(store.managerQueries)
	test.Type(u.managers.list.search, "Manager 0001")
	if asked := len(store.managerQueries) - before; asked != 0 || clock.scheduled() != 1 {
		t.Fatalf("while typing: %d queries asked, %d searches scheduled; want none asked and one scheduled", asked, clock.scheduled())
	}
	clock.advance(19 * time.Millisecond)
	if asked := len(store.managerQueries) - before; asked != 0 {
		t.Fatalf("19 ms after the last key %d queries were asked; want none before the pause of 20 ms", asked)
	}
	clock.advance(time.Millisecond)
	u.waitIdle()
	asked := store.managerQueries[before:]
	if len(asked) != 1 || asked[0].Query != "Manager 0001" {
		t.Errorf("typing 12 characters ran %d queries (%+v); want one for the whole word", len(asked), asked)
	}
	if got := u.managers.list.count.Text; got != "10 managers" {
		t.Errorf("count = %q, want 10 managers", got)
	}
}

func TestManagersList_sortsByTheTappedColumn(t *testing.T) {
	store := rosterOf(3)
	u, _ := newTestUI(t, store.services(), Options{})
	lv := u.managers.list
	if got := sortIcon(lv.sortBtn["name"]); got != "up" {
		t.Errorf("at start the name header shows %q, want the up arrow", got)
	}
	tap(u, lv.sortBtn["rate"])
	if lv.sort != "rate" || sortIcon(lv.sortBtn["rate"]) != "up" || sortIcon(lv.sortBtn["name"]) != "" {
		t.Errorf("after one tap: sort %q, arrows rate %q name %q", lv.sort, sortIcon(lv.sortBtn["rate"]), sortIcon(lv.sortBtn["name"]))
	}
	tap(u, lv.sortBtn["rate"])
	if lv.sort != "-rate" || sortIcon(lv.sortBtn["rate"]) != "down" {
		t.Errorf("after two taps: sort %q, arrow %q", lv.sort, sortIcon(lv.sortBtn["rate"]))
	}
	for key, b := range lv.sortBtn {
		// The arrow is an icon after the title; a ▲ or ▼ in the text
		// would print as a box in Fyne's font.
		if strings.ContainsAny(b.Text, "▲▼") || b.IconPlacement != widget.ButtonIconTrailingText {
			t.Errorf("header %s: text %q, icon placement %v", key, b.Text, b.IconPlacement)
		}
	}
	if last := store.managerQueries[len(store.managerQueries)-1]; last.Sort != "-rate" {
		t.Errorf("the store was asked for sort %q", last.Sort)
	}
}

func TestWindowSize_isRememberedOnQuit(t *testing.T) {
	a := test.NewTempApp(t)
	u, w := newTestUIOn(t, a, (&fakeStore{}).services(), Options{})
	w.Resize(fyne.NewSize(1000, 700))
	press(u, fyne.KeyQ)
	if u.ctx.Err() == nil {
		t.Fatal("Ctrl+Q on a clean form did not quit")
	}
	_, w2 := newTestUIOn(t, a, (&fakeStore{}).services(), Options{})
	if got := w2.Canvas().Size(); got.Width != 1000 || got.Height != 700 {
		t.Errorf("second run's window is %v, want 1000×700", got)
	}
}

// sortIcon names the arrow on a sortable header: "up", "down", or "" when
// the list is not sorted by it.
func sortIcon(b *widget.Button) string {
	switch {
	case b.Icon == nil:
		return ""
	case b.Icon.Name() == theme.MenuDropUpIcon().Name():
		return "up"
	case b.Icon.Name() == theme.MenuDropDownIcon().Name():
		return "down"
	}
	return b.Icon.Name()
}
