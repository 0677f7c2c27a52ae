package storetest

import (
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// today reads the first screen's records on the clock's day and works out
// its figures, as the desktop and the command line do.
func (e *env) today(t *testing.T) *domain.Today {
	t.Helper()
	on := domain.DateOf(e.clock.Now())
	d, err := e.Today.TodayData(e.ctx, on)
	must(t, err)
	return domain.ComputeToday(d, on)
}

var todayTests = []test{
	{"figures of a small known firm", func(t *testing.T, e *env) {
		acme, zorg := testClient("Acme", 1234567), testClient("", 7654321)
		zorg.LegalName = "Brugse Zorg vzw"
		must(t, e.Clients.CreateClient(e.ctx, acme))
		must(t, e.Clients.CreateClient(e.ctx, zorg))
		an, bo, cy, di := testManager("An Peeters", "an@example.be"), testManager("Bo Janssens", "bo@example.be"),
			testManager("Cy Claes", "cy@example.be"), testManager("Di Maes", "di@example.be")
		for _, m := range []*domain.Manager{an, bo, cy, di} {
			must(t, e.Managers.CreateManager(e.ctx, m))
		}
		d := func(y int, m time.Month, day int) domain.Date { return domain.NewDate(y, m, day) }
		issued := func(p *domain.Proposal, n string, on domain.Date, validity int) *domain.Proposal {
			p.Number, p.Version, p.IssuedOn, p.StatusDate, p.ValidityDays = n, 1, on, on, validity
			return p
		}
		answered := func(p *domain.Proposal, on domain.Date) *domain.Proposal {
			p.Number, p.Version, p.IssuedOn, p.StatusDate = "OFF-X-"+p.Title, 1, on.AddDays(-10), on
			if p.Status == domain.ProposalAccepted {
				p.AcceptedOption = domain.KindInterim
			}
			return p
		}
		// Interim offers at 1,500 euros a day, the manager at 1,100: the
		// value is 1,500 and the margin 400 a day of the offer.
		draft := interimProposal(acme.ID, an.ID, "Groei", d(2026, time.June, 1), 4, 2, domain.ProposalDraft) // 8 days
		expiring := issued(interimProposal(zorg.ID, bo.ID, "Herstructurering", d(2026, time.June, 1), 8, 3, domain.ProposalIssued),
			"OFF-2026-0002", d(2026, time.May, 1), 14) // 24 days, valid until 15 May
		lapsed := issued(interimProposal(acme.ID, 0, "Overname", d(2026, time.April, 1), 2, 5, domain.ProposalIssued),
			"OFF-2026-0001", d(2026, time.March, 1), 30) // 10 days, valid until 31 March
		won := answered(interimProposal(acme.ID, an.ID, "Won", d(2026, time.March, 2), 10, 4, domain.ProposalAccepted), d(2026, time.February, 1))
		old := answered(interimProposal(acme.ID, an.ID, "Old", d(2025, time.May, 1), 10, 4, domain.ProposalAccepted), d(2025, time.April, 1))
		lost := answered(interimProposal(zorg.ID, cy.ID, "Lost", d(2026, time.May, 1), 1, 1, domain.ProposalDeclined), d(2026, time.April, 1))
		for _, p := range []*domain.Proposal{draft, expiring, lapsed, won, old, lost} {
			e.SeedProposal(t, p)
		}
		ending := engagement(acme.ID, an.ID, d(2026, time.March, 2), d(2026, time.May, 31), 2, domain.EngagementActive)
		later := engagement(zorg.ID, bo.ID, d(2026, time.June, 1), d(2026, time.September, 30), 3, domain.EngagementPlanned)
		open := engagement(acme.ID, cy.ID, d(2026, time.January, 5), domain.Date{}, 2, domain.EngagementActive)
		notice := engagement(zorg.ID, di.ID, d(2026, time.January, 5), domain.Date{}, 2, domain.EngagementActive)
		notice.TerminatedOn = d(2026, time.June, 10)
		notice.Role = "CEO ad interim"
		advice := &domain.Engagement{ClientID: zorg.ID, Kind: domain.KindConsulting, Role: "Strategie",
			Start: d(2026, time.April, 1), End: d(2026, time.May, 20), Fee: domain.Euros(20000), Status: domain.EngagementActive}
		done := engagement(acme.ID, cy.ID, d(2025, time.January, 6), d(2025, time.June, 30), 2, domain.EngagementCompleted)
		for _, g := range []*domain.Engagement{ending, later, open, notice, advice, done} {
			e.AddEngagement(t, g)
		}
		got := e.today(t)
		eur := domain.Euros
		want := &domain.Today{
			On: Today,
			ByStatus: []domain.StatusFigures{
				{Status: domain.ProposalDraft, Count: 1, Value: eur(12000), Margin: eur(3200), MarginKnown: 1},
				{Status: domain.ProposalIssued, Count: 2, Value: eur(51000), Margin: eur(13600), MarginKnown: 2},
				{Status: domain.ProposalAccepted, Count: 1, Value: eur(60000), Margin: eur(16000), MarginKnown: 1},
				{Status: domain.ProposalDeclined, Count: 1, Value: eur(1500), Margin: eur(400), MarginKnown: 1},
			},
			Expiring: []domain.ProposalLine{{ID: expiring.ID, Number: "OFF-2026-0002", Title: "Herstructurering",
				Client: "Brugse Zorg vzw", ValidUntil: d(2026, time.May, 15), Value: eur(36000)}},
			Ending: []domain.EngagementLine{
				{ID: advice.ID, Client: "Brugse Zorg vzw", Role: "Strategie", Kind: domain.KindConsulting, End: d(2026, time.May, 20)},
				{ID: ending.ID, Client: "Acme", Manager: "An Peeters", Role: "CFO a.i.", Kind: domain.KindInterim, End: d(2026, time.May, 31)},
				{ID: notice.ID, Client: "Brugse Zorg vzw", Manager: "Di Maes", Role: "CEO ad interim", Kind: domain.KindInterim, End: d(2026, time.June, 10)},
			},
			FreeSoon: []domain.ManagerLine{
				{ID: an.ID, Name: "An Peeters", FreeFrom: d(2026, time.June, 1), Within: 30},
				{ID: di.ID, Name: "Di Maes", FreeFrom: d(2026, time.June, 11), Within: 60},
			},
			WonSince: d(2025, time.May, 10),
			Won:      []domain.WonFigure{{Option: domain.KindInterim, Count: 1, PercentBP: 10000, Value: eur(60000)}},
			WonCount: 1,
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("today\n%+v\nwant\n%+v", got, want)
		}
		// A week on: the offer's validity has run out, the consulting
		// mandate is nearer its end, and the old acceptance still counts.
		e.clock.Advance(7 * 24 * time.Hour)
		got = e.today(t)
		if got.On != Today.AddDays(7) || len(got.Expiring) != 0 || len(got.Ending) != 3 || got.WonCount != 1 {
			t.Errorf("a week on: %+v", got)
		}
	}},
	{"an empty firm has empty lists", func(t *testing.T, e *env) {
		got := e.today(t)
		want := &domain.Today{On: Today, WonSince: Today.AddMonths(-12).AddDays(1), ByStatus: []domain.StatusFigures{},
			Expiring: []domain.ProposalLine{}, Ending: []domain.EngagementLine{}, FreeSoon: []domain.ManagerLine{}, Won: []domain.WonFigure{}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("today on an empty firm\n%+v\nwant\n%+v", got, want)
		}
	}},
}
