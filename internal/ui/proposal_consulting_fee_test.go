package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestProposalConsultingFee: the consulting offer names a manager of the
// roster (the roster's rate fills the day fee), pays them by the day or
// by phase, and the margin section shows the cost and what the fee leaves.
// A missing, negative or too high fee is refused naming the field, and
// nothing is saved; the saved offer keeps the manager and the fees.
func TestProposalConsultingFee(t *testing.T) {
	store := proposalStore(t)
	u, _ := newTestUI(t, store.services(), Options{})
	s := u.proposals
	cf := s.consultingFee
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	pick(t, u, s.client, "Van Damme")
	typeText(u, s.titleEntry, "Cost review")
	tap(u, s.phases.add)
	r := s.phases.rows[0]
	typeText(u, r.name, "Diagnosis")
	typeText(u, r.weeks, "4")
	typeText(u, r.fee, "20000")
	if cf.fees.Visible() {
		t.Error("the fee fields show before a manager is named")
	}
	if s.margin.consulting.Text != "€20,000.00 (100%)" || s.margin.consultingCost.Text != "–" {
		t.Errorf("without a manager: margin %q, cost %q", s.margin.consulting.Text, s.margin.consultingCost.Text)
	}

	pick(t, u, cf.manager, "Anne")
	if cf.manager.button.Text != "Anne Peeters" || cf.dayFee.Text != "1,250.00" || !cf.fees.Visible() {
		t.Fatalf("choosing the manager: %q, fee %q, fees shown %v", cf.manager.button.Text, cf.dayFee.Text, cf.fees.Visible())
	}
	if s.manager.id != 0 || s.margin.fee.Text != "" {
		t.Errorf("the consulting manager went into the interim offer: %d, %q", s.manager.id, s.margin.fee.Text)
	}
	steps := []struct {
		name         string
		do           func()
		message      string
		cost, margin string
		saveDisabled bool
	}{
		{"a day fee without days", func() {}, "Consulting manager's days: is required with a day fee: how many days the firm pays the manager.", "", "", true},
		{"10 days", func() { typeText(u, cf.days, "10") }, "", "€12,500.00", "€7,500.00 (37.5%)", false},
		{"20 days", func() { typeText(u, cf.days, "20") },
			"Consulting manager's day fee: the manager's cost of €25,000.00 is above the consulting fee of €20,000.00; the firm would pay the manager more than the client pays.", "€25,000.00", "-€5,000.00 (-25%)", true},
		{"a negative day fee", func() { typeText(u, cf.dayFee, "-100") }, "Consulting manager's day fee: cannot be negative.", "", "", true},
		{"by phase instead", func() {
			typeText(u, cf.dayFee, "")
			typeText(u, cf.days, "")
			typeText(u, cf.perPhase[r].fee, "4.000")
		}, "", "€4,000.00", "€16,000.00 (80%)", false},
		{"a phase fee that is no amount", func() { typeText(u, cf.perPhase[r].fee, "vier") },
			`Phases: the manager's fee of phase 1: "vier" is not an amount; write it like 5.000,00 or 5000.`, "", "", true},
		{"a negative phase fee", func() { typeText(u, cf.perPhase[r].fee, "-4000") }, `Phases: the manager's fee of phase "Diagnosis" cannot be negative.`, "", "", true},
		{"no fee at all", func() { typeText(u, cf.perPhase[r].fee, "") },
			"Consulting manager's day fee: is required when the consulting offer names a manager: a day fee with its days, or a manager's fee beside each phase.", "", "", true},
		{"back by phase", func() { typeText(u, cf.perPhase[r].fee, "4000") }, "", "€4,000.00", "€16,000.00 (80%)", false},
	}
	for _, st := range steps {
		st.do()
		msg := ""
		if s.ed.message.Visible() {
			msg = s.ed.message.Text
		}
		if msg != st.message || s.ed.saveBtn.Disabled() != st.saveDisabled {
			t.Errorf("%s: message %q (save disabled %v), want %q", st.name, msg, s.ed.saveBtn.Disabled(), st.message)
		}
		if st.cost != "" && (s.margin.consultingCost.Text != st.cost || s.margin.consulting.Text != st.margin) {
			t.Errorf("%s: cost %q, margin %q; want %q, %q", st.name, s.margin.consultingCost.Text, s.margin.consulting.Text, st.cost, st.margin)
		}
	}
	if got := cf.perPhase[r].name.Text; got != "Diagnosis" {
		t.Errorf("the phase fee's label %q, want the phase's name", got)
	}
	press(u, fyne.KeyS)
	if len(store.proposals) != 1 {
		t.Fatalf("%d proposals stored: %q", len(store.proposals), s.ed.message.Text)
	}
	c := store.proposals[0].Consulting
	if c.ManagerID != 1 || c.ManagerDayFee != 0 || c.ManagerDays != 0 || len(c.Phases) != 1 || c.Phases[0].ManagerFee != domain.Euros(4000) {
		t.Errorf("stored consulting offer %+v", c)
	}
	// Opened again, the form shows the manager by name and the fee
	// beside its phase, and nothing counts as changed.
	press(u, fyne.Key1)
	press(u, fyne.Key3)
	s.open(store.proposals[0].ID)
	u.waitIdle()
	if cf.manager.button.Text != "Anne Peeters" || cf.perPhase[s.phases.rows[0]].fee.Text != "4,000.00" || s.ed.dirty() {
		t.Errorf("reopened: manager %q, phase fee %q, dirty %v", cf.manager.button.Text, cf.perPhase[s.phases.rows[0]].fee.Text, s.ed.dirty())
	}
	// Clearing the manager with a fee left is refused, naming the field.
	tap(u, cf.manager.clear)
	if want := "Consulting manager: the consulting offer pays a manager but names none; choose the manager or clear the fee."; !strings.Contains(s.ed.message.Text, want) || !s.ed.saveBtn.Disabled() {
		t.Errorf("manager cleared: %q", s.ed.message.Text)
	}
}
