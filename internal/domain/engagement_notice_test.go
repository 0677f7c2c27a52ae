package domain

import (
	"testing"
	"time"
)

func TestEngagementStatusOn(t *testing.T) {
	last := NewDate(2026, time.June, 8)
	for _, tc := range []struct {
		name       string
		status     EngagementStatus
		terminated Date
		day        Date
		want       EngagementStatus
		under      bool
	}{
		{"active, no notice", EngagementActive, Date{}, NewDate(2027, time.January, 1), EngagementActive, false},
		{"under notice before the last day", EngagementActive, last, NewDate(2026, time.June, 7), EngagementActive, true},
		{"the last day itself", EngagementActive, last, last, EngagementActive, true},
		{"the day after the last", EngagementActive, last, NewDate(2026, time.June, 9), EngagementTerminated, false},
		{"planned, notice ran out", EngagementPlanned, last, NewDate(2026, time.July, 1), EngagementTerminated, false},
		{"completed stays completed", EngagementCompleted, Date{}, NewDate(2027, time.January, 1), EngagementCompleted, false},
		{"terminated stays terminated", EngagementTerminated, last, NewDate(2026, time.June, 1), EngagementTerminated, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &Engagement{Status: tc.status, TerminatedOn: tc.terminated}
			if got := e.StatusOn(tc.day); got != tc.want {
				t.Errorf("StatusOn(%s) = %s, want %s", tc.day, got, tc.want)
			}
			if got := e.UnderNotice(tc.day); got != tc.under {
				t.Errorf("UnderNotice(%s) = %v, want %v", tc.day, got, tc.under)
			}
			if got := e.NoticeRanOut(tc.day); got != (tc.want == EngagementTerminated && tc.status.Live()) {
				t.Errorf("NoticeRanOut(%s) = %v", tc.day, got)
			}
		})
	}
}
