package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// A rate without weeks gives 0 days: the totals then show no monthly fee;
// once weeks are typed the fee appears. The line under the form never
// shows one (it keeps only the net and the total with VAT, to stay one
// line).
func TestProposalTotals_noMonthlyFigureWithoutDays(t *testing.T) {
	store := proposalStore(t)
	u, _ := newTestUI(t, store.services(), Options{})
	s := u.proposals
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	pick(t, u, s.client, "Van Damme")
	pick(t, u, s.manager, "Anne")
	typeText(u, s.dayRate, "1250") // the client's rate: choosing the manager fills only their fee
	typeText(u, s.daysPerWeek, "5")
	typeText(u, s.weeks, "")
	if s.totals.shown.InterimDays != 0 || s.totals.shown.InterimMonthly == 0 {
		t.Fatalf("the test needs a rate and no days: %+v", s.totals.shown)
	}
	if got := s.totals.interimMonthly.Text; got != "" {
		t.Errorf("per month with 0 days = %q, want nothing", got)
	}
	if got := s.totals.interimSummary.Text; strings.Contains(got, "month") || got != "Interim mandate: €0.00 net, €0.00 with VAT" {
		t.Errorf("summary with 0 days = %q", got)
	}
	typeText(u, s.weeks, "12")
	if got := s.totals.interimMonthly.Text; got != "€27,083.33" {
		t.Errorf("per month with 12 weeks of 5 days at €1,250 = %q", got)
	}
	if got := s.totals.interimSummary.Text; got != "Interim mandate: €75,000.00 net, €90,750.00 with VAT" {
		t.Errorf("summary with days = %q", got)
	}
}
