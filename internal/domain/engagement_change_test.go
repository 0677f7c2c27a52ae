package domain

import (
	"testing"
	"time"
)

// TestEngagementChanges checks the event and facts each step of an
// engagement's life records, which both stores write as they come.
func TestEngagementChanges(t *testing.T) {
	start, end := NewDate(2026, time.June, 1), NewDate(2026, time.November, 29)
	live := func(s EngagementStatus) *Engagement {
		return &Engagement{ID: 4, Kind: KindInterim, ManagerID: 3, Start: start, End: end, DaysPerWeek: 4,
			DayRate: Euros(1250), NoticeDays: 30, Status: s}
	}
	noticed := live(EngagementActive)
	noticed.TerminatedOn, noticed.EndReason = NewDate(2026, time.September, 30), "Budget cut"
	tests := []struct {
		name   string
		e      *Engagement
		change EngagementChange
		kind   EventKind
		facts  EventFacts
		status EngagementStatus
	}{
		{"started as planned", live(EngagementPlanned), ActivateOn(start), EventActivated, EventFacts{On: start}, EngagementActive},
		{"started a week late", live(EngagementPlanned), ActivateOn(start.AddDays(7)), EventActivated,
			EventFacts{On: start.AddDays(7), Planned: start}, EngagementActive},
		{"ended on its last day", live(EngagementActive), CompleteOn(end), EventCompleted, EventFacts{On: end}, EngagementCompleted},
		{"ended early without notice", live(EngagementActive), CompleteOn(end.AddDays(-9)), EventCompleted,
			EventFacts{On: end.AddDays(-9), Planned: end}, EngagementCompleted},
		{"ended during its notice", noticed, CompleteOn(NewDate(2026, time.September, 15)), EventTerminated,
			EventFacts{On: NewDate(2026, time.September, 15), LastDay: NewDate(2026, time.September, 15), Reason: "Budget cut", DuringNotice: true},
			EngagementTerminated},
		{"notice given", live(EngagementActive), NoticeGiven(NewDate(2026, time.August, 3), "Budget cut", NewDate(2026, time.August, 3)),
			EventNotice, EventFacts{On: NewDate(2026, time.August, 3), NoticeDays: 30, LastDay: NewDate(2026, time.September, 2), Reason: "Budget cut"},
			EngagementActive},
		{"extended", live(EngagementActive), ExtendTo(end.AddDays(28), start.AddDays(60)), EventExtended,
			EventFacts{From: end, To: end.AddDays(28), On: start.AddDays(60)}, EngagementActive},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kind, facts, err := tc.change(tc.e)
			if err != nil {
				t.Fatal(err)
			}
			if kind != tc.kind || facts != tc.facts || tc.e.Status != tc.status {
				t.Errorf("got %s %+v, status %s; want %s %+v, status %s", kind, facts, tc.e.Status, tc.kind, tc.facts, tc.status)
			}
		})
	}
	// A step the engagement's status does not allow records nothing.
	if kind, _, err := ActivateOn(start)(live(EngagementCompleted)); ErrorCode(err) != ECONFLICT || kind != "" {
		t.Errorf("activating a completed engagement: %q, %v", kind, err)
	}
}
