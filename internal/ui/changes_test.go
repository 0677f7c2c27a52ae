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

// aloneParts are the widget parts of a screen built without an App: a
// headless window, a worker on a test loop with no search delay, and a
// showError that fails the test.
func aloneParts(t *testing.T) (widgetParts, *testLoop) {
	t.Helper()
	useLanguage(domain.LangEN)
	a := test.NewTempApp(t)
	loop := newTestLoop(t)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	parts := widgetParts{
		win:       test.NewWindow(nil),
		work:      newWorker(ctx, loop, loop.clock.after),
		prefs:     a.Preferences(),
		logf:      t.Logf,
		showError: func(err error) { t.Errorf("the screen showed %v", err) },
		leaveThen: func(next func()) { next() },
	}
	parts.work.searchDelay = 0
	return parts, loop
}

// TestClientsScreen_builtAlone: the clients screen needs no App, only its
// parts, and follows an import it hears of.
func TestClientsScreen_builtAlone(t *testing.T) {
	parts, loop := aloneParts(t)
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

// TestFirmScreen_builtAlone: the firm screen needs no App; saving hands
// the stored profile to the window's hook, and a colour typed is
// previewed through it.
func TestFirmScreen_builtAlone(t *testing.T) {
	parts, loop := aloneParts(t)
	store := &fakeStore{}
	svc := store.services()
	var saved *domain.Firm
	var brand string
	s := newFirmScreen(parts, svc.Firm, svc.Clauses, firmHooks{
		firm:        func() *domain.Firm { return saved },
		setFirm:     func(f *domain.Firm) { saved = f },
		applyBrand:  func(hex string) { brand = hex },
		setLanguage: func(string) { t.Error("the screen language changed") },
	})
	s.shown()
	loop.waitIdle(parts.work)
	if s.pane.heading.Text != "Set up your firm" {
		t.Fatalf("a store without a firm shows %q", s.pane.heading.Text)
	}
	s.legalName.SetText("Van Hecke Interim")
	s.street.SetText("Kouter 1")
	s.postcode.SetText("9000")
	s.city.SetText("Gent")
	s.companyNumber.SetText("0123.456.749")
	s.vat.SetText("BE0123456749")
	s.brandColour.SetText("#1F3A5F")
	if brand != "#1F3A5F" {
		t.Errorf("the colour typed was previewed as %q", brand)
	}
	s.ed.trySave(nil)
	loop.waitIdle(parts.work)
	if saved == nil || saved.LegalName != "Van Hecke Interim" {
		t.Fatalf("the window was handed %+v; message %q", saved, s.ed.message.Text)
	}
	if s.pane.heading.Text != "Van Hecke Interim" {
		t.Errorf("after saving the screen shows %q", s.pane.heading.Text)
	}
}

// TestProposalsScreen_builtAlone: the proposals screen needs no App; the
// client names in its list follow a rename it hears of.
func TestProposalsScreen_builtAlone(t *testing.T) {
	parts, loop := aloneParts(t)
	store := &fakeStore{
		clients: []*domain.Client{{ID: 1, LegalName: "Alpha NV"}},
		proposals: []*domain.Proposal{
			{ID: 1, ClientID: 1, Title: "CFO ad interim", Status: domain.ProposalDraft},
			{ID: 2, ClientID: 1, Title: "Finance review", Status: domain.ProposalDraft},
		},
	}
	var ch changes
	out := newDocOutput(parts, Options{DocumentsDir: t.TempDir(), PreviewDir: t.TempDir(), Logf: t.Logf})
	today := func() domain.Date { return domain.DateOf(testNow) }
	s := newProposalsScreen(parts, store.services(), &ch, out, today, func() *domain.Firm { return nil })
	s.shown()
	loop.waitIdle(parts.work)
	if got := s.list.count.Text; got != "2 proposals" {
		t.Fatalf("at first the list counts %q", got)
	}
	s.clientNames.name(1)
	loop.waitIdle(parts.work)
	if got := s.clientNames.name(1); got != "Alpha NV" {
		t.Fatalf("the list names the client %q", got)
	}

	store.mu.Lock()
	store.clients[0] = &domain.Client{ID: 1, LegalName: "Alpha Holding NV"}
	store.mu.Unlock()
	ch.publish(screenClients, recordChanged{clientRecord, 1})
	s.clientNames.name(1)
	loop.waitIdle(parts.work)
	if got := s.clientNames.name(1); got != "Alpha Holding NV" {
		t.Errorf("after the client was renamed the list names it %q", got)
	}
}

// TestEngagementsScreen_builtAlone: the engagements screen needs no App;
// it reloads when it hears of a new engagement, and "Print contracts…"
// goes to the window's hook.
func TestEngagementsScreen_builtAlone(t *testing.T) {
	parts, loop := aloneParts(t)
	start := domain.DateOf(testNow)
	store := &fakeStore{
		clients:  []*domain.Client{{ID: 1, LegalName: "Alpha NV"}},
		managers: []*domain.Manager{{ID: 1, Name: "Sophie Peeters"}},
		engagements: []*domain.Engagement{
			{ID: 1, ClientID: 1, ManagerID: 1, Kind: domain.KindInterim, Start: start, Status: domain.EngagementPlanned},
		},
	}
	var ch changes
	out := newDocOutput(parts, Options{DocumentsDir: t.TempDir(), Logf: t.Logf})
	today := func() domain.Date { return start }
	printed := 0
	s := newEngagementsScreen(parts, store.services(), &ch, out, today, func() { printed++ })
	s.shown()
	loop.waitIdle(parts.work)
	if got := s.list.count.Text; got != "1 engagement" && got != "1 engagements" {
		t.Fatalf("at first the list counts %q", got)
	}

	store.mu.Lock()
	store.engagements = append(store.engagements,
		&domain.Engagement{ID: 2, ClientID: 1, ManagerID: 1, Kind: domain.KindInterim, Start: start, Status: domain.EngagementPlanned})
	store.mu.Unlock()
	ch.publish(screenProposals, recordChanged{engagementRecord, 0})
	loop.waitIdle(parts.work)
	if got := s.list.count.Text; got != "2 engagements" {
		t.Errorf("after an accepted proposal the list counts %q; want 2 engagements", got)
	}

	test.Tap(s.printAll)
	if printed != 1 {
		t.Errorf("Print contracts… reached the window %d times", printed)
	}
}
