package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestNewEngagement_managersFee: choosing the manager in the new-engagement
// dialog fills the manager's day fee from the roster; it stays editable,
// the margin follows every keystroke (the issue's € 1.250 against € 1.000
// for 60 days), a missing, negative or too high fee is refused naming the
// field, and the engagement is saved with the fee typed.
func TestNewEngagement_managersFee(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u, s := ew.u, ew.u.engagements
	before := ew.count()
	press(u, fyne.KeyN)
	d := shownLast[*newEngagementDialog](u)
	if d == nil {
		t.Fatal("no new engagement dialog")
	}
	pick(t, u, d.client, "Peeters")
	pick(t, u, d.manager, "Bart Desmet")
	if d.managerFee.fee.Text != "1,000.00" {
		t.Errorf("the roster's fee was not taken: %q", d.managerFee.fee.Text)
	}
	typeText(u, d.role, "Interim plant manager")
	typeText(u, d.start, "2026-09-07")
	typeText(u, d.end, "2026-12-20") // 15 weeks
	typeText(u, d.days, "4")
	typeText(u, d.dayRate, "1.250")
	if want := "€250.00 a day (20%), €4,333.33 a month, €15,000.00 in all"; d.managerFee.margin.Text != want || d.add.Disabled() {
		t.Errorf("margin %q (add disabled %v, %q), want %q", d.managerFee.margin.Text, d.add.Disabled(), d.message.Text, want)
	}
	for _, tc := range []struct{ fee, want string }{
		{"1.300", "Manager's day fee: €1,300.00 is above the client's day rate of €1,250.00; the firm would pay the manager more than the client pays."},
		{"", "Manager's day fee: is required for a mandate with a manager and a day rate: it is what the firm pays the manager's company a day."},
		{"-5", "Manager's day fee: cannot be negative."},
		{"duizend", "Manager's day fee: "},
	} {
		typeText(u, d.managerFee.fee, tc.fee)
		if !strings.HasPrefix(d.message.Text, tc.want) || !d.add.Disabled() {
			t.Errorf("fee %q: %q (add disabled %v), want %q", tc.fee, d.message.Text, d.add.Disabled(), tc.want)
		}
	}
	typeText(u, d.end, "")
	typeText(u, d.managerFee.fee, "1.100")
	if want := "€150.00 a day (12%), €2,600.00 a month"; d.managerFee.margin.Text != want {
		t.Errorf("open-ended margin %q, want %q", d.managerFee.margin.Text, want)
	}
	d.kind.SetSelected(kindText(domain.KindConsulting))
	u.waitIdle()
	if !d.managerFee.fee.Disabled() || d.managerFee.margin.Text != "–" {
		t.Errorf("consulting: fee enabled %v, margin %q", !d.managerFee.fee.Disabled(), d.managerFee.margin.Text)
	}
	d.kind.SetSelected(kindText(domain.KindInterim))
	typeText(u, d.end, "2026-12-20")
	typeText(u, d.managerFee.fee, "1.000")
	if d.add.Disabled() {
		t.Fatalf("a valid engagement cannot be added: %q", d.message.Text)
	}
	tap(u, d.add)
	if n := ew.count(); n != before+1 {
		t.Fatalf("%d engagements, want %d: %q", n, before+1, d.message.Text)
	}
	e := s.loaded
	if e == nil || ew.stored(e.ID).ManagerDayFee != domain.Euros(1000) || ew.stored(e.ID).DayRate != domain.Euros(1250) {
		t.Fatalf("stored %+v", e)
	}
	if got := s.margin.line.Text; got != "€250.00 a day (20%), €4,333.33 a month, €15,000.00 in all" {
		t.Errorf("the engagement's margin %q", got)
	}
}
