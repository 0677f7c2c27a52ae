package ui

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n/localeenv"
)

// setLocale makes the process's locale that of a system set to locale, as
// the app would see it at start.
func setLocale(t *testing.T, locale string) {
	t.Helper()
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		t.Setenv(k, "")
	}
	t.Setenv("LANG", locale)
	localeenv.Quiet(os.Getenv, os.Setenv)
	t.Cleanup(func() { useLanguage(domain.LangEN) })
}

// followSystem starts the window with no language chosen in Firm settings.
func followSystem(t *testing.T, svc domain.Services) (*App, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "")
	return newTestUIOn(t, a, svc, Options{})
}

func TestScreenLanguage_followsTheSystem(t *testing.T) {
	tests := []struct {
		locale    string
		proposals string // the navigation's name for the proposals
		amount    string // € 1250 as the screen writes it
	}{
		{"nl_BE.UTF-8", "Voorstellen", "€ 1.250,00"},
		{"nl_NL.UTF-8", "Voorstellen", "€ 1.250,00"},
		{"fr_BE.UTF-8", "Propositions", "1\u00a0250,00\u00a0€"},
		{"en_GB.UTF-8", "Proposals", "€1,250.00"},
		{"C.UTF-8", "Proposals", "€1,250.00"},
		{"POSIX", "Proposals", "€1,250.00"},
		{"xx_YY.UTF-8", "Proposals", "€1,250.00"},
		{"de_DE.UTF-8", "Proposals", "€1,250.00"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			setLocale(t, tt.locale)
			u, _ := followSystem(t, (&fakeStore{}).services())
			if got := u.nav[screenProposals].Text; got != tt.proposals {
				t.Errorf("the navigation says %q, want %q", got, tt.proposals)
			}
			if got := formatMoney(domain.Euros(1250)); got != tt.amount {
				t.Errorf("an amount reads %q, want %q", got, tt.amount)
			}
		})
	}
}

// TestScreenLanguage_choiceAppliesAtOnce chooses Dutch in Firm settings on an
// English system: the window is Dutch at once, stays Dutch at the next
// start, and follows the system again when that is chosen.
func TestScreenLanguage_choiceAppliesAtOnce(t *testing.T) {
	setLocale(t, "en_GB.UTF-8")
	store := goldenStore(t)
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "")
	u, w := newTestUIOn(t, a, store.services(), Options{})
	press(u, fyne.Key5)
	if got := u.firm.screenLanguage.sel.Selected; got != "Follow the system (English)" {
		t.Fatalf("the screen language shows %q", got)
	}

	u.firm.screenLanguage.sel.SetSelected("Nederlands")
	u.waitIdle()
	if got := a.Preferences().String(prefLanguage); got != "nl" {
		t.Errorf("the choice is remembered as %q, want nl", got)
	}
	if u.current.name() != screenFirm {
		t.Errorf("after the change the window shows %s, want the firm's settings", u.current.name())
	}
	if got := u.nav[screenClients].Text; got != "Klanten" {
		t.Errorf("the navigation says %q, want Klanten", got)
	}
	if got := w.MainMenu().Items[0].Label; got != "Bestand" {
		t.Errorf("the first menu is %q, want Bestand", got)
	}
	if got := u.firm.ed.form.Items[0].Text; got != "Juridische naam" {
		t.Errorf("the firm's first field is %q, want Juridische naam", got)
	}
	if got := u.firm.screenLanguage.sel.Selected; got != "Nederlands" {
		t.Errorf("the new screen shows the choice %q", got)
	}
	press(u, fyne.Key1)
	rows := strings.Join(listTexts(u.managers.list, 10), "\n")
	if !strings.Contains(rows, "€ 1.250,00") {
		t.Errorf("the roster's rates are not written the Dutch way:\n%s", rows)
	}

	u2, _ := newTestUIOn(t, a, store.services(), Options{})
	if got := u2.nav[screenClients].Text; got != "Klanten" {
		t.Errorf("the next start says %q, want Klanten", got)
	}

	press(u2, fyne.Key5)
	u2.firm.screenLanguage.sel.SetSelected("Volgens het systeem (English)")
	u2.waitIdle()
	if got := a.Preferences().String(prefLanguage); got != "" {
		t.Errorf("following the system is remembered as %q", got)
	}
	if got := u2.nav[screenClients].Text; got != "Clients" {
		t.Errorf("back on the system's English the navigation says %q", got)
	}
}

// TestScreenLanguage_unsavedChangesAreAskedAbout: the window is built
// again, so changes in the firm's form are saved or discarded first;
// Cancel keeps them and the language.
func TestScreenLanguage_unsavedChangesAreAskedAbout(t *testing.T) {
	tests := []struct {
		name      string
		answer    func(p *unsavedPrompt) *widget.Button
		clients   string // the navigation's name for the clients after the answer
		choice    string // what the drop-down shows after the answer
		saved     bool
		nameAfter string // the legal name in the form after the answer
	}{
		{"cancel", func(p *unsavedPrompt) *widget.Button { return p.cancel }, "Clients", "English", false, "Van Hecke Interim"},
		{"discard", func(p *unsavedPrompt) *widget.Button { return p.discard }, "Klanten", "Nederlands", false, ""},
		{"save", func(p *unsavedPrompt) *widget.Button { return p.save }, "Klanten", "Nederlands", true, "Van Hecke Interim"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setLocale(t, "en_GB.UTF-8")
			store := &fakeStore{}
			u, _ := newTestUI(t, store.services(), Options{})
			press(u, fyne.Key5)
			typeText(u, u.firm.legalName, "Van Hecke Interim")

			u.firm.screenLanguage.sel.SetSelected("Nederlands")
			u.waitIdle()
			if shownLast[*unsavedPrompt](u) == nil || !strings.Contains(overlayTexts(u.win), "not saved") {
				t.Fatal("no question about the unsaved changes")
			}
			tap(u, tt.answer(shownLast[*unsavedPrompt](u)))
			if got := u.nav[screenClients].Text; got != tt.clients {
				t.Errorf("the navigation says %q, want %q", got, tt.clients)
			}
			if got := u.firm.screenLanguage.sel.Selected; got != tt.choice {
				t.Errorf("the choice shows %q, want %q", got, tt.choice)
			}
			if (store.firm != nil) != tt.saved {
				t.Errorf("the firm was saved: %v, want %v", store.firm != nil, tt.saved)
			}
			if got := u.firm.legalName.Text; got != tt.nameAfter {
				t.Errorf("the form holds the name %q, want %q", got, tt.nameAfter)
			}
		})
	}
}

// TestScreenLanguage_documentsKeepTheClientsLanguage previews a draft for a
// client who reads English or French from Dutch screens: the document is
// in the client's language.
func TestScreenLanguage_documentsKeepTheClientsLanguage(t *testing.T) {
	t.Cleanup(func() { useLanguage(domain.LangEN) })
	db := openStore(t)
	svc := servicesOf(db)
	ctx := context.Background()
	if err := demo.Load(ctx, svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	ps, _, err := svc.Proposals.FindProposals(ctx, domain.ProposalFilter{Status: domain.ProposalDraft, Page: domain.Page{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	var draft *domain.Proposal
	var client *domain.Client
	for _, p := range ps {
		c, err := svc.Clients.FindClientByID(ctx, p.ClientID)
		if err == nil && c.Language != domain.LangNL {
			draft, client = p, c
			break
		}
	}
	if draft == nil {
		t.Fatal("the sample has no draft for a client who does not read Dutch")
	}
	var rendered []*domain.ProposalDocument
	svc.Previews = previewFunc(func(_ context.Context, d *domain.ProposalDocument) ([]byte, error) {
		rendered = append(rendered, d)
		return []byte("%PDF-1.4\n"), nil
	})
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "nl")
	u, _ := newTestUIOn(t, a, svc, Options{
		OpenFile:   func(string) error { return nil },
		PreviewDir: t.TempDir(),
	})
	press(u, fyne.Key3)
	typeText(u, u.proposals.list.search, draft.Title)
	u.proposals.list.selectRow(0)
	u.waitIdle()
	tap(u, u.proposals.docs.preview)
	if len(rendered) != 1 {
		t.Fatalf("%d documents rendered, want 1", len(rendered))
	}
	if rendered[0].Lang != client.Language {
		t.Errorf("on Dutch screens the document for %s is in %s, want the client's %s", client.LegalName, rendered[0].Lang, client.Language)
	}
	if screenLang() != domain.LangNL {
		t.Errorf("the screens are in %s, want nl", screenLang())
	}
}

func TestScreenLanguage_errorSentences(t *testing.T) {
	tests := []struct {
		l    domain.Lang
		want string
	}{
		{domain.LangEN, "Brand colour: must be written as #RRGGBB, for example #1F3A5F."},
		{domain.LangNL, "Huiskleur: moet geschreven worden als #RRGGBB, bijvoorbeeld #1F3A5F."},
		{domain.LangFR, "Couleur de la marque : doit s'écrire #RRGGBB, par exemple #1F3A5F."},
	}
	for _, tt := range tests {
		t.Run(string(tt.l), func(t *testing.T) {
			t.Cleanup(func() { useLanguage(domain.LangEN) })
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, string(tt.l))
			u, _ := newTestUIOn(t, a, (&fakeStore{}).services(), Options{})
			press(u, fyne.Key5)
			typeText(u, u.firm.legalName, "Van Hecke Interim")
			typeText(u, u.firm.brandColour, "navy")
			if got := u.firm.ed.message.Text; got != tt.want {
				t.Errorf("the form says %q, want %q", got, tt.want)
			}
			if got := u.firm.brandColour.Validate(); got == nil {
				t.Error("the field is not marked")
			}
		})
	}
}

func TestScreenFormats(t *testing.T) {
	t.Cleanup(func() { useLanguage(domain.LangEN) })
	d := domain.NewDate(2026, 5, 9)
	tests := []struct {
		l                        domain.Lang
		money, date, short, n, i string
	}{
		{domain.LangEN, "€75,000.00", "09/05/2026", "09/05/2026", "10,000", "75,000.00"},
		{domain.LangNL, "€ 75.000,00", "09-05-2026", "09-05-2026", "10.000", "75.000,00"},
		{domain.LangFR, "75\u00a0000,00\u00a0€", "9/05/2026", "9/05/2026", "10\u00a0000", "75\u00a0000,00"},
	}
	for _, tt := range tests {
		t.Run(string(tt.l), func(t *testing.T) {
			useLanguage(tt.l)
			got := []string{formatMoney(domain.Euros(75000)), formatDate(d), formatShortDate(d), formatCount(10000), formatMoneyInput(domain.Euros(75000))}
			want := []string{tt.money, tt.date, tt.short, tt.n, tt.i}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("got %q, want %q", got[i], want[i])
				}
			}
			// What the screen writes into an entry reads back the same.
			if m, err := parseMoneyField("Day rate", formatMoneyInput(domain.Euros(75000))); err != nil || m != domain.Euros(75000) {
				t.Errorf("%q reads back as %v, %v", formatMoneyInput(domain.Euros(75000)), m, err)
			}
		})
	}
}

// TestStartsQuietlyUnderAnUnknownLocale starts this test binary again under
// locales Fyne cannot read and opens the window: nothing is logged, and the
// screens are English.
func TestStartsQuietlyUnderAnUnknownLocale(t *testing.T) {
	if os.Getenv("UI_LOCALE_CHILD") != "" {
		a := test.NewTempApp(t)
		a.Preferences().SetString(prefLanguage, "")
		u, _ := newTestUIOn(t, a, (&fakeStore{}).services(), Options{})
		if u.nav[screenClients].Text != "Clients" {
			t.Errorf("the navigation says %q", u.nav[screenClients].Text)
		}
		return
	}
	for _, locale := range []string{"C.UTF-8", "POSIX.UTF-8", "xx_YY.UTF-8"} {
		t.Run(locale, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestStartsQuietlyUnderAnUnknownLocale$", "-test.v")
			cmd.Env = []string{"UI_LOCALE_CHILD=1", "LANG=" + locale, "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("the window did not start: %v\n%s", err, out)
			}
			if strings.Contains(string(out), "Fyne error") || strings.Contains(string(out), "locale") {
				t.Errorf("starting under LANG=%s logged:\n%s", locale, out)
			}
		})
	}
}
