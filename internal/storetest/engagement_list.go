package storetest

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func engagementIDs(es []*domain.Engagement) []int64 {
	out := []int64{}
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

var engagementListTests = []test{
	{"filters, search and order", func(t *testing.T, e *env) {
		acme, zorg := testClient("Acme", 1234567), testClient("Zorg Brugge", 7654321)
		zorg.LegalName = "Brugse Zorg vzw"
		must(t, e.Clients.CreateClient(e.ctx, acme))
		must(t, e.Clients.CreateClient(e.ctx, zorg))
		an, bo := testManager("An Peeters", "an@example.be"), testManager("bo Janssens", "bo@example.be")
		must(t, e.Managers.CreateManager(e.ctx, an))
		must(t, e.Managers.CreateManager(e.ctx, bo))
		past := engagement(acme.ID, an.ID, domain.NewDate(2025, time.January, 6), domain.NewDate(2025, time.June, 30), 2, domain.EngagementCompleted)
		running := engagement(zorg.ID, bo.ID, domain.NewDate(2026, time.March, 2), domain.Date{}, 3, domain.EngagementActive)
		running.Role = "CEO ad interim"
		coming := engagement(acme.ID, an.ID, domain.NewDate(2026, time.September, 1), domain.Date{}, 2, domain.EngagementPlanned)
		advice := &domain.Engagement{ClientID: zorg.ID, Kind: domain.KindConsulting, Role: "Strategie",
			Start: domain.NewDate(2026, time.April, 1), Fee: domain.Euros(20000)}
		// Notice given: its last day was yesterday, so it reads as terminated today.
		ended := engagement(acme.ID, bo.ID, domain.NewDate(2026, time.January, 5), domain.Date{}, 1, domain.EngagementActive)
		ended.TerminatedOn = Today.AddDays(-1)
		for _, g := range []*domain.Engagement{past, running, coming, advice, ended} {
			e.AddEngagement(t, g)
		}
		ids := func(es ...*domain.Engagement) []int64 { return engagementIDs(es) }
		for _, tc := range []struct {
			name string
			f    domain.EngagementFilter
			want []int64
		}{
			{"latest start first", domain.EngagementFilter{}, ids(coming, advice, running, ended, past)},
			{"client", domain.EngagementFilter{ClientID: zorg.ID}, ids(advice, running)},
			{"manager", domain.EngagementFilter{ManagerID: an.ID}, ids(coming, past)},
			{"status as of today", domain.EngagementFilter{Status: domain.EngagementTerminated}, ids(ended)},
			{"active", domain.EngagementFilter{Status: domain.EngagementActive}, ids(running)},
			{"client's name, any capitals", domain.EngagementFilter{Query: "BRUGSE"}, ids(advice, running)},
			{"trade name", domain.EngagementFilter{Query: "zorg brugge"}, ids(advice, running)},
			{"role", domain.EngagementFilter{Query: "ceo"}, ids(running)},
			{"manager's name", domain.EngagementFilter{Query: "peeters"}, ids(coming, past)},
			{"every word", domain.EngagementFilter{Query: "acme janssens"}, ids(ended)},
			{"LIKE signs are plain", domain.EngagementFilter{Query: "%_"}, ids()},
			{"by client", domain.EngagementFilter{Sort: "client"}, ids(past, coming, ended, running, advice)},
			{"by manager, none first", domain.EngagementFilter{Sort: "manager"}, ids(advice, past, coming, running, ended)},
			{"by manager, none last the other way", domain.EngagementFilter{Sort: "-manager"}, ids(ended, running, coming, past, advice)},
			{"by start", domain.EngagementFilter{Sort: "start"}, ids(past, ended, running, advice, coming)},
			{"page", domain.EngagementFilter{Page: domain.Page{Offset: 1, Limit: 2}}, ids(advice, running)},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, n, err := e.Engagements.FindEngagements(e.ctx, tc.f)
				must(t, err)
				if g := engagementIDs(got); !reflect.DeepEqual(g, tc.want) {
					t.Errorf("got %v, want %v", g, tc.want)
				}
				if tc.f.Page == (domain.Page{}) && n != len(tc.want) {
					t.Errorf("total = %d, want %d", n, len(tc.want))
				}
				if tc.f.Page != (domain.Page{}) && n != 5 {
					t.Errorf("total of a page = %d, want 5", n)
				}
			})
		}
		for _, f := range []domain.EngagementFilter{{Status: "paused"}, {Sort: "rate"}, {Page: domain.Page{Limit: -1}}} {
			_, _, err := e.Engagements.FindEngagements(e.ctx, f)
			wantCode(t, err, domain.EINVALID)
		}
		_, _, err := e.Engagements.FindEngagements(e.ctx, domain.EngagementFilter{Sort: "rate"})
		wantMessage(t, err, fmt.Sprintf("Sort: %q is not a sort order for engagements; use client, manager, kind, start, end or status, each with - before it for the other way.", "rate"))
	}},
}
