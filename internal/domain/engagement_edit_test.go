package domain

import (
	"strings"
	"testing"
	"time"
)

func TestEngagementCheckEdit(t *testing.T) {
	stored := func() *Engagement {
		return &Engagement{ID: 7, ClientID: 3, ProposalID: 11, ProposalVersion: 2, Kind: KindInterim, ManagerID: 5,
			Role: "CFO a.i.", Start: NewDate(2026, time.June, 1), End: NewDate(2026, time.November, 29), DaysPerWeek: 4,
			DayRate: Euros(1250), NoticeDays: 30, Status: EngagementActive, Notes: "Start na de jaarafsluiting."}
	}
	for _, tc := range []struct {
		name   string
		before func(s *Engagement) // the stored engagement, when it differs
		edit   func(e *Engagement)
		field  string // "" when the edit is allowed
		want   string
	}{
		{"role and notes", nil, func(e *Engagement) { e.Role, e.Notes = "CFO ad interim", "" }, "", ""},
		{"figures while active", nil, func(e *Engagement) {
			e.ManagerID, e.Start, e.DaysPerWeek, e.DayRate, e.NoticeDays = 6, e.Start.AddDays(7), 3, Euros(1300), 14
		}, "", ""},
		{"nothing", nil, func(*Engagement) {}, "", ""},
		{"status", nil, func(e *Engagement) { e.Status = EngagementCompleted }, "Status",
			"Status: engagement 7 is active; its status changes through the steps of its life"},
		{"end", nil, func(e *Engagement) { e.End = e.End.AddDays(30) }, "End date", "the planned end of engagement 7 is 2026-11-29"},
		{"an end for an open-ended one", func(s *Engagement) { s.End = Date{} }, func(e *Engagement) { e.End = NewDate(2026, time.December, 31) },
			"End date", "the planned end of engagement 7 is not set"},
		{"termination", nil, func(e *Engagement) { e.TerminatedOn = NewDate(2026, time.July, 1) }, "Termination date", "terminate"},
		{"end reason", nil, func(e *Engagement) { e.EndReason = "Klaar." }, "End reason", ""},
		{"client", nil, func(e *Engagement) { e.ClientID = 4 }, "Client", ""},
		{"kind", nil, func(e *Engagement) { e.Kind = KindConsulting }, "Kind", "engagement 7 stays an interim mandate"},
		{"proposal version", nil, func(e *Engagement) { e.ProposalVersion = 3 }, "Proposal", ""},
		{"notice period under notice", func(s *Engagement) { s.TerminatedOn = NewDate(2026, time.July, 1) },
			func(e *Engagement) { e.NoticeDays = 60 }, "Notice period", "its last day, 2026-07-01, follows from the 30 days' notice"},
		{"notes under notice", func(s *Engagement) { s.TerminatedOn = NewDate(2026, time.July, 1) },
			func(e *Engagement) { e.Notes = "Overdracht loopt." }, "", ""},
		{"figures once completed", func(s *Engagement) { s.Status = EngagementCompleted }, func(e *Engagement) { e.DayRate = Euros(1500) },
			"Day rate", "engagement 7 is completed; its figures are the record of what ran"},
		{"notes once completed", func(s *Engagement) { s.Status = EngagementCompleted }, func(e *Engagement) { e.Notes = "Goed afgerond." }, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := stored()
			if tc.before != nil {
				tc.before(s)
			}
			e := *s
			tc.edit(&e)
			err := e.CheckEdit(s)
			if tc.field == "" {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			if ErrorCode(err) != EINVALID || ErrorField(err) != tc.field || !strings.Contains(ErrorMessage(err), tc.want) {
				t.Errorf("err = %v (field %q), want field %q and %q", err, ErrorField(err), tc.field, tc.want)
			}
		})
	}
}

func TestEngagementBookingChanged(t *testing.T) {
	s := &Engagement{ManagerID: 5, Start: NewDate(2026, time.June, 1), DaysPerWeek: 4, DayRate: Euros(1250), Role: "CFO"}
	for _, tc := range []struct {
		name string
		edit func(e *Engagement)
		want bool
	}{
		{"role and rate", func(e *Engagement) { e.Role, e.DayRate = "COO", Euros(1300) }, false},
		{"manager", func(e *Engagement) { e.ManagerID = 6 }, true},
		{"start", func(e *Engagement) { e.Start = e.Start.AddDays(-7) }, true},
		{"days per week", func(e *Engagement) { e.DaysPerWeek = 5 }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := *s
			tc.edit(&e)
			if got := e.BookingChanged(s); got != tc.want {
				t.Errorf("BookingChanged = %v, want %v", got, tc.want)
			}
		})
	}
}
