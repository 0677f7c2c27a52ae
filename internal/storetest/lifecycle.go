package storetest

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The life of an engagement: each step, its refusals word for word, its
// history, and the capacity check of an extension between two people.

// kinds are the kinds of a history, oldest first.
func kinds(t *testing.T, e *env, id int64) []string {
	t.Helper()
	evs, err := e.Lifecycle.EngagementHistory(e.ctx, id)
	must(t, err)
	out := []string{}
	for _, ev := range evs {
		out = append(out, string(ev.What))
	}
	return out
}

// lastEvent is the newest event of engagement id's history.
func lastEvent(t *testing.T, e *env, id int64) domain.EngagementEvent {
	t.Helper()
	evs, err := e.Lifecycle.EngagementHistory(e.ctx, id)
	must(t, err)
	if len(evs) == 0 {
		t.Fatalf("engagement %d has no history", id)
	}
	ev := evs[len(evs)-1]
	if ev.Facts == nil {
		t.Fatalf("event %q has no facts (detail %q)", ev.What, ev.Detail)
	}
	return ev
}

var lifecycleTests = []test{
	{"start, extend, notice and an early end", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		id := b.first.ID
		e.clock.Advance(time.Hour)
		got, err := e.Lifecycle.ActivateEngagement(e.ctx, id, june1)
		must(t, err)
		if got.Status != domain.EngagementActive || got.Rev != 2 || !got.UpdatedAt.Equal(Start.Add(time.Hour)) {
			t.Errorf("after the start: %+v", got)
		}
		_, err = e.Lifecycle.ActivateEngagement(e.ctx, id, june1)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Engagement %d is active; it cannot be started.", id))

		september30 := domain.NewDate(2026, time.September, 30)
		got, err = e.Lifecycle.ExtendEngagement(e.ctx, id, september30, domain.Date{}, nil)
		must(t, err)
		if got.End != september30 || got.Status != domain.EngagementActive {
			t.Errorf("after the extension: %+v", got)
		}
		ev := lastEvent(t, e, id)
		if ev.What != domain.EventExtended || ev.Facts.From != august31 || ev.Facts.To != september30 || ev.Facts.On != Today {
			t.Errorf("extension event %+v, facts %+v", ev, *ev.Facts)
		}
		_, err = e.Lifecycle.ExtendEngagement(e.ctx, id, august31, Today, nil)
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "New end date: 2026-08-31 is not after the current end date 2026-09-30.")

		july1, july31 := domain.NewDate(2026, time.July, 1), domain.NewDate(2026, time.July, 31)
		_, err = e.Lifecycle.TerminateEngagement(e.ctx, id, domain.Date{}, "Budget cut.")
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Notice date: is required: the day notice was given.")
		got, err = e.Lifecycle.TerminateEngagement(e.ctx, id, july1, "Budget cut.")
		must(t, err)
		if got.Status != domain.EngagementActive || got.TerminatedOn != july31 || got.EndReason != "Budget cut." {
			t.Errorf("after notice: %+v", got)
		}
		ev = lastEvent(t, e, id)
		if ev.What != domain.EventNotice || ev.Facts.On != july1 || ev.Facts.LastDay != july31 ||
			ev.Facts.NoticeDays != 30 || ev.Facts.Reason != "Budget cut." {
			t.Errorf("notice event %+v, facts %+v", ev, *ev.Facts)
		}
		_, err = e.Lifecycle.TerminateEngagement(e.ctx, id, july1, "Again.")
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Notice was already given for engagement %d: its last day is 2026-07-31.", id))
		_, err = e.Lifecycle.ExtendEngagement(e.ctx, id, domain.NewDate(2026, time.December, 31), Today, nil)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Notice was given for engagement %d, which ends on 2026-07-31; it cannot be extended.", id))

		// Ended before the notice ran out: that day is the last.
		july15 := domain.NewDate(2026, time.July, 15)
		got, err = e.Lifecycle.CompleteEngagement(e.ctx, id, july15)
		must(t, err)
		if got.Status != domain.EngagementTerminated || got.TerminatedOn != july15 {
			t.Errorf("after the end under notice: %+v", got)
		}
		ev = lastEvent(t, e, id)
		if ev.What != domain.EventTerminated || !ev.Facts.DuringNotice || ev.Facts.LastDay != july15 || ev.Facts.Reason != "Budget cut." {
			t.Errorf("termination event %+v, facts %+v", ev, *ev.Facts)
		}
		_, err = e.Lifecycle.CompleteEngagement(e.ctx, id, july15)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Engagement %d is terminated; it cannot be completed.", id))

		want := []string{"added", "activated", "extended", "notice", "terminated"}
		if got := kinds(t, e, id); !reflect.DeepEqual(got, want) {
			t.Errorf("history %q, want %q", got, want)
		}
		stored, err := e.Engagements.FindEngagementByID(e.ctx, id)
		must(t, err)
		if stored.Status != domain.EngagementTerminated || stored.TerminatedOn != july15 || stored.End != september30 || stored.Rev != 5 {
			t.Errorf("stored: %+v", stored)
		}
	}},
	{"start and end on other days than planned", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		id := b.first.ID
		_, err := e.Lifecycle.CompleteEngagement(e.ctx, id, august31)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Engagement %d has not started yet; record its start first, or give notice to cancel it.", id))
		june3 := domain.NewDate(2026, time.June, 3)
		_, err = e.Lifecycle.ActivateEngagement(e.ctx, id, june3)
		must(t, err)
		ev := lastEvent(t, e, id)
		if ev.What != domain.EventActivated || ev.Facts.On != june3 || ev.Facts.Planned != june1 {
			t.Errorf("start event %+v, facts %+v", ev, *ev.Facts)
		}
		_, err = e.Lifecycle.CompleteEngagement(e.ctx, id, domain.NewDate(2026, time.May, 1))
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "End date: 2026-05-01 is before the start date 2026-06-01.")
		august20 := domain.NewDate(2026, time.August, 20)
		got, err := e.Lifecycle.CompleteEngagement(e.ctx, id, august20)
		must(t, err)
		if got.Status != domain.EngagementCompleted || got.End != august20 {
			t.Errorf("after the end: %+v", got)
		}
		ev = lastEvent(t, e, id)
		if ev.What != domain.EventCompleted || ev.Facts.On != august20 || ev.Facts.Planned != august31 {
			t.Errorf("end event %+v, facts %+v", ev, *ev.Facts)
		}
		_, err = e.Lifecycle.ExtendEngagement(e.ctx, id, domain.NewDate(2026, time.December, 31), Today, nil)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Engagement %d is completed; it cannot be extended.", id))
		// Without a day, the step takes today; an open-ended one cannot be extended.
		open := engagement(b.client.ID, b.manager.ID, Today, domain.Date{}, 1, domain.EngagementPlanned)
		e.AddEngagement(t, open)
		_, err = e.Lifecycle.ActivateEngagement(e.ctx, open.ID, domain.Date{})
		must(t, err)
		if ev := lastEvent(t, e, open.ID); ev.Facts.On != Today || !ev.Facts.Planned.IsZero() {
			t.Errorf("start today: facts %+v", *ev.Facts)
		}
		_, err = e.Lifecycle.ExtendEngagement(e.ctx, open.ID, domain.NewDate(2026, time.December, 31), Today, nil)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Engagement %d has no planned end; there is nothing to extend.", open.ID))
	}},
	{"notice that ran out", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		id := b.first.ID
		_, err := e.Lifecycle.ActivateEngagement(e.ctx, id, june1)
		must(t, err)
		june10 := domain.NewDate(2026, time.June, 10)
		e.clock.Advance(32 * 24 * time.Hour) // 10 June
		_, err = e.Lifecycle.TerminateEngagement(e.ctx, id, june10, "Reorganisation.")
		must(t, err)
		e.clock.Advance(40 * 24 * time.Hour) // 20 July, past the last day
		_, err = e.Lifecycle.ExtendEngagement(e.ctx, id, domain.NewDate(2026, time.December, 31), domain.Date{}, nil)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Engagement %d is terminated; it cannot be extended. Its notice ran out: the last day was 2026-07-10.", id))
		if got := kinds(t, e, id); !reflect.DeepEqual(got, []string{"added", "activated", "notice"}) {
			t.Errorf("history %q", got)
		}
	}},
	{"no such engagement", func(t *testing.T, e *env) {
		want := "There is no engagement with number 999; it may have been removed."
		_, err := e.Lifecycle.ActivateEngagement(e.ctx, 999, june1)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, want)
		_, err = e.Lifecycle.CompleteEngagement(e.ctx, 999, june1)
		wantMessage(t, err, want)
		_, err = e.Lifecycle.TerminateEngagement(e.ctx, 999, june1, "Why not.")
		wantMessage(t, err, want)
		_, err = e.Lifecycle.ExtendEngagement(e.ctx, 999, august31, june1, nil)
		wantMessage(t, err, want)
		_, err = e.Lifecycle.EngagementHistory(e.ctx, 999)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, want)
	}},
	{"an extension beyond capacity, refused or overridden", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		september1 := domain.NewDate(2026, time.September, 1)
		later := engagement(b.client.ID, b.manager.ID, september1, domain.NewDate(2026, time.December, 31), 2, domain.EngagementPlanned)
		e.AddEngagement(t, later)
		to := domain.NewDate(2026, time.September, 30)
		_, err := e.Lifecycle.ExtendEngagement(e.ctx, b.first.ID, to, Today, nil)
		wantCode(t, err, domain.ECONFLICT)
		var conflict *domain.CapacityConflict
		if !errors.As(err, &conflict) || conflict.Day != september1 || conflict.Total != 5 || conflict.MaxDays != 4 {
			t.Fatalf("%v: conflict %+v", err, conflict)
		}
		if !strings.HasPrefix(domain.ErrorMessage(err), "Days per week: An Peeters works at most 4 days a week, and from 2026-09-01") {
			t.Errorf("sentence %q", domain.ErrorMessage(err))
		}
		_, err = e.Lifecycle.ExtendEngagement(e.ctx, b.first.ID, to, Today, &domain.CapacityOverride{Reason: " "})
		wantCode(t, err, domain.EINVALID)
		if got := kinds(t, e, b.first.ID); !reflect.DeepEqual(got, []string{"added"}) {
			t.Errorf("after refusals, history %q", got)
		}
		reason := "Two weeks of overlap for the hand-over."
		got, err := e.Lifecycle.ExtendEngagement(e.ctx, b.first.ID, to, Today, &domain.CapacityOverride{Reason: reason})
		must(t, err)
		if got.End != to {
			t.Errorf("overridden extension: %+v", got)
		}
		if got := kinds(t, e, b.first.ID); !reflect.DeepEqual(got, []string{"added", "extended", "capacity override"}) {
			t.Errorf("history %q", got)
		}
		ev := lastEvent(t, e, b.first.ID)
		if ev.Facts.Reason != reason || ev.Facts.Check == nil || ev.Facts.Check.Manager != "An Peeters" || ev.Facts.Check.Total != 5 {
			t.Errorf("override facts %+v", *ev.Facts)
		}
	}},
	{"two people extend into the manager's last free days at once", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		other := e.Again(t)
		for round := range 3 {
			start := domain.NewDate(2027, time.January, 4).AddDays(7 * 10 * round)
			end, to := start.AddDays(27), start.AddDays(41)
			// Two days each, side by side; a third engagement takes
			// one day after them: one of the two may run on, not both.
			mine := engagement(b.client.ID, b.manager.ID, start, end, 2, domain.EngagementPlanned)
			theirs := engagement(b.client.ID, b.manager.ID, start, end, 2, domain.EngagementPlanned)
			after := engagement(b.client.ID, b.manager.ID, end.AddDays(1), to.AddDays(7), 1, domain.EngagementPlanned)
			e.AddEngagement(t, mine)
			e.AddEngagement(t, theirs)
			e.AddEngagement(t, after)
			errs := together(
				func() error { _, err := e.Lifecycle.ExtendEngagement(e.ctx, mine.ID, to, Today, nil); return err },
				func() error { _, err := other.Lifecycle.ExtendEngagement(e.ctx, theirs.ID, to, Today, nil); return err },
			)
			oneOf(t, errs, domain.ECONFLICT)
			for _, err := range errs {
				var conflict *domain.CapacityConflict
				if err != nil && !errors.As(err, &conflict) {
					t.Errorf("refused with %v, not the capacity sentence", err)
				}
			}
		}
	}},
}
