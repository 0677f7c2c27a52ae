package domain

import (
	"testing"
	"time"
)

func TestStatusOnCountsBookingsAhead(t *testing.T) {
	m := &Manager{Active: true, MaxDaysPerWeek: 5, AvailableFrom: NewDate(2026, time.December, 26)}
	today := NewDate(2026, time.December, 6)
	jan4, jul4 := NewDate(2027, time.January, 4), NewDate(2027, time.July, 4)
	eng := Booking{EngagementID: 1, Start: jan4, End: jul4, DaysPerWeek: 4}
	prop := Booking{ProposalID: 7, Start: NewDate(2027, time.March, 1), End: NewDate(2027, time.May, 30), DaysPerWeek: 1}
	over := Booking{EngagementID: 2, Start: NewDate(2026, time.December, 10), End: NewDate(2026, time.December, 20), DaysPerWeek: 5}
	for _, tc := range []struct {
		name string
		day  Date
		bs   []Booking
		want ManagerStatus
	}{
		{"nothing", today, nil, ManagerStatus{Availability: AvailableFrom, Until: m.AvailableFrom, MaxDays: 5}},
		{"a mandate ahead", today, []Booking{eng}, ManagerStatus{Availability: BookedFrom, From: jan4, Until: jul4, DaysBooked: 4, MaxDays: 5}},
		{"on the mandate", jan4.AddDays(1), []Booking{eng}, ManagerStatus{Availability: OnMandate, Until: jul4, DaysBooked: 4, MaxDays: 5}},
		{"after it", jul4.AddDays(1), []Booking{eng}, ManagerStatus{Availability: Available, MaxDays: 5}},
		{"over before the manager is available", today, []Booking{over}, ManagerStatus{Availability: AvailableFrom, Until: m.AvailableFrom, MaxDays: 5}},
		{"a proposal apart", today, []Booking{eng, prop}, ManagerStatus{Availability: BookedFrom, From: jan4, Until: jul4, DaysBooked: 4, MaxDays: 5, ProposedDays: 1, ProposedFrom: prop.Start}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := m.StatusOn(tc.day, tc.bs); got != tc.want {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
	if got := (ManagerStatus{MaxDays: 5, DaysBooked: 4}).FreeDays(); got != 1 {
		t.Errorf("FreeDays = %d", got)
	}
}
