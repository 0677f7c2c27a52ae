package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/domain/domaintest"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// openStore opens the real store on a new file in the test's temp folder.
func openStore(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "interimdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	t.Cleanup(func() { db.Close() })
	return db
}

// servicesOf wires the store as cmd does, with fake printers: the sample
// issues proposals, and any bytes do for the screens.
func servicesOf(db *sqlite.DB) domain.Services { return servicesWith(db, nil) }

// servicesWith is servicesOf printing contracts with render; nil means
// fakeContractPDF.
func servicesWith(db *sqlite.DB, render domain.ContractRenderer) domain.Services {
	if render == nil {
		render = func(_ context.Context, d *domain.ContractDocument) ([]byte, error) { return fakeContractPDF(d), nil }
	}
	svc := sqlite.NewServices(db, sqlite.Printers{
		Proposal: func(context.Context, *domain.ProposalDocument) ([]byte, error) {
			return []byte("%PDF-1.4\n%test\n"), nil
		},
		Contract: render,
	})
	// The store's real watch also hears this process's own other
	// connections, so within its two-second tick it would reload the
	// screens while a slow run (-race) reads or captures them. Tests of
	// changes made elsewhere fire a testFeed by hand; the store's watch has
	// its own test in internal/sqlite.
	svc.Changes = domaintest.Unimplemented{}
	return svc
}

// previewFunc is a domain.ProposalPreviewer made of a function, for tests
// that look at what a preview printed.
type previewFunc func(ctx context.Context, d *domain.ProposalDocument) ([]byte, error)

func (f previewFunc) PreviewProposal(ctx context.Context, d *domain.ProposalDocument) ([]byte, error) {
	return f(ctx, d)
}

// storeIsEmpty is what cmd wires as Options.IsEmpty: no firm and no managers.
func storeIsEmpty(svc domain.Services) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		_, n, err := svc.Managers.FindManagers(ctx, domain.ManagerFilter{IncludeInactive: true, Page: domain.Page{Limit: 1}})
		if err != nil {
			return false, err
		}
		_, err = svc.Firm.Firm(ctx)
		if domain.ErrorCode(err) == domain.ENOTFOUND {
			return n == 0, nil
		}
		return false, err
	}
}

// TestDoneWhen walks the acceptance story on a real database file:
// load sample data, find French-speaking CFOs free next month, edit one,
// create a client with a Belgian VAT number, and draft a proposal with both
// offers and its totals.
func TestDoneWhen(t *testing.T) {
	db := openStore(t)
	svc := servicesOf(db)
	today := domain.DateOf(testNow)
	u, w := newTestUI(t, svc, Options{
		IsEmpty:    storeIsEmpty(svc),
		LoadSample: func(ctx context.Context) error { return demo.Load(ctx, svc, today) },
	})
	ctx := context.Background()

	// A new user opens the app and loads sample data.
	if u.welcome == nil {
		t.Fatal("no welcome on an empty database")
	}
	tap(u, u.welcome.loadSample)
	if w.Canvas().Overlays().Top() != nil {
		t.Fatalf("a dialog is left open after loading: %q", overlayTexts(w))
	}
	if u.firmProfile == nil {
		t.Error("the sample firm's profile was not read after loading")
	}

	// … finds "CFO" managers available next month speaking French …
	m := u.managers
	typeText(u, m.list.search, "CFO")
	m.language.SetSelected(languageName("fr"))
	u.waitIdle()
	typeText(u, m.availableOn, today.AddMonths(1).String())
	rows := listTexts(m.list, 50)
	if len(rows) == 0 {
		t.Fatal("no French-speaking CFO is free next month in the sample")
	}
	for _, r := range rows {
		if !strings.Contains(r, "CFO") || !strings.Contains(r, "fr") {
			t.Errorf("row %q is not a French-speaking CFO", r)
		}
	}

	// … edits one …
	m.list.selectRow(0)
	u.waitIdle()
	if !m.pane.isOpen() {
		t.Fatal("choosing a manager opens no form")
	}
	id := m.list.selectedID
	typeText(u, m.notes, "Met on 9 May; keen on a mandate in Wallonia.")
	typeText(u, m.dayRate, "1.475,00")
	tap(u, m.ed.saveBtn)
	stored, err := svc.Managers.FindManagerByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Notes != "Met on 9 May; keen on a mandate in Wallonia." || stored.DayRate != domain.Money(147500) {
		t.Errorf("the edit did not reach the store: notes %q rate %d (message %q)", stored.Notes, stored.DayRate, m.ed.message.Text)
	}
	if m.ed.dirty() {
		t.Error("the form still counts as changed after saving")
	}

	// … creates a client with a valid Belgian VAT number …
	press(u, fyne.Key2)
	press(u, fyne.KeyN)
	c := u.clients
	typeText(u, c.legalName, "Verhaeghe Logistics NV")
	typeText(u, c.country, "BE")
	typeText(u, c.vat, "BE0403.170.701")
	typeText(u, c.city, "Kortrijk")
	c.language.SetSelected(langOption(domain.LangNL))
	u.waitIdle()
	press(u, fyne.KeyS)
	clients, _, err := svc.Clients.FindClients(ctx, domain.ClientFilter{Query: "Verhaeghe"})
	if err != nil {
		t.Fatal(err)
	}
	if len(clients) != 1 || clients[0].VATID != "BE0403170701" {
		t.Fatalf("the new client is not in the store as typed: %+v (message %q)", clients, c.ed.message.Text)
	}

	// … drafts a proposal for that client with both offers and sees the totals.
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	p := u.proposals
	pick(t, u, p.client, "Verhaeghe")
	typeText(u, p.titleEntry, "Interim CFO or finance review")
	pick(t, u, p.manager, stored.Name)
	typeText(u, p.weeks, "16")
	typeText(u, p.daysPerWeek, "3")
	typeText(u, p.dayRate, "1.475,00")
	// The roster's 1,475 is the manager's own fee; the firm agreed less.
	if got := p.margin.fee.Text; got != "1,475.00" {
		t.Errorf("manager's day fee = %q, want the roster's 1,475.00", got)
	}
	typeText(u, p.margin.fee, "1.200,00")
	tap(u, p.phases.add)
	typeText(u, p.phases.rows[0].name, "Diagnosis")
	typeText(u, p.phases.rows[0].weeks, "4")
	typeText(u, p.phases.rows[0].fee, "18.000")
	if got := p.totals.interimNet.Text; got != "€70,800.00" {
		t.Errorf("interim net = %s, want €70,800.00 (16 × 3 × 1,475)", got)
	}
	if got := p.totals.consultingGross.Text; got != "€21,780.00" {
		t.Errorf("consulting total = %s, want €21,780.00", got)
	}
	press(u, fyne.KeyS)
	props, _, err := svc.Proposals.FindProposals(ctx, domain.ProposalFilter{ClientID: clients[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(props) != 1 {
		t.Fatalf("%d proposals for the new client in the store (message %q)", len(props), p.ed.message.Text)
	}
	got := props[0]
	if got.Interim.ManagerID != id || got.Interim.Weeks != 16 || len(got.Consulting.Phases) != 1 || got.Status != domain.ProposalDraft {
		t.Errorf("stored proposal = %+v", got)
	}
	if tot := got.Totals(); tot.InterimNet != domain.Money(7080000) || tot.ConsultingNet != domain.Euros(18000) {
		t.Errorf("stored totals = %+v", tot)
	}
}

func TestRealStore_invalidInputWritesNothing(t *testing.T) {
	db := openStore(t)
	svc := servicesOf(db)
	u, _ := newTestUI(t, svc, Options{})
	press(u, fyne.Key2)
	press(u, fyne.KeyN)
	c := u.clients
	typeText(u, c.legalName, "Verhaeghe Logistics NV")
	typeText(u, c.country, "BE")
	typeText(u, c.vat, "BE0403.170.702")
	if !strings.HasPrefix(c.ed.message.Text, "VAT number:") {
		t.Errorf("message = %q, want the VAT number's", c.ed.message.Text)
	}
	press(u, fyne.KeyS)
	tap(u, c.ed.saveBtn)
	_, n, err := svc.Clients.FindClients(context.Background(), domain.ClientFilter{IncludeArchived: true})
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d clients in the store after invalid input", n)
	}
}

func TestRealStore_conflictIsSaidNotSwallowed(t *testing.T) {
	db := openStore(t)
	svc := servicesOf(db)
	ctx := context.Background()
	if err := svc.Clients.CreateClient(ctx, &domain.Client{LegalName: "First NV", VATID: "BE0403170701",
		Address: domain.Address{Country: "BE"}, Language: domain.LangNL}); err != nil {
		t.Fatal(err)
	}
	u, w := newTestUI(t, svc, Options{})
	press(u, fyne.Key2)
	press(u, fyne.KeyN)
	c := u.clients
	typeText(u, c.legalName, "Second NV")
	typeText(u, c.country, "BE")
	typeText(u, c.vat, "BE0403170701")
	press(u, fyne.KeyS)
	if c.ed.message.Text == "" || strings.Contains(c.ed.message.Text, "Something went wrong") {
		t.Errorf("a duplicate VAT number says %q", c.ed.message.Text)
	}
	if top := overlayTexts(w); top == "" {
		t.Error("the conflict is not shown in a dialog")
	}
	if !c.ed.dirty() {
		t.Error("the typed client was thrown away after the conflict")
	}
}
