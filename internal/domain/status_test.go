package domain

import (
	"testing"
	"time"
)

func TestManagerStatusOn(t *testing.T) {
	day := NewDate(2026, time.December, 1)
	b1 := Booking{Start: NewDate(2026, time.September, 1), End: NewDate(2027, time.February, 28), DaysPerWeek: 3}
	b2 := Booking{Start: NewDate(2026, time.November, 1), End: NewDate(2027, time.March, 31), DaysPerWeek: 1}
	past := Booking{Start: NewDate(2026, time.January, 1), End: NewDate(2026, time.June, 30), DaysPerWeek: 5}
	tests := []struct {
		name     string
		active   bool
		bookings []Booking
		want     ManagerStatus
	}{
		{"inactive wins", false, []Booking{b1}, ManagerStatus{Availability: Inactive}},
		{"no bookings", true, nil, ManagerStatus{Availability: Available}},
		{"only past bookings", true, []Booking{past}, ManagerStatus{Availability: Available}},
		{"two overlapping", true, []Booking{b1, b2, past}, ManagerStatus{Availability: OnMandate, Until: b2.End, DaysBooked: 4}},
		{"not yet available", true, nil, ManagerStatus{Availability: AvailableFrom, Until: NewDate(2027, time.January, 4)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Manager{Active: tt.active}
			if tt.want.Availability == AvailableFrom {
				m.AvailableFrom = tt.want.Until
			}
			if got := m.StatusOn(day, tt.bookings); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestLastDayAfterNotice(t *testing.T) {
	e := &Engagement{Start: NewDate(2026, time.January, 5), End: NewDate(2026, time.December, 31), NoticeDays: 30}
	if got := e.LastDayAfterNotice(NewDate(2026, time.March, 2)); got != NewDate(2026, time.April, 1) {
		t.Errorf("last day = %s", got)
	}
	if got := e.LastDayAfterNotice(NewDate(2026, time.December, 15)); got != e.End {
		t.Errorf("notice past the end = %s, want the end %s", got, e.End)
	}
}
