package domain

import (
	"strings"
	"testing"
)

// An engagement entered by hand needs the manager's day fee when it names a
// manager at a day rate; Validate alone still takes 0, which engagements
// stored before the fee was kept hold.
func TestEngagementValidateEntered(t *testing.T) {
	base := func() *Engagement {
		return &Engagement{ClientID: 1, Kind: KindInterim, ManagerID: 2, Role: "CFO", Start: NewDate(2026, 6, 1),
			DaysPerWeek: 4, DayRate: Euros(1250), ManagerDayFee: Euros(1000), NoticeDays: 30, Status: EngagementPlanned}
	}
	for _, tc := range []struct {
		name   string
		change func(e *Engagement)
		want   string
	}{
		{"with its fee", func(*Engagement) {}, ""},
		{"no fee", func(e *Engagement) { e.ManagerDayFee = 0 }, "Manager's day fee: is required for a mandate with a manager and a day rate"},
		{"fee above the rate", func(e *Engagement) { e.ManagerDayFee = Euros(1300) }, "Manager's day fee: €1,300.00 is above the client's day rate of €1,250.00"},
		{"negative fee", func(e *Engagement) { e.ManagerDayFee = -1 }, "Manager's day fee: cannot be negative."},
		{"consulting", func(e *Engagement) {
			e.Kind, e.ManagerID, e.DayRate, e.ManagerDayFee, e.Fee = KindConsulting, 0, 0, 0, Euros(20000)
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := base()
			tc.change(e)
			err := e.ValidateEntered()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
	e := base()
	e.ManagerDayFee = 0
	if err := e.Validate(); err != nil {
		t.Errorf("Validate refuses a fee of 0, which earlier engagements keep: %v", err)
	}
}
