package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// pick chooses the first record the picker's search finds.
func pick[T any](t *testing.T, u *App, p *picker[T], search string) {
	t.Helper()
	tap(u, p.button)
	if p.list == nil {
		t.Fatal("the picker opened no list")
	}
	typeText(u, p.list.search, search)
	if p.list.pager.count() == 0 {
		t.Fatalf("the picker finds nothing for %q", search)
	}
	p.list.selectRow(0)
	u.waitIdle()
}

func proposalStore(t *testing.T) *fakeStore {
	t.Helper()
	store := &fakeStore{}
	ctx := context.Background()
	if err := (fakeClients{s: store}).CreateClient(ctx, &domain.Client{LegalName: "Brouwerij Van Damme NV", VATID: "BE0417497106",
		Address: domain.Address{City: "Gent", Country: "BE"}, Language: domain.LangFR}); err != nil {
		t.Fatal(err)
	}
	if err := (fakeManagers{s: store}).CreateManager(ctx, &domain.Manager{Name: "Anne Peeters", Headline: "Interim CFO",
		DayRate: domain.Euros(1250), MaxDaysPerWeek: 5, Active: true}); err != nil {
		t.Fatal(err)
	}
	return store
}

func TestProposalForm_totalsFollowEveryKeystroke(t *testing.T) {
	store := proposalStore(t)
	u, _ := newTestUI(t, store.services(), Options{})
	s := u.proposals
	press(u, fyne.Key3)
	press(u, fyne.KeyN)

	pick(t, u, s.client, "Van Damme")
	if s.client.button.Text != "Brouwerij Van Damme NV" {
		t.Errorf("client button = %q", s.client.button.Text)
	}
	typeText(u, s.titleEntry, "Financial turnaround")
	pick(t, u, s.manager, "Anne")
	// The roster's rate is the manager's own fee: it fills the fee, never
	// the client's rate.
	if s.margin.fee.Text != "1,250.00" || s.dayRate.Text != "" || s.role.Text != "Interim CFO" {
		t.Errorf("choosing the manager did not prefill fee and role: %q, %q, %q", s.margin.fee.Text, s.dayRate.Text, s.role.Text)
	}
	typeText(u, s.dayRate, "1250")
	typeText(u, s.margin.fee, "900")

	steps := []struct {
		name  string
		do    func()
		net   string
		gross string
	}{
		{"12 weeks", func() { typeText(u, s.weeks, "12") }, "€75,000.00", "€90,750.00"},
		{"4 days a week", func() { typeText(u, s.daysPerWeek, "4") }, "€60,000.00", "€72,600.00"},
		{"rate typed the Dutch way", func() { typeText(u, s.dayRate, "1.100,00") }, "€52,800.00", "€63,888.00"},
		{"reverse charged", func() { s.reverseCharge.SetChecked(true); u.waitIdle() }, "€52,800.00", "€52,800.00"},
	}
	for _, st := range steps {
		st.do()
		if s.totals.interimNet.Text != st.net || s.totals.interimGross.Text != st.gross {
			t.Errorf("after %s: interim net %s gross %s, want %s and %s", st.name,
				s.totals.interimNet.Text, s.totals.interimGross.Text, st.net, st.gross)
		}
	}
	s.reverseCharge.SetChecked(false)
	// 48 days at € 1,100 to the client and € 900 to the manager.
	if m := s.margin; m.perDay.Text != "€200.00" || m.percent.Text != "18.18%" || m.total.Text != "€9,600.00" {
		t.Errorf("margin %s a day, %s, %s in all", m.perDay.Text, m.percent.Text, m.total.Text)
	}

	tap(u, s.phases.add)
	tap(u, s.phases.add)
	r1, r2 := s.phases.rows[0], s.phases.rows[1]
	typeText(u, r1.name, "Diagnosis")
	typeText(u, r1.weeks, "3")
	typeText(u, r1.fee, "15.000")
	if s.ed.message.Text != "Phases: phase 2 has no name." {
		t.Errorf("message with an unnamed phase = %q", s.ed.message.Text)
	}
	typeText(u, r2.name, "Plan")
	typeText(u, r2.weeks, "2")
	typeText(u, r2.fee, "9500")
	if got := s.totals.consultingNet.Text; got != "€24,500.00" {
		t.Errorf("consulting net = %s, want €24,500.00", got)
	}
	if got := s.totals.consultingWeeks.Text; got != "5 weeks" {
		t.Errorf("consulting duration = %s", got)
	}
	tap(u, r2.remove)
	if got := s.totals.consultingNet.Text; got != "€15,000.00" {
		t.Errorf("consulting net after removing a phase = %s, want €15,000.00", got)
	}

	s.comparePermanent.SetChecked(true)
	typeText(u, s.salary, "120000")
	typeText(u, s.employerCost, "30")
	typeText(u, s.recruitmentFee, "25")
	typeText(u, s.noticeMonths, "3")
	if !s.totals.permanentRow.Visible() || s.totals.permanentTotal.Text == "" {
		t.Error("the permanent-hire comparison is not shown")
	}

	if s.ed.saveBtn.Disabled() {
		t.Fatalf("the proposal cannot be saved: %q", s.ed.message.Text)
	}
	press(u, fyne.KeyS)
	if len(store.proposals) != 1 {
		t.Fatalf("%d proposals stored: %q", len(store.proposals), s.ed.message.Text)
	}
	p := store.proposals[0]
	if p.ClientID != 1 || p.Interim.ManagerID != 1 || p.Interim.Weeks != 12 || p.Interim.DaysPerWeek != 4 ||
		p.Interim.DayRate != domain.Euros(1100) || len(p.Consulting.Phases) != 1 || p.Consulting.Phases[0].Fee != domain.Euros(15000) ||
		p.Permanent == nil || p.Permanent.AnnualSalary != domain.Euros(120000) || p.Status != domain.ProposalDraft {
		t.Errorf("stored proposal = %+v", p)
	}
	if s.number.Text != "Draft" || s.ed.dirty() {
		t.Errorf("after saving: number %q, dirty %v", s.number.Text, s.ed.dirty())
	}
	if rows := listTexts(s.list, 5); len(rows) != 1 || !strings.Contains(rows[0], "Financial turnaround / Brouwerij Van Damme NV") {
		t.Errorf("proposal list = %q", rows)
	}
}

func TestProposalForm_needsAClient(t *testing.T) {
	store := proposalStore(t)
	u, _ := newTestUI(t, store.services(), Options{})
	s := u.proposals
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	typeText(u, s.titleEntry, "Financial turnaround")
	if !strings.HasPrefix(s.ed.message.Text, "Client: is required") || !s.ed.saveBtn.Disabled() {
		t.Errorf("without a client: message %q, save disabled %v", s.ed.message.Text, s.ed.saveBtn.Disabled())
	}
	typeText(u, s.weeks, "twelve")
	pick(t, u, s.client, "Van Damme")
	if !strings.HasPrefix(s.ed.message.Text, "Weeks:") {
		t.Errorf("message = %q, want the weeks", s.ed.message.Text)
	}
}
