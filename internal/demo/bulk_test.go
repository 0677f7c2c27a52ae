package demo_test

import (
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// smallBulk is a generated sample small enough for every test run; the
// large one (demo.Large) is made once for the benchmarks (docs/PERFORMANCE.md).
var smallBulk = demo.Size{Clients: 40, Managers: 300, Proposals: 200, Seed: 7}

func loadBulk(t *testing.T, sz demo.Size) (*sqlite.DB, domain.Services) {
	t.Helper()
	db := openStore(t)
	s := sqlite.NewServices(db, sqlite.Printers{})
	if err := demo.LoadSize(context.Background(), s, today, sz); err != nil {
		t.Fatalf("LoadSize: %v", err)
	}
	if _, err := db.Check(context.Background()); err != nil {
		t.Fatalf("the generated sample fails the database check: %v", err)
	}
	return db, s
}

func TestLoadSizeGeneratesTheSpreads(t *testing.T) {
	ctx := context.Background()
	_, s := loadBulk(t, smallBulk)
	all := domain.Page{Limit: 1000}
	_, nClients, err := s.Clients.FindClients(ctx, domain.ClientFilter{IncludeArchived: true, Page: all})
	if err != nil {
		t.Fatal(err)
	}
	managers, nManagers, err := s.Managers.FindManagers(ctx, domain.ManagerFilter{IncludeInactive: true, Page: all})
	if err != nil {
		t.Fatal(err)
	}
	proposals, nProposals, err := s.Proposals.FindProposals(ctx, domain.ProposalFilter{Page: all})
	if err != nil {
		t.Fatal(err)
	}
	engagements, _, err := s.Engagements.FindEngagements(ctx, domain.EngagementFilter{Page: all})
	if err != nil {
		t.Fatal(err)
	}
	if nClients != smallBulk.Clients || nManagers != smallBulk.Managers || nProposals != smallBulk.Proposals {
		t.Fatalf("%d clients, %d managers, %d proposals; want %+v", nClients, nManagers, nProposals, smallBulk)
	}

	byStatus := map[domain.ProposalStatus]int{}
	accepted := map[int64]*domain.Proposal{}
	for _, p := range proposals {
		byStatus[p.Status]++
		if p.Status == domain.ProposalAccepted {
			accepted[p.ID] = p
		}
	}
	for _, st := range domain.ProposalStatuses {
		if byStatus[st] == 0 {
			t.Errorf("no proposal is %s: %v", st, byStatus)
		}
	}
	if len(engagements) != len(accepted) {
		t.Errorf("%d engagements for %d accepted proposals", len(engagements), len(accepted))
	}
	managerByID := map[int64]*domain.Manager{}
	for _, m := range managers {
		managerByID[m.ID] = m
	}
	byEngagement := map[domain.EngagementStatus]int{}
	perManager := map[int64][]*domain.Engagement{}
	for _, e := range engagements {
		byEngagement[e.Status]++
		p := accepted[e.ProposalID]
		if p == nil || p.Interim.ManagerID != e.ManagerID || p.Interim.Start != e.Start {
			t.Errorf("engagement %d does not follow an accepted proposal with its manager and start", e.ID)
		}
		m := managerByID[e.ManagerID]
		if e.DaysPerWeek > m.MaxDaysPerWeek {
			t.Errorf("engagement %d books %d days of a manager who works %d", e.ID, e.DaysPerWeek, m.MaxDaysPerWeek)
		}
		if e.Status.Live() && !m.AvailableFrom.After(e.Booking().End) {
			t.Errorf("manager %d is available from %s while engagement %d runs until %s", m.ID, m.AvailableFrom, e.ID, e.Booking().End)
		}
		for _, o := range perManager[e.ManagerID] {
			if !o.Booking().End.Before(e.Start) && !e.Booking().End.Before(o.Start) {
				t.Errorf("engagements %d and %d book manager %d at the same time", o.ID, e.ID, e.ManagerID)
			}
		}
		perManager[e.ManagerID] = append(perManager[e.ManagerID], e)
	}
	for _, st := range domain.EngagementStatuses {
		if byEngagement[st] == 0 {
			t.Errorf("no engagement is %s: %v", st, byEngagement)
		}
	}
}

// The generated proposals and contracts pass the check that stands before
// issuing and printing, in their own language, as of the day they were
// issued (or, for a draft and a contract, today).
func TestLoadSizePassesTheCheck(t *testing.T) {
	ctx := context.Background()
	_, s := loadBulk(t, smallBulk)
	proposals, _, err := s.Proposals.FindProposals(ctx, domain.ProposalFilter{Page: domain.Page{Limit: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range proposals {
		day := today
		if !p.IssuedOn.IsZero() {
			day = p.IssuedOn
		}
		doc, err := s.Proposals.ProposalDocument(ctx, p.ID, day, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, pr := range domain.CheckProposal(doc, day) {
			t.Errorf("proposal %d %q on %s: %s (blocks %v)", p.ID, p.Title, day, pr.Err.Message, pr.Blocks)
		}
		if vs, err := s.Proposals.ProposalVersions(ctx, p.ID); err != nil {
			t.Fatal(err)
		} else if p.Status != domain.ProposalDraft && len(vs) != 1 {
			t.Errorf("proposal %d (%s) has %d versions", p.ID, p.Status, len(vs))
		}
	}
	engagements, _, err := s.Engagements.FindEngagements(ctx, domain.EngagementFilter{Page: domain.Page{Limit: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range engagements {
		doc, err := s.Contracts.ContractDocument(ctx, e.ID, today)
		if err != nil {
			t.Fatal(err)
		}
		for _, pr := range domain.CheckContract(doc) {
			t.Errorf("contract of engagement %d in %s: %s (blocks %v)", e.ID, doc.Lang, pr.Err.Message, pr.Blocks)
		}
	}
}
