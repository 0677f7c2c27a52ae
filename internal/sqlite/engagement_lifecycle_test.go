package sqlite

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestLifecycle walks a mandate from planned to active to notice to
// terminated, each step in the history, and the roster following.
func TestLifecycle(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c, m := proposalSetup(t, db)
	e := &domain.Engagement{ClientID: c.ID, Kind: domain.KindInterim, ManagerID: m.ID, Role: "CFO a.i.",
		Start: domain.NewDate(2026, time.May, 4), End: domain.NewDate(2026, time.October, 30), DaysPerWeek: 4,
		DayRate: domain.Euros(1250), NoticeDays: 30}
	must(t, db.AddEngagement(ctx, e, nil))

	got, err := db.ActivateEngagement(ctx, e.ID, domain.NewDate(2026, time.May, 5))
	must(t, err)
	if got.Status != domain.EngagementActive || got.Rev != 2 {
		t.Errorf("activated: %+v", got)
	}
	_, err = db.ActivateEngagement(ctx, e.ID, domain.Date{})
	wantCode(t, err, domain.ECONFLICT)

	// Notice given today runs 30 days: still active, still booking.
	got, err = db.TerminateEngagement(ctx, e.ID, testToday, "The client merges with a group that has its own CFO.")
	must(t, err)
	if got.Status != domain.EngagementActive || got.TerminatedOn != domain.NewDate(2026, time.June, 8) {
		t.Errorf("under notice: %s until %s", got.Status, got.TerminatedOn)
	}
	mgr, err := db.FindManagerByID(ctx, m.ID)
	must(t, err)
	if mgr.Status.Availability != domain.OnMandate || mgr.Status.Until != domain.NewDate(2026, time.June, 8) {
		t.Errorf("roster during notice: %+v", mgr.Status)
	}
	_, err = db.ExtendEngagement(ctx, e.ID, domain.NewDate(2026, time.December, 31), domain.Date{}, nil)
	wantCode(t, err, domain.ECONFLICT)

	// Recorded at the end: terminated, and the manager is free after it.
	got, err = db.CompleteEngagement(ctx, e.ID, domain.NewDate(2026, time.June, 8))
	must(t, err)
	if got.Status != domain.EngagementTerminated || got.EndReason == "" {
		t.Errorf("after the notice: %+v", got)
	}
	db.Now = func() time.Time { return time.Date(2026, time.June, 9, 9, 0, 0, 0, time.UTC) }
	if mgr, err = db.FindManagerByID(ctx, m.ID); err != nil || mgr.Status.Availability != domain.Available {
		t.Errorf("roster after: %+v %v", mgr.Status, err)
	}

	h, err := db.EngagementHistory(ctx, e.ID)
	must(t, err)
	var whats []string
	for _, ev := range h {
		whats = append(whats, string(ev.What)+": "+ev.Detail)
	}
	want := []string{
		"added: kind interim, status planned",
		"activated: started on 2026-05-05 (planned start 2026-05-04)",
		"notice: notice given on 2026-05-09, 30 days; last day 2026-06-08; reason: “The client merges with a group that has its own CFO.”",
		"terminated: ended on 2026-06-08 during the notice; last day 2026-06-08; reason: “The client merges with a group that has its own CFO.”",
	}
	if !reflect.DeepEqual(whats, want) {
		t.Errorf("history\n%q\nwant\n%q", whats, want)
	}
	_, err = db.EngagementHistory(ctx, 999)
	wantCode(t, err, domain.ENOTFOUND)
}

func TestCompleteAndExtend(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db) // An: 3 days a week, 1 May to 31 July, of 4
	other := testClient("Bolt", 7654321)
	must(t, db.CreateClient(ctx, other))
	an, _, err := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: r.an.ID})
	must(t, err)
	first := an[0]
	// A second mandate of 2 days from 3 August: fits beside the first.
	second := &domain.Engagement{ClientID: other.ID, Kind: domain.KindInterim, ManagerID: r.an.ID, Role: "Board advisor",
		Start: domain.NewDate(2026, time.August, 3), End: domain.NewDate(2026, time.December, 18), DaysPerWeek: 2,
		DayRate: domain.Euros(1250), NoticeDays: 30}
	must(t, db.AddEngagement(ctx, second, nil))

	// Extending the first into the second's months overbooks An.
	_, err = db.ExtendEngagement(ctx, first.ID, domain.NewDate(2026, time.September, 30), domain.Date{}, nil)
	if domain.ErrorCode(err) != domain.ECONFLICT || !strings.Contains(err.Error(), "from 2026-08-03") ||
		!strings.Contains(err.Error(), "engagement 2, Board advisor for Bolt (2026-08-03 to 2026-12-18, 2 days a week)") {
		t.Fatalf("err = %v", err)
	}
	if again, _ := db.FindEngagementByID(ctx, first.ID); again.End != first.End || again.Rev != first.Rev {
		t.Errorf("a refused extension wrote: %+v", again)
	}
	got, err := db.ExtendEngagement(ctx, first.ID, domain.NewDate(2026, time.August, 2), domain.NewDate(2026, time.July, 1), nil)
	must(t, err)
	if got.End != domain.NewDate(2026, time.August, 2) {
		t.Errorf("extended to %s", got.End)
	}
	_, err = db.ExtendEngagement(ctx, first.ID, domain.NewDate(2026, time.September, 30), domain.Date{},
		&domain.CapacityOverride{Reason: "Two weeks of overlap for the hand-over."})
	must(t, err)
	if got := eventsOf(t, db, "engagement", first.ID); !reflect.DeepEqual(got, []string{"added", "extended", "extended", "capacity override"}) {
		t.Errorf("events %q", got)
	}

	// Completed early: the end moves to that day.
	got, err = db.CompleteEngagement(ctx, first.ID, domain.NewDate(2026, time.September, 4))
	must(t, err)
	if got.Status != domain.EngagementCompleted || got.End != domain.NewDate(2026, time.September, 4) {
		t.Errorf("completed: %+v", got)
	}
	_, err = db.CompleteEngagement(ctx, second.ID, domain.Date{})
	wantCode(t, err, domain.ECONFLICT) // planned, never started
	_, err = db.TerminateEngagement(ctx, 999, testToday, "x")
	wantCode(t, err, domain.ENOTFOUND)
}

func TestAddEngagementCapacity(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db)
	e := &domain.Engagement{ClientID: r.client.ID, Kind: domain.KindInterim, ManagerID: r.an.ID,
		Start: domain.NewDate(2026, time.July, 1), DaysPerWeek: 2, DayRate: domain.Euros(1000)}
	err := db.AddEngagement(ctx, e, nil)
	wantCode(t, err, domain.ECONFLICT)
	if e.ID != 0 {
		t.Errorf("refused, yet ID %d", e.ID)
	}
	wantCode(t, db.AddEngagement(ctx, e, &domain.CapacityOverride{Reason: " "}), domain.EINVALID)
	must(t, db.AddEngagement(ctx, e, &domain.CapacityOverride{Reason: "Cover for July only."}))
	if got := eventsOf(t, db, "engagement", e.ID); !reflect.DeepEqual(got, []string{"added", "capacity override"}) {
		t.Errorf("events %q", got)
	}
	// Consulting books no manager: no check.
	advice := &domain.Engagement{ClientID: r.client.ID, Kind: domain.KindConsulting, Start: testToday, Fee: domain.Euros(9000)}
	must(t, db.AddEngagement(ctx, advice, nil))
	wantCode(t, db.AddEngagement(ctx, &domain.Engagement{Kind: domain.KindConsulting}, nil), domain.EINVALID)
}
