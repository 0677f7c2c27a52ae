package sqlite

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// An engagement under notice runs until its last day; the day after, it
// reads as terminated everywhere without anyone recording it: the record,
// the lists and their status filter, the roster, and the steps, which
// refuse it as they refuse a terminated engagement.
func TestNoticeRunsOutOnItsOwn(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db) // An: active, 3 days, 1 May to 31 July
	list, _, err := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: r.an.ID})
	must(t, err)
	id := list[0].ID
	at := func(y int, m time.Month, d int) { // the clock of the desk
		db.Now = func() time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
	}
	at(2026, time.May, 9)
	e, err := db.TerminateEngagement(ctx, id, testToday, "De klant wordt overgenomen.")
	must(t, err)
	last := domain.NewDate(2026, time.June, 8)
	if e.Status != domain.EngagementActive || e.TerminatedOn != last {
		t.Fatalf("under notice: %s, last day %s", e.Status, e.TerminatedOn)
	}

	statusOf := func() (record, listed domain.EngagementStatus, active, terminated int) {
		got, err := db.FindEngagementByID(ctx, id)
		must(t, err)
		all, _, err := db.FindEngagements(ctx, domain.EngagementFilter{})
		must(t, err)
		_, active, err = db.FindEngagements(ctx, domain.EngagementFilter{Status: domain.EngagementActive})
		must(t, err)
		_, terminated, err = db.FindEngagements(ctx, domain.EngagementFilter{Status: domain.EngagementTerminated})
		must(t, err)
		return got.Status, all[0].Status, active, terminated
	}
	for _, tc := range []struct {
		name       string
		day        int // of June
		want       domain.EngagementStatus
		onMandate  bool
		act, termi int
	}{
		{"the day before the last", 7, domain.EngagementActive, true, 1, 0},
		{"the last day", 8, domain.EngagementActive, true, 1, 0},
		{"the day after", 9, domain.EngagementTerminated, false, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at(2026, time.June, tc.day)
			record, listed, act, termi := statusOf()
			if record != tc.want || listed != tc.want || act != tc.act || termi != tc.termi {
				t.Errorf("record %s, list %s, %d active, %d terminated; want %s, %d, %d", record, listed, act, termi, tc.want, tc.act, tc.termi)
			}
			m, err := db.FindManagerByID(ctx, r.an.ID)
			must(t, err)
			if (m.Status.Availability == domain.OnMandate) != tc.onMandate {
				t.Errorf("roster: %+v", m.Status)
			}
		})
	}

	// The day after: every step refuses, saying the notice ran out; an
	// edit of the notes still goes through and keeps the status.
	at(2026, time.June, 9)
	_, err = db.CompleteEngagement(ctx, id, domain.Date{})
	wantCode(t, err, domain.ECONFLICT)
	if want := "Engagement 1 is terminated; it cannot be completed. Its notice ran out: the last day was 2026-06-08."; err.Error() != want {
		t.Errorf("complete: %q\nwant %q", err, want)
	}
	_, err = db.ExtendEngagement(ctx, id, domain.NewDate(2026, time.December, 31), domain.Date{}, nil)
	if domain.ErrorCode(err) != domain.ECONFLICT || !strings.Contains(err.Error(), "Its notice ran out") {
		t.Errorf("extend: %v", err)
	}
	old := list[0] // read in May: active
	old.Rev = e.Rev
	old.Status, old.TerminatedOn, old.EndReason = domain.EngagementActive, last, e.EndReason
	old.Notes = "Overdracht gedaan."
	must(t, db.UpdateEngagement(ctx, old))
	got, err := db.FindEngagementByID(ctx, id)
	must(t, err)
	if got.Status != domain.EngagementTerminated || got.Notes != old.Notes {
		t.Errorf("after the edit: %s, %q", got.Status, got.Notes)
	}
	h, err := db.EngagementHistory(ctx, id)
	must(t, err)
	var whats []string
	for _, ev := range h {
		whats = append(whats, string(ev.What))
	}
	if !reflect.DeepEqual(whats, []string{"added", "notice"}) {
		t.Errorf("history %q: a refused step or a read wrote", whats)
	}
	// The file keeps what the last step recorded.
	var stored string
	must(t, db.db.QueryRow(`SELECT status FROM engagements WHERE id = ?`, id).Scan(&stored))
	if stored != "active" {
		t.Errorf("stored status %q", stored)
	}
}

// Completing an engagement under notice before its last day ends it on
// that day: terminated, and the manager is free after it, not after the
// rest of the notice.
func TestCompleteUnderNoticeEndsThatDay(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db)
	list, _, err := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: r.an.ID})
	must(t, err)
	_, err = db.TerminateEngagement(ctx, list[0].ID, testToday, "De klant wordt overgenomen.") // last day 8 June
	must(t, err)
	e, err := db.CompleteEngagement(ctx, list[0].ID, domain.NewDate(2026, time.May, 29))
	must(t, err)
	if e.Status != domain.EngagementTerminated || e.TerminatedOn != domain.NewDate(2026, time.May, 29) {
		t.Errorf("completed under notice: %s on %s", e.Status, e.TerminatedOn)
	}
	h, err := db.EngagementHistory(ctx, e.ID)
	must(t, err)
	if d := h[len(h)-1].Detail; d != "ended on 2026-05-29 during the notice; last day 2026-05-29; reason: “De klant wordt overgenomen.”" {
		t.Errorf("history %q", d)
	}
}
