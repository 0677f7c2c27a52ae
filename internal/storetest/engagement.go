package storetest

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// booked is a client and a manager who works 4 days a week, booked 3 of
// them from 1 June to 31 August 2026.
type booked struct {
	client  *domain.Client
	manager *domain.Manager
	first   *domain.Engagement
}

func newBooked(t *testing.T, e *env) booked {
	t.Helper()
	b := booked{client: testClient("Acme", 1234567), manager: testManager("An Peeters", "an@example.be")}
	must(t, e.Clients.CreateClient(e.ctx, b.client))
	must(t, e.Managers.CreateManager(e.ctx, b.manager))
	b.first = engagement(b.client.ID, b.manager.ID, june1, august31, 3, domain.EngagementPlanned)
	e.AddEngagement(t, b.first)
	return b
}

var (
	june1    = domain.NewDate(2026, time.June, 1)
	august31 = domain.NewDate(2026, time.August, 31)
)

var engagementTests = []test{
	{"round trip", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		if b.first.ID == 0 || b.first.Rev != 1 || !b.first.CreatedAt.Equal(Start) || b.first.Status != domain.EngagementPlanned {
			t.Fatalf("after create: %+v", b.first)
		}
		got, err := e.Engagements.FindEngagementByID(e.ctx, b.first.ID)
		must(t, err)
		if !reflect.DeepEqual(got, b.first) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, b.first)
		}
		// Without a status it is planned; a consulting engagement has no manager.
		c := &domain.Engagement{ClientID: b.client.ID, Kind: domain.KindConsulting, Role: "Diagnose",
			Start: june1, Fee: domain.Euros(18000)}
		must(t, e.Engagements.CreateEngagement(e.ctx, c))
		got, err = e.Engagements.FindEngagementByID(e.ctx, c.ID)
		must(t, err)
		if got.Status != domain.EngagementPlanned || got.ManagerID != 0 || got.ProposalID != 0 || got.Fee != domain.Euros(18000) {
			t.Errorf("consulting engagement read back: %+v", got)
		}
	}},
	{"no such engagement", func(t *testing.T, e *env) {
		_, err := e.Engagements.FindEngagementByID(e.ctx, 999)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, "There is no engagement with number 999; it may have been removed.")
		ghost := engagement(1, 1, june1, domain.Date{}, 1, domain.EngagementPlanned)
		ghost.ID, ghost.Rev = 999, 1
		wantCode(t, e.Engagements.UpdateEngagement(e.ctx, ghost), domain.ENOTFOUND)
	}},
	{"invalid engagement refused, nothing written", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		for _, tc := range []struct {
			edit  func(g *domain.Engagement)
			field string
		}{
			{func(g *domain.Engagement) { g.ClientID = 0 }, "Client"},
			{func(g *domain.Engagement) { g.ClientID = 999 }, "Client"},
			{func(g *domain.Engagement) { g.ManagerID = 0 }, "Manager"},
			{func(g *domain.Engagement) { g.ManagerID = 999 }, "Manager"},
			{func(g *domain.Engagement) { g.ProposalID = 999 }, "Proposal"},
			{func(g *domain.Engagement) { g.Kind = "loan" }, "Kind"},
		} {
			g := engagement(b.client.ID, b.manager.ID, domain.NewDate(2027, time.January, 4), domain.Date{}, 1, domain.EngagementPlanned)
			tc.edit(g)
			err := e.Engagements.CreateEngagement(e.ctx, g)
			wantCode(t, err, domain.EINVALID)
			if f := domain.ErrorField(err); f != tc.field {
				t.Errorf("field = %q, want %q (%v)", f, tc.field, err)
			}
			if g.ID != 0 {
				t.Errorf("refused engagement has ID %d", g.ID)
			}
		}
		g := engagement(999, b.manager.ID, june1, domain.Date{}, 1, domain.EngagementPlanned)
		wantMessage(t, e.Engagements.CreateEngagement(e.ctx, g), "Client: there is no client with number 999; choose another client.")
		wantCode(t, e.Engagements.CreateEngagement(e.ctx, nil), domain.EINVALID)
		wantCode(t, e.Engagements.UpdateEngagement(e.ctx, nil), domain.EINVALID)
		if _, n, err := e.Engagements.FindEngagements(e.ctx, domain.EngagementFilter{}); err != nil || n != 1 {
			t.Errorf("%d engagements (%v), want the first alone", n, err)
		}
	}},
	{"capacity", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		// 3 of 4 days booked: one more fits, two do not.
		over := engagement(b.client.ID, b.manager.ID, domain.NewDate(2026, time.July, 1), domain.Date{}, 2, domain.EngagementPlanned)
		err := e.Engagements.CreateEngagement(e.ctx, over)
		wantCode(t, err, domain.ECONFLICT)
		var conflict *domain.CapacityConflict
		if !errors.As(err, &conflict) {
			t.Fatalf("%v is no *domain.CapacityConflict", err)
		}
		if conflict.Manager != b.manager.Name || conflict.MaxDays != 4 || conflict.Total != 5 ||
			conflict.Day != domain.NewDate(2026, time.July, 1) || len(conflict.Others) != 1 || conflict.Others[0].EngagementID != b.first.ID {
			t.Errorf("conflict %+v", conflict)
		}
		if !strings.HasPrefix(domain.ErrorMessage(err), "Days per week: An Peeters works at most 4 days a week, and from 2026-07-01") {
			t.Errorf("sentence %q", domain.ErrorMessage(err))
		}
		fits := engagement(b.client.ID, b.manager.ID, domain.NewDate(2026, time.July, 1), domain.Date{}, 1, domain.EngagementPlanned)
		must(t, e.Engagements.CreateEngagement(e.ctx, fits))
		// After the first ends, there is room again; a completed
		// engagement books nothing.
		e.AddEngagement(t, engagement(b.client.ID, b.manager.ID, domain.NewDate(2026, time.September, 1), domain.Date{}, 3, domain.EngagementPlanned))
		e.AddEngagement(t, engagement(b.client.ID, b.manager.ID, june1, august31, 4, domain.EngagementCompleted))
	}},
	{"two people book the last free day at once", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		other := e.Again(t)
		for round := range 3 {
			start := domain.NewDate(2027, time.January, 4).AddDays(7 * 8 * round)
			first := engagement(b.client.ID, b.manager.ID, start, start.AddDays(30), 3, domain.EngagementPlanned)
			e.AddEngagement(t, first)
			mine := engagement(b.client.ID, b.manager.ID, start, start.AddDays(30), 1, domain.EngagementPlanned)
			theirs := engagement(b.client.ID, b.manager.ID, start.AddDays(7), start.AddDays(14), 1, domain.EngagementPlanned)
			oneOf(t, together(
				func() error { return e.Engagements.CreateEngagement(e.ctx, mine) },
				func() error { return other.Engagements.CreateEngagement(e.ctx, theirs) },
			), domain.ECONFLICT)
		}
	}},
	{"edit", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		other := e.Again(t)
		mine, err := e.Engagements.FindEngagementByID(e.ctx, b.first.ID)
		must(t, err)
		theirs, err := other.Engagements.FindEngagementByID(e.ctx, b.first.ID)
		must(t, err)
		e.clock.Advance(time.Hour)
		mine.Role, mine.DayRate, mine.Notes = "CFO ad interim", domain.Euros(1300), "Verlengd tarief."
		must(t, e.Engagements.UpdateEngagement(e.ctx, mine))
		if mine.Rev != 2 || !mine.UpdatedAt.Equal(Start.Add(time.Hour)) || !mine.CreatedAt.Equal(Start) {
			t.Errorf("after the edit: rev %d, updated %v, created %v", mine.Rev, mine.UpdatedAt, mine.CreatedAt)
		}
		got, err := e.Engagements.FindEngagementByID(e.ctx, b.first.ID)
		must(t, err)
		if !reflect.DeepEqual(got, mine) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, mine)
		}
		// Saved elsewhere since it was read.
		theirs.Notes = "Te laat."
		err = other.Engagements.UpdateEngagement(e.ctx, theirs)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, "The engagement was changed elsewhere since you opened it; reload it and make your change again.")
		// More days than the manager has: refused, nothing saved.
		mine.DaysPerWeek = 5
		err = e.Engagements.UpdateEngagement(e.ctx, mine)
		wantCode(t, err, domain.ECONFLICT)
		// The end changes through an extension, not an edit.
		mine.DaysPerWeek, mine.End = 3, domain.NewDate(2026, time.December, 31)
		err = e.Engagements.UpdateEngagement(e.ctx, mine)
		wantCode(t, err, domain.EINVALID)
		if f := domain.ErrorField(err); f != "End date" {
			t.Errorf("field %q (%v)", f, err)
		}
		got, err = e.Engagements.FindEngagementByID(e.ctx, b.first.ID)
		must(t, err)
		if got.Rev != 2 || got.DaysPerWeek != 3 || !got.End.Equal(august31) {
			t.Errorf("after refused edits: %+v", got)
		}
	}},
}
