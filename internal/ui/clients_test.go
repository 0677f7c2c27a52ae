package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// fillClient types a complete, valid Belgian client into the form.
func fillClient(u *App) {
	s := u.clients
	typeText(u, s.legalName, "Brouwerij Van Damme NV")
	typeText(u, s.country, "BE")
	typeText(u, s.vat, "BE 0417.497.106")
	typeText(u, s.city, "Gent")
	typeText(u, s.contactName, "Els Van Damme")
	typeText(u, s.contactEmail, "els@vandamme.be")
	s.language.SetSelected(langOption("fr"))
	u.waitIdle()
}

func TestClientForm_validationByTheDomain(t *testing.T) {
	tests := []struct {
		name    string
		change  func(u *App)
		message string
	}{
		{"VAT check digits wrong", func(u *App) { typeText(u, u.clients.vat, "BE0417497107") }, "VAT number:"},
		{"VAT of another country", func(u *App) { typeText(u, u.clients.vat, "NL123456782B01") }, "VAT number: starts with NL but the client's country is BE"},
		{"no legal name", func(u *App) { typeText(u, u.clients.legalName, "") }, "Legal name: is required."},
		{"country not a code", func(u *App) { typeText(u, u.clients.country, "Belgium") }, "Country: must be a two-letter country code"},
		{"enterprise number wrong", func(u *App) { typeText(u, u.clients.companyNumber, "0417.497.107") }, "Enterprise number:"},
		{"contact e-mail wrong", func(u *App) { typeText(u, u.clients.contactEmail, "els at vandamme") }, "Contact e-mail:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := &fakeStore{}
			u, _ := newTestUI(t, store.services(), Options{})
			press(u, fyne.Key2)
			press(u, fyne.KeyN)
			fillClient(u)
			if u.clients.ed.saveBtn.Disabled() {
				t.Fatalf("the valid client cannot be saved: %q", u.clients.ed.message.Text)
			}
			tt.change(u)
			if !strings.Contains(u.clients.ed.message.Text, tt.message) {
				t.Errorf("message = %q, want %q", u.clients.ed.message.Text, tt.message)
			}
			if !u.clients.ed.saveBtn.Disabled() {
				t.Error("Save enabled on an invalid client")
			}
			tap(u, u.clients.ed.saveBtn)
			press(u, fyne.KeyS)
			if len(store.clients) != 0 {
				t.Errorf("an invalid client was written: %+v", store.clients[0])
			}
		})
	}
}

func TestClientForm_companyNumberIsNamedByCountry(t *testing.T) {
	u, _ := newTestUI(t, (&fakeStore{}).services(), Options{})
	press(u, fyne.Key2)
	press(u, fyne.KeyN)
	for country, label := range map[string]string{"BE": "Enterprise number", "NL": "KvK number", "FR": "Company number"} {
		typeText(u, u.clients.country, country)
		if got := u.clients.companyNumberItem.Text; got != label {
			t.Errorf("country %s: company number called %q, want %q", country, got, label)
		}
	}
}

func TestClientArchive_asksFirst(t *testing.T) {
	store := &fakeStore{}
	u, w := newTestUI(t, store.services(), Options{})
	press(u, fyne.Key2)
	press(u, fyne.KeyN)
	fillClient(u)
	press(u, fyne.KeyS)
	if len(store.clients) != 1 {
		t.Fatalf("the client was not saved: %q", u.clients.ed.message.Text)
	}
	tap(u, u.clients.archiveBtn)
	if !strings.Contains(overlayTexts(w), "hidden from the list") {
		t.Fatalf("archiving asks nothing: %q", overlayTexts(w))
	}
	tap(u, overlayButton(t, w, "Cancel"))
	if store.clients[0].Archived {
		t.Fatal("Cancel archived the client")
	}
	tap(u, u.clients.archiveBtn)
	tap(u, overlayButton(t, w, "Archive"))
	if !store.clients[0].Archived {
		t.Fatal("the client was not archived")
	}
	if got := u.clients.list.count.Text; got != "0 clients" {
		t.Errorf("the list still shows the archived client: %q", got)
	}
	if u.clients.archiveBtn.Text != "Restore" {
		t.Errorf("the archive button says %q, want Restore", u.clients.archiveBtn.Text)
	}
}

// TestClientForm_tabFollowsTheForm checks that Tab walks the address in the
// order it reads, postcode before city, as a person types an address.
func TestClientForm_tabFollowsTheForm(t *testing.T) {
	u, w := newTestUI(t, (&fakeStore{}).services(), Options{})
	press(u, fyne.Key2)
	press(u, fyne.KeyN)
	s := u.clients
	c := w.Canvas()
	c.Focus(s.street)
	for _, want := range []struct {
		name  string
		entry fyne.Focusable
	}{{"postcode", s.postcode}, {"city", s.city}, {"sector", s.sector}} {
		c.FocusNext()
		if c.Focused() != want.entry {
			t.Fatalf("Tab from the field before the %s lands elsewhere", want.name)
		}
	}
}
