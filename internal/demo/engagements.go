package demo

import (
	"context"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// engagementSeed is a sample engagement. Dates are days from today; weeks
// gives the planned end (start + weeks − 1 day). An engagement from a
// proposal refers to its first issued version, the one the client signed.
type engagementSeed struct {
	client         string
	proposal       string
	manager        string
	startIn, weeks int
	terminatedIn   int // only for a terminated engagement
	e              domain.Engagement
}

func (s engagementSeed) start(today domain.Date) domain.Date { return today.AddDays(s.startIn) }

func (s engagementSeed) end(today domain.Date) domain.Date {
	return today.AddDays(s.startIn + s.weeks*7 - 1)
}

// engagementSeeds cover each status: two mandates running, one about to
// start, one completed, one ended early and a finished consulting study.
func engagementSeeds() []engagementSeed {
	return []engagementSeed{
		{client: "vandewalle", proposal: "vandewalle-cfo", manager: "vandenbossche", startIn: -75, weeks: 26, e: domain.Engagement{
			Kind: domain.KindInterim, Role: "CFO ad interim",
			DaysPerWeek: 4, DayRate: domain.Euros(1550), NoticeDays: 30, Status: domain.EngagementActive,
			Notes: "Standstill with the banks signed in week 6; refinancing talks under way.",
		}},
		{client: "zuivel", proposal: "zuivel-scm", manager: "wouters", startIn: 21, weeks: 16, e: domain.Engagement{
			Kind: domain.KindInterim, Role: "Supply chain director ad interim",
			DaysPerWeek: 3, DayRate: domain.Euros(1150), NoticeDays: 30, Status: domain.EngagementPlanned,
		}},
		{client: "peeters", manager: "devries", startIn: -40, weeks: 13, e: domain.Engagement{
			Kind: domain.KindInterim, Role: "Operationeel directeur ad interim",
			DaysPerWeek: 4, DayRate: domain.Euros(1250), NoticeDays: 30, Status: domain.EngagementActive,
			Notes: "Entered by hand: the client signed our framework agreement instead of a proposal.",
		}},
		{client: "clinique", manager: "claeys", startIn: -300, weeks: 26, e: domain.Engagement{
			Kind: domain.KindInterim, Role: "Directrice RH ad interim",
			DaysPerWeek: 3, DayRate: domain.Euros(1050), NoticeDays: 30, Status: domain.EngagementCompleted,
			Notes: "Social plan agreed with the unions; permanent HR director in place.",
		}},
		{client: "dekroon", manager: "maes", startIn: -200, weeks: 26, terminatedIn: -90, e: domain.Engagement{
			Kind: domain.KindInterim, Role: "CIO ad interim",
			DaysPerWeek: 4, DayRate: domain.Euros(1300), NoticeDays: 30, Status: domain.EngagementTerminated,
			EndReason: "The client sold its e-commerce division; the mandate ended by mutual agreement after the notice period.",
		}},
		{client: "scheldevallei", startIn: -160, weeks: 7, e: domain.Engagement{
			Kind: domain.KindConsulting, Role: "Doorlichting afvaldienst",
			Fee: domain.Euros(38000), Status: domain.EngagementCompleted,
			Notes: "Report presented to the board; recommendations adopted.",
		}},
	}
}

// liveEngagementEnds returns, per manager key, the last day of the planned
// or active sample engagements, so the manager's availability can start
// after it.
func (l *loader) liveEngagementEnds() map[string]domain.Date {
	ends := map[string]domain.Date{}
	for _, s := range engagementSeeds() {
		if s.manager == "" || !s.e.Status.Live() {
			continue
		}
		if end := s.end(l.today); end.After(ends[s.manager]) {
			ends[s.manager] = end
		}
	}
	return ends
}

func (l *loader) loadEngagements(ctx context.Context) error {
	for _, seed := range engagementSeeds() {
		e := seed.e
		var err error
		if e.ClientID, err = l.clientID(seed.client); err != nil {
			return err
		}
		if e.ManagerID, err = l.managerID(seed.manager); err != nil {
			return err
		}
		if e.ProposalID, err = l.proposalID(seed.proposal); err != nil {
			return err
		}
		if e.ProposalID != 0 {
			e.ProposalVersion = 1
		}
		e.Start, e.End = seed.start(l.today), seed.end(l.today)
		if e.Status == domain.EngagementTerminated {
			e.TerminatedOn = l.day(seed.terminatedIn)
		}
		if err := l.s.Engagements.CreateEngagement(ctx, &e); err != nil {
			return fmt.Errorf("demo engagement %s at %s: %w", e.Role, seed.client, err)
		}
	}
	return nil
}
