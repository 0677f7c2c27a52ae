package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestProposalMargin_doneWhen is the example on a Dutch screen: a
// client rate of € 1.250 and a manager fee of € 1.000 for 60 days show
// € 250,00 a day, 20 % and € 15.000,00 over the mandate; a fee above the
// client's rate is refused naming the field, and nothing is saved.
func TestProposalMargin_doneWhen(t *testing.T) {
	setLocale(t, "nl_BE.UTF-8")
	store := proposalStore(t)
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "")
	u, _ := newTestUIOn(t, a, store.services(), Options{})
	s := u.proposals
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	pick(t, u, s.client, "Van Damme")
	typeText(u, s.titleEntry, "Financiële herstructurering")
	pick(t, u, s.manager, "Anne")
	if got := s.margin.fee.Text; got != "1.250,00" {
		t.Errorf("the roster's fee was not taken: %q", got)
	}
	typeText(u, s.weeks, "15")
	typeText(u, s.daysPerWeek, "4")
	typeText(u, s.dayRate, "1.250,00")
	typeText(u, s.margin.fee, "1.000,00")
	m := s.margin
	if m.perDay.Text != "€ 250,00" || m.percent.Text != "20\u00a0%" || m.total.Text != "€ 15.000,00" {
		t.Errorf("margin %q a day, %q, %q over the mandate; want € 250,00, 20 %%, € 15.000,00", m.perDay.Text, m.percent.Text, m.total.Text)
	}
	if m.shown.PerDay != domain.Euros(250) || m.shown.Total != domain.Euros(15000) {
		t.Errorf("margin shown %+v", m.shown)
	}

	typeText(u, s.margin.fee, "1.300,00")
	if want := "Dagvergoeding manager: € 1.300,00 ligt boven het dagtarief van de klant van € 1.250,00; het kantoor zou de manager meer betalen dan de klant betaalt."; s.ed.message.Text != want || !s.ed.saveBtn.Disabled() {
		t.Errorf("a fee above the client's rate: message %q (save disabled %v), want %q", s.ed.message.Text, s.ed.saveBtn.Disabled(), want)
	}
	typeText(u, s.margin.fee, "1.000,00")
	press(u, fyne.KeyS)
	if len(store.proposals) != 1 || store.proposals[0].Interim.ManagerDayFee != domain.Euros(1000) {
		t.Fatalf("stored %d proposals: %q", len(store.proposals), s.ed.message.Text)
	}
}

// TestProposalList_expectedMargin: the footer sums the recommended offer's
// margin of the issued proposals of the sample: the two waiting for an
// answer.
func TestProposalList_expectedMargin(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	press(ew.u, fyne.Key3)
	ps, _, err := ew.svc.Proposals.FindProposals(t.Context(), domain.ProposalFilter{Status: domain.ProposalIssued})
	if err != nil || len(ps) == 0 {
		t.Fatalf("%d issued proposals in the sample: %v", len(ps), err)
	}
	want := "Open proposals: expected margin of " + formatMoney(expectedMargin(ps))
	var got string
	for _, o := range objects(ew.u.proposals.root) {
		if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "Open proposals:") {
			got = l.Text
		}
	}
	if got != want || expectedMargin(ps) <= 0 {
		t.Errorf("footer %q, want %q", got, want)
	}
}

// TestFirmSettings_minimumMargin: the minimum margin is typed in Firm
// settings and saved with the profile; above 100 % it is refused naming
// the field.
func TestFirmSettings_minimumMargin(t *testing.T) {
	store := &fakeStore{}
	u, _ := newTestUI(t, store.services(), Options{})
	s := u.firm
	press(u, fyne.Key5)
	typeText(u, s.legalName, "Van Hecke Interim")
	typeText(u, s.margin.percent, "100,5")
	if !strings.HasPrefix(s.ed.message.Text, "Minimum margin (percent): cannot be above 100 %") || !s.ed.saveBtn.Disabled() {
		t.Errorf("101 %%: message %q", s.ed.message.Text)
	}
	typeText(u, s.margin.percent, "12,5")
	typeText(u, s.margin.perDay, "150")
	press(u, fyne.KeyS)
	if f := store.firm; f == nil || f.MarginFloor.PercentBP != 1250 || f.MarginFloor.PerDay != domain.Euros(150) {
		t.Fatalf("stored floor %+v: %q", f, s.ed.message.Text)
	}
}
