package domain

import (
	"encoding/json"
	"strings"
	"testing"
)

// The example: € 1.250 to the client, € 1.000 to the manager, 60
// days: € 250 a day, 20 %, € 15.000 over the mandate.
func TestInterimMargin(t *testing.T) {
	in := InterimOffer{ManagerID: 1, DayRate: Euros(1250), ManagerDayFee: Euros(1000), Weeks: 15, DaysPerWeek: 4}
	m := in.Margin()
	if !m.Known || m.PerDay != Euros(250) || m.PercentBP != 2000 || m.Total != Euros(15000) {
		t.Fatalf("margin %+v", m)
	}
	// A month is 52/12 weeks: 4 days × € 250 × 52 / 12.
	if m.PerMonth != Money(433333) {
		t.Errorf("per month %v", m.PerMonth)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); got != `{"per_day":25000,"per_month":433333,"total":1500000,"percent":20}` {
		t.Errorf("JSON %s", got)
	}
	for _, unknown := range []InterimOffer{{DayRate: Euros(1250)}, {ManagerDayFee: Euros(1000)}} {
		if m := unknown.Margin(); m.Known {
			t.Errorf("%+v: margin %+v, want unknown", unknown, m)
		}
		if b, _ := json.Marshal(unknown.Margin()); string(b) != "null" {
			t.Errorf("unknown margin as JSON: %s", b)
		}
	}
}

func TestConsultingMargin(t *testing.T) {
	c := ConsultingOffer{Phases: []Phase{{Name: "A", Fee: Euros(20000), ManagerFee: Euros(2000)}, {Name: "B", Fee: Euros(10000)}},
		ManagerID: 2, ManagerDayFee: Euros(1000), ManagerDays: 10}
	m := c.Margin()
	if !m.Known || m.Total != Euros(18000) || m.PercentBP != 6000 || m.PerDay != 0 {
		t.Fatalf("margin %+v", m)
	}
	c.ManagerID, c.ManagerDayFee, c.ManagerDays, c.Phases[0].ManagerFee = 0, 0, 0, 0
	if m := c.Margin(); m.Total != Euros(30000) || m.PercentBP != 10000 {
		t.Errorf("without a manager: %+v", m)
	}
}

func TestEngagementMargin(t *testing.T) {
	e := Engagement{Kind: KindInterim, DayRate: Euros(1250), ManagerDayFee: Euros(1000), DaysPerWeek: 4,
		Start: NewDate(2026, 6, 1), End: NewDate(2026, 6, 1).AddDays(15*7 - 1)}
	if m := e.Margin(); m.Total != Euros(15000) || m.PerDay != Euros(250) {
		t.Errorf("margin %+v", m)
	}
	e.TerminatedOn = NewDate(2026, 6, 1).AddDays(5*7 - 1)
	if m := e.Margin(); m.Total != Euros(5000) {
		t.Errorf("ended after 5 weeks: %+v", m)
	}
	e.ManagerDayFee = 0
	if m := e.Margin(); m.Known {
		t.Errorf("a fee not recorded gives a margin %+v", m)
	}
}

func TestMarginFloorValidate(t *testing.T) {
	for _, tc := range []struct {
		f    MarginFloor
		want string
	}{
		{MarginFloor{PercentBP: 10001}, "Minimum margin (percent): cannot be above 100 %"},
		{MarginFloor{PercentBP: -1}, "Minimum margin (percent): cannot be negative."},
		{MarginFloor{PerDay: -1}, "Minimum margin a day: cannot be negative."},
		{MarginFloor{PercentBP: 10000, PerDay: Euros(200)}, ""},
	} {
		err := tc.f.Validate()
		if tc.want == "" {
			if err != nil {
				t.Errorf("%+v: %v", tc.f, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.f, err, tc.want)
		}
	}
}

func TestFormatPercentBP(t *testing.T) {
	for bp, want := range map[int64]string{2000: "20", 1875: "18.75", 1850: "18.5", 5: "0.05", -450: "-4.5", 0: "0"} {
		if got := FormatPercentBP(bp); got != want {
			t.Errorf("%d: %q, want %q", bp, got, want)
		}
	}
}

func TestManagerFeeValidate(t *testing.T) {
	for _, tc := range []struct {
		in   InterimOffer
		want string
	}{
		{InterimOffer{ManagerID: 1, DayRate: Euros(1250), ManagerDayFee: Euros(1300)}, "Manager's day fee: €1,300.00 is above the client's day rate of €1,250.00"},
		{InterimOffer{ManagerID: 1, DayRate: Euros(1250), ManagerDayFee: -1}, "Manager's day fee: cannot be negative."},
		{InterimOffer{ManagerID: 1, DayRate: Euros(1250)}, "Manager's day fee: is required when the offer names a manager"},
		{InterimOffer{DayRate: Euros(1250)}, ""},
		{InterimOffer{ManagerID: 1, DayRate: Euros(1250), ManagerDayFee: Euros(1250)}, ""}, // no margin: the check blocks it, with a reason it goes
	} {
		err := tc.in.validateManagerFee()
		if tc.want == "" {
			if err != nil {
				t.Errorf("%+v: %v", tc.in, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestConsultingManagerValidate(t *testing.T) {
	for _, tc := range []struct {
		c    ConsultingOffer
		want string
	}{
		{ConsultingOffer{Phases: []Phase{{Name: "A", Fee: Euros(10000)}}, ManagerID: 2, ManagerDayFee: Euros(1000), ManagerDays: 11},
			"Consulting manager's day fee: the manager's cost of €11,000.00 is above the consulting fee of €10,000.00"},
		{ConsultingOffer{Phases: []Phase{{Name: "A", Fee: Euros(10000), ManagerFee: Euros(10500)}}, ManagerID: 2},
			"Phases: the manager's cost of €10,500.00 is above the consulting fee of €10,000.00"},
		{ConsultingOffer{Phases: []Phase{{Name: "A", Fee: Euros(10000), ManagerFee: Euros(500)}}},
			"Consulting manager: the consulting offer pays a manager but names none"},
		{ConsultingOffer{ManagerDayFee: Euros(900), ManagerDays: 3}, "Consulting manager: the consulting offer pays a manager but names none"},
		{ConsultingOffer{ManagerID: 2, ManagerDayFee: -1}, "Consulting manager's day fee: cannot be negative."},
		{ConsultingOffer{ManagerID: 2, ManagerDays: 4}, "Consulting manager's day fee: is required with the manager's days"},
		{ConsultingOffer{ManagerID: 2, ManagerDayFee: Euros(900)}, "Consulting manager's days: is required with a day fee"},
		{ConsultingOffer{ManagerID: 2, ManagerDayFee: Euros(900), ManagerDays: 521}, "Consulting manager's days: must be between 0 and 520."},
		{ConsultingOffer{Phases: []Phase{{Name: "A", Fee: Euros(10000)}}, ManagerID: 2}, "Consulting manager's day fee: is required when the consulting offer names a manager"},
		{ConsultingOffer{Phases: []Phase{{Name: "A", Fee: Euros(10000), ManagerFee: -1}}, ManagerID: 2}, "Phases: the manager's fee of phase \"A\" cannot be negative."},
		{ConsultingOffer{Phases: []Phase{{Name: "A", Fee: Euros(10000)}}}, ""},                                         // no manager: the whole fee is margin
		{ConsultingOffer{Phases: []Phase{{Name: "A", Fee: Euros(10000), ManagerFee: Euros(10000)}}, ManagerID: 2}, ""}, // no margin: the check's business
		{ConsultingOffer{Phases: []Phase{{Name: "A", Fee: Euros(10000), ManagerFee: Euros(4000)}}, ManagerID: 2, ManagerDayFee: Euros(1000), ManagerDays: 5}, ""},
	} {
		err := tc.c.validateManager()
		if tc.want == "" {
			if err != nil {
				t.Errorf("%+v: %v", tc.c, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.c, err, tc.want)
		}
	}
}
