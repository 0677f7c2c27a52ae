package domain

import (
	"encoding/json"
	"testing"
	"time"
)

// TestEventFactsSurviveTheStore writes each kind of event, stores its
// facts as JSON as the store does, reads them back and checks the detail
// is the same English sentence: the edge words the facts it reads, not
// the ones it wrote.
func TestEventFactsSurviveTheStore(t *testing.T) {
	d := func(m time.Month, day int) Date { return NewDate(2026, m, day) }
	conflict := &CapacityConflict{Manager: "Gérard Dupont", MaxDays: 4, Day: d(time.July, 1), Days: 4, Total: 6,
		Others: []Commitment{{Booking: Booking{EngagementID: 1, Start: d(time.July, 1), End: d(time.September, 30), DaysPerWeek: 2}, Role: "CFO", Client: "Bolt"}}}
	for _, tc := range []struct {
		kind  EventKind
		facts EventFacts
		want  string
	}{
		{EventAdded, EventFacts{Kind: KindInterim, Status: EngagementPlanned}, "kind interim, status planned"},
		{EventAccepted, EventFacts{Number: "OFF-2026-0001", Version: 2, Option: KindConsulting, On: d(time.May, 12)},
			"from OFF-2026-0001 version 2, option consulting, accepted on 2026-05-12"},
		{EventActivated, EventFacts{On: d(time.June, 4), Planned: d(time.June, 3)}, "started on 2026-06-04 (planned start 2026-06-03)"},
		{EventActivated, EventFacts{On: d(time.June, 3)}, "started on 2026-06-03"},
		{EventCompleted, EventFacts{On: d(time.September, 30), Planned: d(time.December, 31)}, "ended on 2026-09-30, before the planned end 2026-12-31"},
		{EventTerminated, EventFacts{On: d(time.June, 10), LastDay: d(time.June, 10), Reason: "Done.", DuringNotice: true},
			"ended on 2026-06-10 during the notice; last day 2026-06-10; reason: “Done.”"},
		{EventNotice, EventFacts{On: d(time.June, 1), NoticeDays: 30, LastDay: d(time.July, 1), Reason: "Overname."},
			"notice given on 2026-06-01, 30 days; last day 2026-07-01; reason: “Overname.”"},
		{EventExtended, EventFacts{From: d(time.November, 29), To: d(time.December, 31), On: d(time.June, 10)},
			"planned end moved from 2026-11-29 to 2026-12-31, agreed on 2026-06-10"},
		{EventCapacityOverride, EventFacts{Reason: "Bolt ends early.", Check: conflict},
			"reason: “Bolt ends early.” (the capacity check said: " + conflict.Rule(fmtSprintf) + ")"},
		{EventContractReissued, EventFacts{Number: "CTR-2026-0001", Version: 2, On: d(time.May, 9), Language: LangNL, Jurisdiction: JurisdictionBE, SHA256: "ab12"},
			"contract CTR-2026-0001 version 2 dated 2026-05-09 (nl, BE law), PDF sha256 ab12"},
		{EventContractTerms, EventFacts{}, "the contract terms were saved"},
		{EventEdited, EventFacts{Figure: FigureDayRate, FromMoney: Euros(1250), ToMoney: Euros(1300)}, "day rate changed from €1,250.00 to €1,300.00"},
		{EventEdited, EventFacts{Figure: FigureManager, ToN: 3}, "manager set to number 3"},
		{EventEdited, EventFacts{Figure: FigureStart, From: d(time.June, 1), To: d(time.June, 3)}, "start moved from 2026-06-01 to 2026-06-03"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			ev := NewEvent(time.Time{}, tc.kind, tc.facts)
			if ev.Detail != tc.want {
				t.Fatalf("detail %q, want %q", ev.Detail, tc.want)
			}
			data, err := json.Marshal(ev.Facts)
			if err != nil {
				t.Fatal(err)
			}
			read := EngagementEvent{What: tc.kind, Facts: &EventFacts{}}
			if err := json.Unmarshal(data, read.Facts); err != nil {
				t.Fatal(err)
			}
			s, ok := read.Sentence()
			if !ok || s.String() != tc.want {
				t.Errorf("read back from %s: %q, want %q", data, s, tc.want)
			}
		})
	}
}

// An event of an earlier version has no facts: its detail is all there is.
func TestEventWithoutFactsHasNoSentence(t *testing.T) {
	ev := EngagementEvent{What: EventExtended, Detail: "end 2026-09-18 → 2026-10-31"}
	if s, ok := ev.Sentence(); ok {
		t.Errorf("an event without facts has the sentence %q", s)
	}
}

func fmtSprintf(format string, args ...any) string { return Sentence{format, args}.String() }
