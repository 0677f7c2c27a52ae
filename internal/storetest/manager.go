package storetest

import (
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

var managerTests = []test{
	{"round trip", func(t *testing.T, e *env) {
		m := testManager("Gérard Dupont", "gerard@dupont.example")
		m.Skills = append(m.Skills, " finance ") // a duplicate Normalize drops
		must(t, e.Managers.CreateManager(e.ctx, m))
		if m.ID == 0 || m.Rev != 1 || !m.CreatedAt.Equal(Start) {
			t.Fatalf("after create: ID %d Rev %d CreatedAt %v", m.ID, m.Rev, m.CreatedAt)
		}
		if want := []string{"Finance", "Turnaround", "M&A"}; !reflect.DeepEqual(m.Skills, want) {
			t.Errorf("Skills = %q, want %q", m.Skills, want)
		}
		if m.Status.Availability != domain.Available {
			t.Errorf("Status = %+v, want available", m.Status)
		}
		got, err := e.Managers.FindManagerByID(e.ctx, m.ID)
		must(t, err)
		if !reflect.DeepEqual(got, m) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, m)
		}
		// Empty lists stay empty lists, and a zero date stays zero.
		e.clock.Advance(time.Hour)
		got.Skills, got.Sectors, got.Languages, got.AvailableFrom = nil, nil, nil, domain.Date{}
		must(t, e.Managers.UpdateManager(e.ctx, got))
		again, err := e.Managers.FindManagerByID(e.ctx, m.ID)
		must(t, err)
		if len(again.Skills)+len(again.Sectors)+len(again.Languages) != 0 || !again.AvailableFrom.IsZero() || again.Rev != 2 ||
			!again.UpdatedAt.Equal(Start.Add(time.Hour)) || !again.CreatedAt.Equal(Start) {
			t.Errorf("after clearing: %+v", again)
		}
		sectors, err := e.Managers.Sectors(e.ctx)
		must(t, err)
		if len(sectors) != 0 {
			t.Errorf("Sectors after clearing = %q", sectors)
		}
	}},
	{"no such manager", func(t *testing.T, e *env) {
		_, err := e.Managers.FindManagerByID(e.ctx, 999)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, "There is no manager with number 999; it may have been removed.")
		ghost := testManager("Ghost", "")
		ghost.ID, ghost.Rev = 999, 1
		wantCode(t, e.Managers.UpdateManager(e.ctx, ghost), domain.ENOTFOUND)
		wantCode(t, e.Managers.SetManagerActive(e.ctx, 999, false), domain.ENOTFOUND)
	}},
	{"invalid manager refused, nothing written", func(t *testing.T, e *env) {
		for _, tc := range []struct {
			edit  func(m *domain.Manager)
			field string
		}{
			{func(m *domain.Manager) { m.Name = "" }, "Name"},
			{func(m *domain.Manager) { m.Email = "an@" }, "E-mail"},
			{func(m *domain.Manager) { m.Languages = []string{"Dutch"} }, "Languages"},
			{func(m *domain.Manager) { m.DayRate = -1 }, "Day rate"},
			{func(m *domain.Manager) { m.MaxDaysPerWeek = 6 }, "Days per week"},
		} {
			m := testManager("An", "an@example.be")
			tc.edit(m)
			err := e.Managers.CreateManager(e.ctx, m)
			wantCode(t, err, domain.EINVALID)
			if f := domain.ErrorField(err); f != tc.field {
				t.Errorf("field = %q, want %q (%v)", f, tc.field, err)
			}
		}
		wantCode(t, e.Managers.CreateManager(e.ctx, nil), domain.EINVALID)
		wantCode(t, e.Managers.UpdateManager(e.ctx, nil), domain.EINVALID)
		if _, n, _ := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{IncludeInactive: true}); n != 0 {
			t.Errorf("%d managers written", n)
		}
	}},
	{"an e-mail address belongs to one manager, whatever its capitals", func(t *testing.T, e *env) {
		must(t, e.Managers.CreateManager(e.ctx, testManager("An Peeters", "an@example.be")))
		must(t, e.Managers.CreateManager(e.ctx, testManager("No Mail 1", "")))
		must(t, e.Managers.CreateManager(e.ctx, testManager("No Mail 2", "")))

		err := e.Managers.CreateManager(e.ctx, testManager("Another An", "AN@Example.be"))
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, `E-mail: AN@Example.be is already the address of manager "An Peeters"; every manager needs an address of their own.`)
		if f := domain.ErrorField(err); f != "E-mail" {
			t.Errorf("field = %q", f)
		}
		bo := testManager("Bo", "bo@example.be")
		must(t, e.Managers.CreateManager(e.ctx, bo))
		bo.Email = "an@EXAMPLE.be"
		wantCode(t, e.Managers.UpdateManager(e.ctx, bo), domain.ECONFLICT)
		// Its own address, in other capitals, is no conflict.
		bo.Email = "BO@example.be"
		must(t, e.Managers.UpdateManager(e.ctx, bo))
	}},
	{"same e-mail saved twice at once", func(t *testing.T, e *env) {
		other := e.Again(t)
		oneOf(t, together(
			func() error { return e.Managers.CreateManager(e.ctx, testManager("An", "an@example.be")) },
			func() error { return other.Managers.CreateManager(e.ctx, testManager("An Bis", "AN@example.be")) },
		), domain.ECONFLICT)
	}},
	{"changed elsewhere since it was read", func(t *testing.T, e *env) {
		m := testManager("An", "an@example.be")
		must(t, e.Managers.CreateManager(e.ctx, m))
		other := e.Again(t)
		mine, err := e.Managers.FindManagerByID(e.ctx, m.ID)
		must(t, err)
		theirs, err := other.Managers.FindManagerByID(e.ctx, m.ID)
		must(t, err)
		theirs.DayRate = domain.Euros(1400)
		must(t, other.Managers.UpdateManager(e.ctx, theirs))

		mine.DayRate = domain.Euros(900)
		err = e.Managers.UpdateManager(e.ctx, mine)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, `Manager "An" was changed elsewhere since you opened it; reload it and make your change again.`)
		got, err := e.Managers.FindManagerByID(e.ctx, m.ID)
		must(t, err)
		if got.DayRate != domain.Euros(1400) {
			t.Errorf("day rate = %v, the stale save went through", got.DayRate)
		}
	}},
	{"two saves of one revision at once", func(t *testing.T, e *env) {
		m := testManager("An", "an@example.be")
		must(t, e.Managers.CreateManager(e.ctx, m))
		other := e.Again(t)
		a, b := *m, *m
		a.City, b.City = "Brugge", "Leuven"
		oneOf(t, together(
			func() error { return e.Managers.UpdateManager(e.ctx, &a) },
			func() error { return other.Managers.UpdateManager(e.ctx, &b) },
		), domain.ECONFLICT)
	}},
	{"active and inactive", func(t *testing.T, e *env) {
		m := testManager("An", "an@example.be")
		must(t, e.Managers.CreateManager(e.ctx, m))
		must(t, e.Managers.SetManagerActive(e.ctx, m.ID, false))
		got, err := e.Managers.FindManagerByID(e.ctx, m.ID)
		must(t, err)
		if got.Active || got.Status.Availability != domain.Inactive || got.Rev != 2 {
			t.Errorf("after deactivating: active %v status %+v rev %d", got.Active, got.Status, got.Rev)
		}
		if _, n, _ := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{}); n != 0 {
			t.Error("inactive manager on the roster")
		}
		if _, n, _ := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{IncludeInactive: true}); n != 1 {
			t.Error("inactive manager missing with IncludeInactive")
		}
		// Switching counts as a change: an edit read before it is stale.
		m.City = "Leuven"
		wantCode(t, e.Managers.UpdateManager(e.ctx, m), domain.ECONFLICT)
		must(t, e.Managers.SetManagerActive(e.ctx, m.ID, true))
		got, err = e.Managers.FindManagerByID(e.ctx, m.ID)
		must(t, err)
		if !got.Active || got.Status.Availability != domain.Available || got.Rev != 3 {
			t.Errorf("after activating: active %v status %+v rev %d", got.Active, got.Status, got.Rev)
		}
	}},
	{"status comes from engagements", func(t *testing.T, e *env) {
		r := newRoster(t, e)
		// A second, open-ended engagement of An that starts before today,
		// and engagements that must not count: completed, terminated
		// before today, and planned to start later but over before the
		// manager is available anyway.
		e.AddEngagement(t, engagement(r.client.ID, r.an.ID, domain.NewDate(2026, time.April, 1), domain.Date{}, 1, domain.EngagementPlanned))
		e.AddEngagement(t, engagement(r.client.ID, r.bo.ID, domain.NewDate(2026, time.January, 1), domain.NewDate(2026, time.December, 31), 2, domain.EngagementCompleted))
		e.AddEngagement(t, engagement(r.client.ID, r.bo.ID, domain.NewDate(2026, time.January, 1), domain.NewDate(2026, time.December, 31), 2, domain.EngagementTerminated))
		e.AddEngagement(t, engagement(r.client.ID, r.cy.ID, domain.NewDate(2026, time.June, 1), domain.NewDate(2026, time.June, 30), 2, domain.EngagementPlanned))

		list, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{IncludeInactive: true})
		must(t, err)
		got := map[string]domain.ManagerStatus{}
		for _, m := range list {
			got[m.Name] = m.Status
		}
		want := map[string]domain.ManagerStatus{
			r.an.Name: {Availability: domain.OnMandate, Until: domain.NewDate(2026, time.July, 31), DaysBooked: 4, MaxDays: 4},
			r.bo.Name: {Availability: domain.Available, MaxDays: 5},
			r.cy.Name: {Availability: domain.AvailableFrom, Until: r.cy.AvailableFrom, MaxDays: 4},
			r.di.Name: {Availability: domain.Inactive},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("statuses\n%+v\nwant\n%+v", got, want)
		}
		one, err := e.Managers.FindManagerByID(e.ctx, r.an.ID)
		must(t, err)
		if one.Status != want[r.an.Name] {
			t.Errorf("FindManagerByID status = %+v", one.Status)
		}
	}},
	{"sectors", func(t *testing.T, e *env) {
		newRoster(t, e)
		got, err := e.Managers.Sectors(e.ctx)
		must(t, err)
		// "Santé" and "sante" are one sector; the inactive manager's counts too.
		if want := []string{"Industrie", "Logistiek", "Retail", "Santé"}; !reflect.DeepEqual(got, want) {
			t.Errorf("Sectors = %q, want %q", got, want)
		}
	}},
}

// roster is four managers and a client, as the SQLite store's tests have
// them: An (CFO, Logistiek/Santé, nl fr en, €1,250, 4 days, booked 3 days
// a week from 1 May to 31 July 2026), Bo (COO, Industrie, nl de, €950, 5
// days), Cy (HR, sante, fr, €1,100, available from 1 September) and Di
// (CEO, Retail, €1,500, inactive).
type roster struct {
	client         *domain.Client
	an, bo, cy, di *domain.Manager
}

func newRoster(t *testing.T, e *env) roster {
	t.Helper()
	r := roster{client: testClient("Acme", 1234567)}
	must(t, e.Clients.CreateClient(e.ctx, r.client))
	r.an = testManager("Gérard Dupont", "gerard@example.be")
	r.bo = testManager("Bo Janssens", "bo@example.be")
	r.bo.Headline, r.bo.Skills, r.bo.Sectors, r.bo.Languages = "Interim COO", []string{"Operations"}, []string{"Industrie"}, []string{"nl", "de"}
	r.bo.DayRate, r.bo.MaxDaysPerWeek, r.bo.CV = domain.Euros(950), 5, "Fabrieken en lean."
	r.cy = testManager("Cy Maes", "cy@example.be")
	r.cy.Headline, r.cy.Sectors, r.cy.Languages, r.cy.CV = "Interim HR director", []string{"sante"}, []string{"fr"}, "HR."
	r.cy.DayRate, r.cy.AvailableFrom = domain.Euros(1100), domain.NewDate(2026, time.September, 1)
	r.di = testManager("Di Wouters", "di@example.be")
	r.di.Headline, r.di.Sectors, r.di.CV, r.di.DayRate, r.di.Active = "Interim CEO", []string{"Retail"}, "Retail.", domain.Euros(1500), false
	for _, m := range []*domain.Manager{r.an, r.bo, r.cy, r.di} {
		must(t, e.Managers.CreateManager(e.ctx, m))
	}
	e.AddEngagement(t, engagement(r.client.ID, r.an.ID, domain.NewDate(2026, time.May, 1), domain.NewDate(2026, time.July, 31), 3, domain.EngagementActive))
	return r
}
