package ui

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// testFeed is a store's change watch that a test fires by hand.
type testFeed struct {
	mu      sync.Mutex
	changed func()
	every   time.Duration
	started chan struct{}
}

func newTestFeed() *testFeed { return &testFeed{started: make(chan struct{})} }

func (f *testFeed) WatchChanges(ctx context.Context, every time.Duration, changed func()) error {
	f.mu.Lock()
	f.changed, f.every = changed, every
	f.mu.Unlock()
	close(f.started)
	<-ctx.Done()
	return nil
}

// fire reports a write made elsewhere, as the store's watch would.
func (f *testFeed) fire(t *testing.T) {
	t.Helper()
	select {
	case <-f.started:
	case <-time.After(10 * time.Second):
		t.Fatal("the window never started watching for changes")
	}
	f.mu.Lock()
	changed := f.changed
	f.mu.Unlock()
	changed()
}

// A manager a colleague adds (another window, the command line, another
// person on the shared database) appears in the open roster without a
// restart, and the client list reads its rows again too; a form with
// unsaved edits keeps them.
func TestChangesElsewhereReachTheOpenWindow(t *testing.T) {
	store := goldenStore(t)
	svc := store.services()
	feed := newTestFeed()
	svc.Changes = feed
	u, _ := newTestUI(t, svc, Options{})
	u.managers.list.selectRow(0)
	u.waitIdle()
	typeText(u, u.managers.notes, "Call back on Monday")
	before := listTexts(u.managers.list, 20)

	if err := (fakeManagers{s: store}).CreateManager(context.Background(), &domain.Manager{
		Name: "Aline Zeeman", Headline: "Interim CFO", Languages: []string{"nl"}, Active: true, MaxDaysPerWeek: 5}); err != nil {
		t.Fatal(err)
	}
	isNew := func(row string) bool { return strings.HasPrefix(row, "Aline Zeeman") }
	if slices.ContainsFunc(listTexts(u.managers.list, 20), isNew) {
		t.Fatal("the roster showed the new manager before anything was reported")
	}
	feed.fire(t)
	u.waitIdle()

	after := listTexts(u.managers.list, 20)
	if len(after) != len(before)+1 || !slices.ContainsFunc(after, isNew) {
		t.Errorf("roster after the change: %q, before: %q", after, before)
	}
	if got := u.managers.notes.Text; got != "Call back on Monday" {
		t.Errorf("the unsaved notes became %q", got)
	}
	if feed.every != changeInterval {
		t.Errorf("the window looks every %v, want %v", feed.every, changeInterval)
	}
}
