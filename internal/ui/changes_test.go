package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestChanges_reachEveryListenerButThePublisher(t *testing.T) {
	var c changes
	var heard []string
	c.subscribe("a", func(ch recordChanged) { heard = append(heard, "a") })
	c.subscribe("b", func(ch recordChanged) { heard = append(heard, "b") })
	c.publish("a", recordChanged{clientRecord, 7})
	if len(heard) != 1 || heard[0] != "b" {
		t.Errorf("a's change reached %v; want only b", heard)
	}
	c.reset()
	c.publish("import", recordChanged{clientRecord, 0})
	if len(heard) != 1 {
		t.Errorf("after reset the change still reached %v", heard[1:])
	}
}

// TestClientsScreen_builtAlone: the clients screen needs no App, only its
// parts, and follows an import it hears of.
func TestClientsScreen_builtAlone(t *testing.T) {
	useLanguage(domain.LangEN)
	a := test.NewTempApp(t)
	loop := newTestLoop(t)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	parts := widgetParts{
		win:       test.NewWindow(nil),
		work:      newWorker(ctx, loop, loop.clock.after),
		prefs:     a.Preferences(),
		showError: func(err error) { t.Errorf("the screen showed %v", err) },
		leaveThen: func(next func()) { next() },
	}
	parts.work.searchDelay = 0
	store := &fakeStore{clients: []*domain.Client{{ID: 1, LegalName: "Alpha NV"}, {ID: 2, LegalName: "Beta BV"}}}
	var ch changes
	s := newClientsScreen(parts, store.services().Clients, &ch, func() *domain.Firm { return nil })
	s.shown()
	loop.waitIdle(parts.work)
	if got := s.list.count.Text; got != "2 clients" {
		t.Fatalf("at first the list counts %q", got)
	}

	store.mu.Lock()
	store.clients = append(store.clients, &domain.Client{ID: 3, LegalName: "Gamma SA"})
	store.mu.Unlock()
	ch.publish(fromImport, recordChanged{clientRecord, 0})
	loop.waitIdle(parts.work)
	if got := s.list.count.Text; got != "3 clients" {
		t.Errorf("after an import the list counts %q; want 3 clients", got)
	}
}
