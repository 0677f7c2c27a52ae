package sqlite

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestEngagementRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, _ := issueSetup(t, db)
	_, err := db.IssueProposal(ctx, a.ID, testToday)
	must(t, err)

	e := &domain.Engagement{
		ClientID: a.ClientID, ProposalID: a.ID, ProposalVersion: 1, Kind: domain.KindInterim,
		ManagerID: a.Interim.ManagerID, Role: "CFO a.i.",
		Start: domain.NewDate(2026, time.June, 1), End: domain.NewDate(2026, time.November, 30),
		DaysPerWeek: 4, DayRate: domain.Euros(1250), NoticeDays: 30, Notes: "Start na de jaarafsluiting.",
	}
	must(t, db.CreateEngagement(ctx, e))
	if e.ID == 0 || e.Rev != 1 || e.Status != domain.EngagementPlanned || !e.CreatedAt.Equal(testNow) {
		t.Fatalf("after create: %+v", e)
	}
	got, err := db.FindEngagementByID(ctx, e.ID)
	must(t, err)
	if !reflect.DeepEqual(got, e) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, e)
	}

	// Editing changes the role, the notes and the notice period; the
	// status, the end and the termination go through the life cycle.
	got.Role, got.Notes, got.NoticeDays = "CFO ad interim", "Start na de jaarafsluiting van juni.", 45
	must(t, db.UpdateEngagement(ctx, got))
	again, err := db.FindEngagementByID(ctx, e.ID)
	must(t, err)
	if !reflect.DeepEqual(again, got) || again.Rev != 2 {
		t.Errorf("after update\n%+v\nwant\n%+v", again, got)
	}
	ended := *again
	ended.Status, ended.TerminatedOn, ended.EndReason = domain.EngagementTerminated, domain.NewDate(2026, time.August, 31), "Doel bereikt."
	err = db.UpdateEngagement(ctx, &ended)
	wantCode(t, err, domain.EINVALID)
	if f := domain.ErrorField(err); f != "Status" {
		t.Errorf("refused on %q: %v", f, err)
	}
	if now, _ := db.FindEngagementByID(ctx, e.ID); !reflect.DeepEqual(now, again) {
		t.Errorf("a refused edit wrote: %+v", now)
	}
	if want := []string{"added", "edited"}; !reflect.DeepEqual(eventsOf(t, db, "engagement", e.ID), want) {
		t.Errorf("events = %q, want %q", eventsOf(t, db, "engagement", e.ID), want)
	}
	advice := &domain.Engagement{ClientID: a.ClientID, Kind: domain.KindConsulting, Role: "Strategisch plan",
		Start: domain.NewDate(2026, time.June, 1), Fee: domain.Euros(30000), Status: domain.EngagementActive}
	must(t, db.CreateEngagement(ctx, advice))
	got, err = db.FindEngagementByID(ctx, advice.ID)
	must(t, err)
	if !reflect.DeepEqual(got, advice) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, advice)
	}

	_, err = db.FindEngagementByID(ctx, 999)
	wantCode(t, err, domain.ENOTFOUND)
}

func TestEngagementRefusals(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c, m := proposalSetup(t, db)
	base := func() *domain.Engagement {
		return &domain.Engagement{ClientID: c.ID, Kind: domain.KindInterim, ManagerID: m.ID,
			Start: domain.NewDate(2026, time.June, 1), DaysPerWeek: 3, DayRate: domain.Euros(1000)}
	}
	for _, tc := range []struct {
		name  string
		edit  func(e *domain.Engagement)
		field string
	}{
		{"interim without manager", func(e *domain.Engagement) { e.ManagerID = 0 }, "Manager"},
		{"unknown client", func(e *domain.Engagement) { e.ClientID = 999 }, "Client"},
		{"unknown manager", func(e *domain.Engagement) { e.ManagerID = 999 }, "Manager"},
		{"unknown proposal", func(e *domain.Engagement) { e.ProposalID = 999 }, "Proposal"},
		{"version never issued", func(e *domain.Engagement) { e.ProposalVersion = 1 }, "Proposal version"},
		{"end before start", func(e *domain.Engagement) { e.End = domain.NewDate(2026, time.May, 1) }, "End date"},
		{"terminated without date", func(e *domain.Engagement) { e.Status = domain.EngagementTerminated }, "Termination date"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := base()
			tc.edit(e)
			err := db.CreateEngagement(ctx, e)
			wantCode(t, err, domain.EINVALID)
			if f := domain.ErrorField(err); f != tc.field {
				t.Errorf("field = %q, want %q (%v)", f, tc.field, err)
			}
		})
	}
	if _, n, _ := db.FindEngagements(ctx, domain.EngagementFilter{}); n != 0 {
		t.Errorf("%d engagements written", n)
	}

	e := base()
	must(t, db.CreateEngagement(ctx, e))
	stale := *e
	e.DaysPerWeek = 2
	must(t, db.UpdateEngagement(ctx, e))
	wantCode(t, db.UpdateEngagement(ctx, &stale), domain.ECONFLICT)
	ghost := base()
	ghost.ID, ghost.Rev, ghost.Status = 999, 1, domain.EngagementPlanned
	wantCode(t, db.UpdateEngagement(ctx, ghost), domain.ENOTFOUND)
}

func TestFindEngagements(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db) // An booked from 1 May
	other := testClient("Bolt", 7654321)
	must(t, db.CreateClient(ctx, other))
	bo := book(t, db, other.ID, r.bo.ID, domain.NewDate(2026, time.June, 1), domain.Date{}, 2, domain.EngagementPlanned)
	done := book(t, db, r.client.ID, r.bo.ID, domain.NewDate(2025, time.January, 1), domain.NewDate(2025, time.June, 30), 5, domain.EngagementCompleted)
	an, _, err := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: r.an.ID})
	must(t, err)

	ids := func(es []*domain.Engagement) []int64 {
		out := []int64{}
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    domain.EngagementFilter
		want []*domain.Engagement
	}{
		{"latest start first", domain.EngagementFilter{}, []*domain.Engagement{bo, an[0], done}},
		{"client", domain.EngagementFilter{ClientID: r.client.ID}, []*domain.Engagement{an[0], done}},
		{"manager", domain.EngagementFilter{ManagerID: r.bo.ID}, []*domain.Engagement{bo, done}},
		{"status", domain.EngagementFilter{Status: domain.EngagementCompleted}, []*domain.Engagement{done}},
		{"page", domain.EngagementFilter{Page: domain.Page{Offset: 1, Limit: 1}}, []*domain.Engagement{an[0]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, n, err := db.FindEngagements(ctx, tc.f)
			must(t, err)
			if g, w := ids(got), ids(tc.want); !reflect.DeepEqual(g, w) {
				t.Errorf("got %v, want %v", g, w)
			}
			if tc.f.Page == (domain.Page{}) && n != len(tc.want) {
				t.Errorf("total = %d, want %d", n, len(tc.want))
			}
		})
	}
	_, _, err = db.FindEngagements(ctx, domain.EngagementFilter{Status: "paused"})
	wantCode(t, err, domain.EINVALID)
}

// TestBookingsHelper covers the helper later capacity checks build on.
func TestBookingsHelper(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db)
	ended := book(t, db, r.client.ID, r.bo.ID, domain.NewDate(2026, time.April, 1), domain.NewDate(2026, time.December, 31), 2, domain.EngagementActive)
	// Notice given on 8 April for 30 days: active until its last day, 8
	// May, not 31 December.
	db.Now = func() time.Time { return time.Date(2026, time.April, 8, 9, 0, 0, 0, time.UTC) }
	_, err := db.TerminateEngagement(ctx, ended.ID, domain.NewDate(2026, time.April, 8), "De opdracht wordt intern overgenomen.")
	must(t, err)
	db.Now = func() time.Time { return testNow }
	tx, err := db.beginRead(ctx)
	must(t, err)
	defer tx.Rollback()
	for _, tc := range []struct {
		day  domain.Date
		want map[int64]int // manager: days booked
	}{
		{domain.NewDate(2026, time.March, 31), map[int64]int{}},
		{domain.NewDate(2026, time.April, 30), map[int64]int{r.bo.ID: 2}},
		{domain.NewDate(2026, time.May, 1), map[int64]int{r.an.ID: 3, r.bo.ID: 2}},
		{domain.NewDate(2026, time.May, 8), map[int64]int{r.an.ID: 3, r.bo.ID: 2}},
		{domain.NewDate(2026, time.May, 9), map[int64]int{r.an.ID: 3}},
		{domain.NewDate(2026, time.July, 31), map[int64]int{r.an.ID: 3}},
		{domain.NewDate(2026, time.August, 1), map[int64]int{}},
	} {
		bs, err := bookings(ctx, tx, []int64{r.an.ID, r.bo.ID, r.cy.ID}, tc.day)
		must(t, err)
		got := map[int64]int{}
		for id, list := range bs {
			for _, b := range list {
				got[id] += b.DaysPerWeek
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("bookings on %s = %v, want %v", tc.day, got, tc.want)
		}
	}
	if bs, err := bookings(ctx, tx, nil, testToday); err != nil || len(bs) != 0 {
		t.Errorf("bookings of nobody = %v, %v", bs, err)
	}
}
