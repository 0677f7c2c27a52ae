package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestEngagementMargin_feeChangeKeepsHistory: the list's footer sums the
// margin a month of the active sample mandates; the detail shows the
// margin, and a changed manager fee is saved with a line in the history.
func TestEngagementMargin_feeChangeKeepsHistory(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	s := ew.u.engagements
	// € 300 × 4 days and € 250 × 4 days a week, 52/12 weeks a month.
	if got, want := s.margin.footer.Text, "Active engagements: margin of €9,533.33 a month"; got != want {
		t.Errorf("footer %q, want %q", got, want)
	}
	e := ew.open("CFO ad interim")
	if !strings.HasPrefix(s.margin.line.Text, "€300.00 a day (19.35%), €5,200.00 a month") {
		t.Errorf("margin line %q", s.margin.line.Text)
	}
	typeText(ew.u, s.margin.fee, "1.600,00")
	if !strings.HasPrefix(s.ed.message.Text, "Manager's day fee: €1,600.00 is above the client's day rate") || !s.ed.saveBtn.Disabled() {
		t.Errorf("a fee above the client's rate: %q", s.ed.message.Text)
	}
	typeText(ew.u, s.margin.fee, "1.300,00")
	press(ew.u, fyne.KeyS)
	if got := ew.stored(e.ID).ManagerDayFee; got != domain.Euros(1300) {
		t.Fatalf("stored fee %v: %q", got, s.ed.message.Text)
	}
	if h := linesWith(ew.history(e.ID), "manager's day fee changed from €1,250.00 to €1,300.00"); len(h) != 1 {
		t.Errorf("history %q", ew.history(e.ID))
	}
	if got, want := s.margin.footer.Text, "Active engagements: margin of €8,666.66 a month"; got != want {
		t.Errorf("footer after the change %q, want %q", got, want)
	}
}
