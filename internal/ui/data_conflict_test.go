package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestConflict_reloadShowsWhatWasSavedElsewhere opens one database file
// twice, as two windows or the desktop and the command line do: a record
// saved through the other handle since this form read it is not
// overwritten; the form says so and offers Reload, which shows the other
// save, and the edit can then be made again.
func TestConflict_reloadShowsWhatWasSavedElsewhere(t *testing.T) {
	db := openStore(t)
	other := servicesOf(openStoreAt(t, db.Path()))
	svc := servicesOf(db)
	ctx := context.Background()
	m := mustManager(t, svc, &domain.Manager{Name: "Joëlle Dubois", Email: "joelle@dubois.example", DayRate: domain.Euros(1250)})
	u, w := newTestUI(t, svc, Options{})
	s := u.managers
	s.list.selectRow(0)
	u.waitIdle()
	if s.loaded == nil || s.loaded.ID != m.ID {
		t.Fatal("the manager did not open")
	}

	// Elsewhere, the day rate changes.
	elsewhere, err := other.Managers.FindManagerByID(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	elsewhere.DayRate = domain.Euros(1500)
	if err := other.Managers.UpdateManager(ctx, elsewhere); err != nil {
		t.Fatal(err)
	}

	// Here, the notes change, on the rate as it was read.
	typeText(u, s.notes, "Prefers Brussels.")
	tap(u, s.ed.saveBtn)
	if !strings.Contains(s.ed.message.Text, "was changed elsewhere since you opened it") {
		t.Fatalf("the form says %q after a conflicting save", s.ed.message.Text)
	}
	if !s.ed.reloadBtn.Visible() {
		t.Fatal("the conflict offers no Reload")
	}
	if !s.ed.dirty() || s.notes.Text != "Prefers Brussels." {
		t.Error("the typed notes were thrown away before Reload was pressed")
	}
	stored, _ := other.Managers.FindManagerByID(ctx, m.ID)
	if stored.DayRate != domain.Euros(1500) || stored.Notes != "" {
		t.Errorf("the conflicting save overwrote the other one: rate %v notes %q", stored.DayRate, stored.Notes)
	}
	closeOverlays(w)

	// Reload shows the other save and drops the edit the person gave up.
	tap(u, s.ed.reloadBtn)
	if s.dayRate.Text != formatMoneyInput(domain.Euros(1500)) || s.notes.Text != "" {
		t.Errorf("after Reload the form shows rate %q notes %q", s.dayRate.Text, s.notes.Text)
	}
	if s.ed.dirty() || s.ed.reloadBtn.Visible() || s.ed.message.Visible() {
		t.Error("after Reload the form still shows the conflict")
	}

	// The edit made again is saved on top of the other one.
	typeText(u, s.notes, "Prefers Brussels.")
	tap(u, s.ed.saveBtn)
	stored, _ = other.Managers.FindManagerByID(ctx, m.ID)
	if stored.DayRate != domain.Euros(1500) || stored.Notes != "Prefers Brussels." {
		t.Errorf("after Reload and Save the store holds rate %v notes %q", stored.DayRate, stored.Notes)
	}
}

// TestConflict_aDuplicateKeyOffersNoReload: a conflict about a field (a VAT
// number another client has) is fixed by changing the field, not by
// reloading, which would throw the edits away.
func TestConflict_aDuplicateKeyOffersNoReload(t *testing.T) {
	db := openStore(t)
	svc := servicesOf(db)
	ctx := context.Background()
	for _, c := range []*domain.Client{
		{LegalName: "First NV", VATID: "BE0403170701", Address: domain.Address{Country: "BE"}, Language: domain.LangNL},
		{LegalName: "Second NV", Address: domain.Address{Country: "BE"}, Language: domain.LangNL},
	} {
		if err := svc.Clients.CreateClient(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	u, _ := newTestUI(t, svc, Options{})
	press(u, fyne.Key2)
	c := u.clients
	typeText(u, c.list.search, "Second")
	c.list.selectRow(0)
	u.waitIdle()
	typeText(u, c.vat, "BE0403170701")
	tap(u, c.ed.saveBtn)
	if c.ed.message.Text == "" {
		t.Fatal("the duplicate VAT number is not said")
	}
	if c.ed.reloadBtn.Visible() {
		t.Error("a duplicate VAT number offers Reload")
	}
}

// TestConflict_firmProfileReloads: the one firm profile, saved in another
// window meanwhile, is read again by Reload.
func TestConflict_firmProfileReloads(t *testing.T) {
	db := openStore(t)
	other := servicesOf(openStoreAt(t, db.Path()))
	svc := servicesOf(db)
	ctx := context.Background()
	f := domain.NewFirm()
	f.LegalName = "Interim Partners BV"
	f.Address = domain.Address{Street: "Kerkstraat 1", Postcode: "1017 GA", City: "Amsterdam", Country: "NL"}
	f.CompanyNumber = "12345678"
	f.Email = "info@interimpartners.example"
	if err := svc.Firm.SaveFirm(ctx, f); err != nil {
		t.Fatalf("the test firm is not valid: %v", err)
	}
	u, w := newTestUI(t, svc, Options{})
	press(u, fyne.Key5)
	s := u.firm

	elsewhere, err := other.Firm.Firm(ctx)
	if err != nil {
		t.Fatal(err)
	}
	elsewhere.Phone = "+31 20 123 45 67"
	if err := other.Firm.SaveFirm(ctx, elsewhere); err != nil {
		t.Fatal(err)
	}
	typeText(u, s.website, "https://interimpartners.example")
	tap(u, s.ed.saveBtn)
	if !s.ed.reloadBtn.Visible() {
		t.Fatalf("no Reload after the firm changed elsewhere; the form says %q", s.ed.message.Text)
	}
	closeOverlays(w)
	tap(u, s.ed.reloadBtn)
	if s.phone.Text != "+31 20 123 45 67" || s.website.Text != "" {
		t.Errorf("after Reload: phone %q website %q", s.phone.Text, s.website.Text)
	}
}
