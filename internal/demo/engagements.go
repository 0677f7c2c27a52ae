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
	// terms are what the contract of an engagement entered by hand says
	// it is about; one from a proposal takes them from the signed version.
	terms domain.ContractTerms
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
			DaysPerWeek: 4, DayRate: domain.Euros(1550), ManagerDayFee: domain.Euros(1250), NoticeDays: 30, Status: domain.EngagementActive,
			Notes: "Standstill with the banks signed in week 6; refinancing talks under way.",
		}},
		{client: "zuivel", proposal: "zuivel-scm", manager: "wouters", startIn: 21, weeks: 16, e: domain.Engagement{
			Kind: domain.KindInterim, Role: "Supply chain director ad interim",
			DaysPerWeek: 3, DayRate: domain.Euros(1150), ManagerDayFee: domain.Euros(950), NoticeDays: 30, Status: domain.EngagementPlanned,
		}},
		{client: "peeters", manager: "devries", startIn: -40, weeks: 13, e: domain.Engagement{
			Kind: domain.KindInterim, Role: "Operationeel directeur ad interim",
			DaysPerWeek: 4, DayRate: domain.Euros(1250), ManagerDayFee: domain.Euros(1000), NoticeDays: 30, Status: domain.EngagementActive,
			Notes: "Entered by hand: the client signed our framework agreement instead of a proposal.",
		}, terms: domain.ContractTerms{
			Assignment:   lines("De productieplanning van de twee bakkerijen samenbrengen", "De leverbetrouwbaarheid naar 98% brengen"),
			ExitCriteria: lines("Eén planning voor beide bakkerijen", "De ploegleiders sturen de productie zelfstandig aan"),
		}},
		{client: "clinique", manager: "claeys", startIn: -300, weeks: 26, e: domain.Engagement{
			Kind: domain.KindInterim, Role: "Directrice RH ad interim",
			DaysPerWeek: 3, DayRate: domain.Euros(1050), ManagerDayFee: domain.Euros(850), NoticeDays: 30, Status: domain.EngagementCompleted,
			Notes: "Social plan agreed with the unions; permanent HR director in place.",
		}, terms: domain.ContractTerms{
			Assignment:   lines("Négocier le plan social avec les organisations syndicales", "Recruter un directeur des ressources humaines permanent"),
			ExitCriteria: lines("Plan social signé par les partenaires sociaux", "Le directeur des ressources humaines permanent est en fonction"),
		}},
		{client: "dekroon", manager: "maes", startIn: -200, weeks: 26, terminatedIn: -90, e: domain.Engagement{
			Kind: domain.KindInterim, Role: "CIO ad interim",
			DaysPerWeek: 4, DayRate: domain.Euros(1300), ManagerDayFee: domain.Euros(1050), NoticeDays: 30, Status: domain.EngagementTerminated,
			EndReason: "The client sold its e-commerce division; the mandate ended by mutual agreement after the notice period.",
		}, terms: domain.ContractTerms{
			Assignment:   lines("De IT-organisatie herschikken na de verkoop van de e-commercedivisie", "De contracten met de leveranciers opnieuw onderhandelen"),
			ExitCriteria: lines("De nieuwe IT-organisatie draait", "Een vaste CIO is aangesteld"),
		}},
		{client: "scheldevallei", startIn: -160, weeks: 7, e: domain.Engagement{
			Kind: domain.KindConsulting, Role: "Doorlichting afvaldienst",
			Fee: domain.Euros(38000), NoticeDays: 14, Status: domain.EngagementCompleted,
			Notes: "Report presented to the board; recommendations adopted.",
		}, terms: domain.ContractTerms{
			Assignment:   "Een doorlichting van de afvaldienst: de organisatie, de kosten en de dienstverlening aan de gemeenten",
			Deliverables: lines("Een rapport met de bevindingen", "Aanbevelingen voor de raad van bestuur"),
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
		if t := seed.terms; t.Assignment != "" {
			t.EngagementID = e.ID
			t.NonSolicitMonths, t.LiabilityCapMonths = domain.DefaultNonSolicitMonths, domain.DefaultLiabilityCapMonths
			if err := l.saveTerms(ctx, &t); err != nil {
				return fmt.Errorf("demo contract terms of %s at %s: %w", e.Role, seed.client, err)
			}
		}
	}
	return nil
}

// termsSaver saves contract terms: the contract service does, and so does
// a store whose engagement service is also its contract service, which is
// how the sample is loaded without a PDF renderer.
type termsSaver interface {
	SaveContractTerms(ctx context.Context, t *domain.ContractTerms) error
}

func (l *loader) saveTerms(ctx context.Context, t *domain.ContractTerms) error {
	if l.s.Contracts != nil {
		return l.s.Contracts.SaveContractTerms(ctx, t)
	}
	if s, ok := l.s.Engagements.(termsSaver); ok {
		return s.SaveContractTerms(ctx, t)
	}
	return nil // a store without contracts has no terms to keep
}
