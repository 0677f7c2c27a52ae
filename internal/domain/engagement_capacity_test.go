package domain

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestCheckCapacity(t *testing.T) {
	an := &Manager{Name: "An Peeters", MaxDaysPerWeek: 4}
	d := func(m time.Month, day int) Date { return NewDate(2026, m, day) }
	cfo := Commitment{Booking{EngagementID: 12, Start: d(time.May, 1), End: d(time.July, 31), DaysPerWeek: 3}, "CFO ad interim", "De Kroon"}
	open := Commitment{Booking{EngagementID: 13, Start: d(time.September, 1), DaysPerWeek: 2}, "", ""}
	later := Commitment{Booking{EngagementID: 14, Start: d(time.June, 15), End: d(time.June, 30), DaysPerWeek: 1}, "Board coaching", "Bolt"}

	tests := []struct {
		name      string
		e         Engagement
		others    []Commitment
		wantDay   Date     // zero: no conflict
		wantTotal int      //
		wantIn    []string // phrases of the sentence
	}{
		{"alone within capacity", Engagement{Start: d(time.June, 1), End: d(time.June, 30), DaysPerWeek: 4}, nil, Date{}, 0, nil},
		{"alone beyond capacity", Engagement{Start: d(time.June, 1), DaysPerWeek: 5}, nil, d(time.June, 1), 5,
			[]string{"An Peeters works at most 4 days a week; this engagement asks for 5 days a week."}},
		{"beside another, fits", Engagement{Start: d(time.June, 1), End: d(time.June, 30), DaysPerWeek: 1}, []Commitment{cfo}, Date{}, 0, nil},
		{"overlaps from its start", Engagement{Start: d(time.June, 1), End: d(time.June, 30), DaysPerWeek: 2}, []Commitment{cfo}, d(time.June, 1), 5,
			[]string{"from 2026-06-01", "engagement 12, CFO ad interim for De Kroon (2026-05-01 to 2026-07-31, 3 days a week)", "5 days a week in all"}},
		{"another starts inside it", Engagement{Start: d(time.June, 1), End: d(time.June, 30), DaysPerWeek: 4}, []Commitment{later}, d(time.June, 15), 5, nil},
		{"three at once, the first overload named", Engagement{Start: d(time.June, 1), End: d(time.June, 30), DaysPerWeek: 1}, []Commitment{cfo, later}, d(time.June, 15), 5,
			[]string{"from 2026-06-15", "engagement 12", "and engagement 14, Board coaching for Bolt"}},
		{"before another starts", Engagement{Start: d(time.August, 1), End: d(time.August, 31), DaysPerWeek: 4}, []Commitment{open}, Date{}, 0, nil},
		{"open-ended meets open-ended", Engagement{Start: d(time.August, 1), DaysPerWeek: 3}, []Commitment{open}, d(time.September, 1), 5,
			[]string{"engagement 13 (from 2026-09-01, no end date, 2 days a week)"}},
		{"ended by notice before the other", Engagement{Start: d(time.August, 1), End: d(time.December, 31), TerminatedOn: d(time.August, 31), DaysPerWeek: 3}, []Commitment{open}, Date{}, 0, nil},
		{"itself is not counted twice", Engagement{ID: 12, Start: d(time.May, 1), End: d(time.September, 30), DaysPerWeek: 4}, []Commitment{cfo}, Date{}, 0, nil},
		{"a closed engagement books nothing", Engagement{Status: EngagementCompleted, Start: d(time.June, 1), DaysPerWeek: 5}, []Commitment{cfo}, Date{}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckCapacity(an, &tt.e, tt.others)
			if tt.wantDay.IsZero() {
				if err != nil {
					t.Fatalf("conflict: %v", err)
				}
				return
			}
			var c *CapacityConflict
			if !errors.As(err, &c) {
				t.Fatalf("err = %v, want a *CapacityConflict", err)
			}
			if c.Day != tt.wantDay || c.Total != tt.wantTotal {
				t.Errorf("day %s total %d, want %s %d", c.Day, c.Total, tt.wantDay, tt.wantTotal)
			}
			if ErrorCode(err) != ECONFLICT || ErrorField(err) != "Days per week" || ErrorMessage(err) != err.Error() {
				t.Errorf("code %q field %q message %q", ErrorCode(err), ErrorField(err), ErrorMessage(err))
			}
			for _, w := range tt.wantIn {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%q\nlacks %q", err, w)
				}
			}
		})
	}
}

func TestCapacityOverrideValidate(t *testing.T) {
	var none *CapacityOverride
	if err := none.Validate(); err != nil {
		t.Errorf("no override: %v", err)
	}
	if err := (&CapacityOverride{Reason: "  "}).Validate(); ErrorField(err) != "Override reason" {
		t.Errorf("blank reason: %v", err)
	}
	if err := (&CapacityOverride{Reason: "Client accepts a fifth day in June only."}).Validate(); err != nil {
		t.Errorf("reason: %v", err)
	}
}
