package domain

import "testing"

// TestComputeToday_edges checks the first screen's windows at their
// edges: the last day inside each counts, the next one does not.
func TestComputeToday_edges(t *testing.T) {
	on := NewDate(2026, 5, 9)
	issued := func(id int64, issuedOn Date, validity int) *Proposal {
		return &Proposal{ID: id, Status: ProposalIssued, IssuedOn: issuedOn, ValidityDays: validity,
			Interim: InterimOffer{Weeks: 1, DaysPerWeek: 1, DayRate: Euros(1000)}}
	}
	running := func(id, manager int64, end Date) *Engagement {
		return &Engagement{ID: id, ManagerID: manager, Kind: KindInterim, Status: EngagementActive, Start: on.AddDays(-30), End: end}
	}
	d := &TodayData{
		Proposals: []*Proposal{
			issued(1, on, 14),            // ends on day 14: in
			issued(2, on, 15),            // day 15: out
			issued(3, on.AddDays(-1), 0), // ended yesterday: out
			{ID: 4, Status: ProposalAccepted, AcceptedOption: KindConsulting, StatusDate: on.AddMonths(-12)},            // 12 months ago to the day: out
			{ID: 5, Status: ProposalAccepted, AcceptedOption: KindConsulting, StatusDate: on.AddMonths(-12).AddDays(1)}, // in
		},
		Engagements: []*Engagement{
			running(1, 10, on),             // ends today: in, free tomorrow (within 30)
			running(2, 11, on.AddDays(42)), // day 42: in
			running(3, 12, on.AddDays(43)), // day 43: out of ending, free on day 44 (within 60)
			running(4, 13, on.AddDays(89)), // free on day 90: within 90
			running(5, 14, on.AddDays(90)), // free on day 91: out
			running(6, 15, on.AddDays(10)), // ends soon, but
			running(7, 15, Date{}),         // the same manager is booked open-ended: not free
			{ID: 8, ManagerID: 16, Status: EngagementActive, End: on.AddDays(60), TerminatedOn: on.AddDays(5)}, // notice given: the termination day counts
			{ID: 9, ManagerID: 17, Status: EngagementCompleted, End: on.AddDays(3)},                            // over: not counted
		},
	}
	got := ComputeToday(d, on)
	if len(got.Expiring) != 1 || got.Expiring[0].ID != 1 {
		t.Errorf("expiring = %+v, want only proposal 1", got.Expiring)
	}
	if got.WonCount != 1 || got.Won[0].Option != KindConsulting || got.Won[0].PercentBP != 10000 {
		t.Errorf("won = %d %+v, want one consulting", got.WonCount, got.Won)
	}
	var ending []int64
	for _, e := range got.Ending {
		ending = append(ending, e.ID)
	}
	if len(ending) != 4 || ending[0] != 1 || ending[1] != 8 || ending[2] != 6 || ending[3] != 2 {
		t.Errorf("ending = %v, want [1 8 6 2]", ending)
	}
	want := map[int64]int{10: 30, 16: 30, 11: 60, 12: 60, 13: 90}
	if len(got.FreeSoon) != len(want) {
		t.Errorf("free soon = %+v, want managers %v", got.FreeSoon, want)
	}
	for _, m := range got.FreeSoon {
		if want[m.ID] != m.Within {
			t.Errorf("manager %d free from %s within %d, want within %d", m.ID, m.FreeFrom, m.Within, want[m.ID])
		}
	}
}
