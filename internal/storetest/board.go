package storetest

import (
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

var boardTests = []test{
	{"rows and bars of a window of weeks", func(t *testing.T, e *env) {
		acme, zorg := testClient("Acme", 1234567), testClient("", 7654321)
		zorg.LegalName = "Brugse Zorg vzw" // no trade name: the legal name shows
		must(t, e.Clients.CreateClient(e.ctx, acme))
		must(t, e.Clients.CreateClient(e.ctx, zorg))
		an, bo, cy := testManager("An Peeters", "an@example.be"), testManager("bo Janssens", "bo@example.be"), testManager("Cy Claes", "cy@example.be")
		for _, m := range []*domain.Manager{an, bo, cy} {
			must(t, e.Managers.CreateManager(e.ctx, m))
		}
		d := func(m time.Month, day int) domain.Date { return domain.NewDate(2026, m, day) }
		// The window: Monday 4 May to Sunday 28 June, eight weeks.
		from, to := d(time.May, 4), d(time.June, 28)
		long := engagement(acme.ID, an.ID, domain.NewDate(2025, time.January, 6), domain.NewDate(2025, time.June, 30), 2, domain.EngagementCompleted)
		running := engagement(acme.ID, an.ID, d(time.March, 2), d(time.May, 31), 2, domain.EngagementActive)
		notice := engagement(zorg.ID, bo.ID, d(time.January, 5), domain.Date{}, 2, domain.EngagementActive)
		notice.TerminatedOn = d(time.May, 20)
		notice.Role = "CEO ad interim"
		next := engagement(acme.ID, bo.ID, d(time.June, 1), domain.Date{}, 2, domain.EngagementPlanned)
		after := engagement(acme.ID, bo.ID, d(time.July, 1), d(time.July, 31), 1, domain.EngagementPlanned)
		// Completed yesterday: still on the board, as ended.
		done := engagement(zorg.ID, cy.ID, d(time.February, 2), d(time.May, 8), 1, domain.EngagementCompleted)
		advice := &domain.Engagement{ClientID: zorg.ID, Kind: domain.KindConsulting, Role: "Strategie",
			Start: d(time.April, 1), Fee: domain.Euros(20000)}
		for _, g := range []*domain.Engagement{long, running, notice, next, after, done, advice} {
			e.AddEngagement(t, g)
		}
		// Issued proposals naming a manager are bars too; a draft is not,
		// nor one that starts after the window.
		proposed := interimProposal(zorg.ID, an.ID, "Herstructurering", d(time.June, 15), 8, 3, domain.ProposalIssued)
		proposed.Interim.Role = ""
		proposed.Number, proposed.Version, proposed.IssuedOn, proposed.StatusDate = "OFF-2026-0001", 1, Today, Today
		draft := interimProposal(acme.ID, cy.ID, "Groei", d(time.June, 1), 4, 2, domain.ProposalDraft)
		late := interimProposal(acme.ID, cy.ID, "Later", d(time.July, 6), 4, 2, domain.ProposalIssued)
		late.Number, late.Version, late.IssuedOn, late.StatusDate = "OFF-2026-0002", 1, Today, Today
		for _, p := range []*domain.Proposal{proposed, draft, late} {
			e.SeedProposal(t, p)
		}
		rows, total, err := e.Board.Board(e.ctx, domain.ManagerFilter{}, from, to)
		must(t, err)
		bar := func(id int64, client, role string, st domain.BarStatus, from, to domain.Date, days int) domain.BoardBar {
			return domain.BoardBar{Kind: domain.BarEngagement, ID: id, Client: client, Role: role, Status: st, From: from, To: to, DaysPerWeek: days}
		}
		proposedBar := domain.BoardBar{Kind: domain.BarProposal, ID: proposed.ID, Client: "Brugse Zorg vzw", Role: "Herstructurering",
			Status: domain.BarProposed, From: d(time.June, 15), To: d(time.August, 9), DaysPerWeek: 3}
		want := []domain.BoardRow{
			{ManagerID: an.ID, Name: "An Peeters", Headline: "Interim CFO", Bars: []domain.BoardBar{
				bar(running.ID, "Acme", "CFO a.i.", domain.BarActive, d(time.March, 2), d(time.May, 31), 2), proposedBar}},
			{ManagerID: bo.ID, Name: "bo Janssens", Headline: "Interim CFO", Bars: []domain.BoardBar{
				bar(notice.ID, "Brugse Zorg vzw", "CEO ad interim", domain.BarNotice, d(time.January, 5), d(time.May, 20), 2),
				bar(next.ID, "Acme", "CFO a.i.", domain.BarPlanned, d(time.June, 1), domain.Date{}, 2)}},
			{ManagerID: cy.ID, Name: "Cy Claes", Headline: "Interim CFO", Bars: []domain.BoardBar{
				bar(done.ID, "Brugse Zorg vzw", "CFO a.i.", domain.BarEnded, d(time.February, 2), d(time.May, 8), 1)}},
		}
		// The roster's status today: booked 2 of 4 days until 31 May, with
		// 3 days proposed from 15 June.
		if st := rows[0].Status; st.DaysBooked != 2 || st.Until != d(time.May, 31) || st.ProposedDays != 3 || st.ProposedFrom != d(time.June, 15) {
			t.Errorf("An's status %+v", st)
		}
		for i := range rows {
			rows[i].Status = domain.ManagerStatus{}
		}
		if total != 3 || !reflect.DeepEqual(rows, want) {
			t.Errorf("board (%d managers)\n%+v\nwant\n%+v", total, rows, want)
		}
		// The roster's filter and page: one manager, counted alone.
		rows, total, err = e.Board.Board(e.ctx, domain.ManagerFilter{Query: "janssens"}, from, to)
		must(t, err)
		if total != 1 || len(rows) != 1 || rows[0].ManagerID != bo.ID || len(rows[0].Bars) != 2 {
			t.Errorf("board for janssens: %d managers, %+v", total, rows)
		}
		// A window of one day after the running mandate: only what covers it.
		rows, _, err = e.Board.Board(e.ctx, domain.ManagerFilter{}, d(time.July, 1), d(time.July, 1))
		must(t, err)
		if len(rows) != 3 || len(rows[0].Bars) != 1 || rows[0].Bars[0].ID != proposed.ID ||
			len(rows[1].Bars) != 2 || rows[1].Bars[1].ID != after.ID || rows[2].Bars != nil {
			t.Errorf("board on 1 July: %+v", rows)
		}
	}},
	{"a window that ends before it starts refused", func(t *testing.T, e *env) {
		_, _, err := e.Board.Board(e.ctx, domain.ManagerFilter{}, Today, Today.AddDays(-1))
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Period: the last day must not be before the first.")
		_, _, err = e.Board.Board(e.ctx, domain.ManagerFilter{Sort: "age"}, Today, Today)
		wantCode(t, err, domain.EINVALID)
	}},
}
