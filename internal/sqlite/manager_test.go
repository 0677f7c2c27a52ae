package sqlite

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestManagerRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	m := testManager("Gérard Dupont", "gerard@dupont.example")
	m.Skills = append(m.Skills, " finance ") // a duplicate Normalize drops
	must(t, db.CreateManager(ctx, m))
	if m.ID == 0 || m.Rev != 1 || !m.CreatedAt.Equal(testNow) {
		t.Fatalf("after create: ID %d Rev %d CreatedAt %v", m.ID, m.Rev, m.CreatedAt)
	}
	if want := []string{"Finance", "Turnaround", "M&A"}; !reflect.DeepEqual(m.Skills, want) {
		t.Errorf("Skills = %q, want %q", m.Skills, want)
	}
	if m.Status.Availability != domain.Available {
		t.Errorf("Status = %+v, want available", m.Status)
	}
	got, err := db.FindManagerByID(ctx, m.ID)
	must(t, err)
	if !reflect.DeepEqual(got, m) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, m)
	}

	// Empty lists stay empty lists, and a zero date stays zero.
	got.Skills, got.Sectors, got.Languages, got.AvailableFrom = nil, nil, nil, domain.Date{}
	must(t, db.UpdateManager(ctx, got))
	again, err := db.FindManagerByID(ctx, m.ID)
	must(t, err)
	if len(again.Skills)+len(again.Sectors)+len(again.Languages) != 0 || !again.AvailableFrom.IsZero() || again.Rev != 2 {
		t.Errorf("after clearing: %+v", again)
	}
	sectors, err := db.Sectors(ctx)
	must(t, err)
	if len(sectors) != 0 {
		t.Errorf("Sectors after clearing = %q", sectors)
	}

	_, err = db.FindManagerByID(ctx, 999)
	wantCode(t, err, domain.ENOTFOUND)
}

func TestCreateManagerRefusesInvalid(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	for _, tc := range []struct {
		name  string
		edit  func(m *domain.Manager)
		field string
	}{
		{"no name", func(m *domain.Manager) { m.Name = "" }, "Name"},
		{"e-mail", func(m *domain.Manager) { m.Email = "an@" }, "E-mail"},
		{"language", func(m *domain.Manager) { m.Languages = []string{"Dutch"} }, "Languages"},
		{"rate", func(m *domain.Manager) { m.DayRate = -1 }, "Day rate"},
		{"days", func(m *domain.Manager) { m.MaxDaysPerWeek = 6 }, "Days per week"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := testManager("An", "an@example.be")
			tc.edit(m)
			err := db.CreateManager(ctx, m)
			wantCode(t, err, domain.EINVALID)
			if f := domain.ErrorField(err); f != tc.field {
				t.Errorf("field = %q, want %q (%v)", f, tc.field, err)
			}
		})
	}
	if _, n, _ := db.FindManagers(ctx, domain.ManagerFilter{IncludeInactive: true}); n != 0 {
		t.Errorf("%d managers written", n)
	}
}

func TestManagerEmailIsUniqueIgnoringCase(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.CreateManager(ctx, testManager("An Peeters", "an@example.be")))
	must(t, db.CreateManager(ctx, testManager("No Mail 1", "")))
	must(t, db.CreateManager(ctx, testManager("No Mail 2", "")))

	err := db.CreateManager(ctx, testManager("Another An", "AN@Example.be"))
	wantCode(t, err, domain.ECONFLICT)
	if !strings.Contains(err.Error(), `manager "An Peeters"`) || domain.ErrorField(err) != "E-mail" {
		t.Errorf("conflict = %q, field %q", err, domain.ErrorField(err))
	}

	bo := testManager("Bo", "bo@example.be")
	must(t, db.CreateManager(ctx, bo))
	bo.Email = "an@EXAMPLE.be"
	wantCode(t, db.UpdateManager(ctx, bo), domain.ECONFLICT)
}

func TestUpdateManagerStaleRevConflicts(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	m := testManager("An", "an@example.be")
	must(t, db.CreateManager(ctx, m))
	stale := *m
	m.DayRate = domain.Euros(1400)
	must(t, db.UpdateManager(ctx, m))
	stale.DayRate = domain.Euros(900)
	wantCode(t, db.UpdateManager(ctx, &stale), domain.ECONFLICT)
	got, err := db.FindManagerByID(ctx, m.ID)
	must(t, err)
	if got.DayRate != domain.Euros(1400) {
		t.Errorf("day rate = %v, the stale save went through", got.DayRate)
	}
	ghost := testManager("Ghost", "")
	ghost.ID, ghost.Rev = 999, 1
	wantCode(t, db.UpdateManager(ctx, ghost), domain.ENOTFOUND)
}

func TestSetManagerActive(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	m := testManager("An", "an@example.be")
	must(t, db.CreateManager(ctx, m))
	must(t, db.SetManagerActive(ctx, m.ID, false))
	got, err := db.FindManagerByID(ctx, m.ID)
	must(t, err)
	if got.Active || got.Status.Availability != domain.Inactive || got.Rev != 2 {
		t.Errorf("after deactivating: active %v status %+v rev %d", got.Active, got.Status, got.Rev)
	}
	if _, n, _ := db.FindManagers(ctx, domain.ManagerFilter{}); n != 0 {
		t.Error("inactive manager on the roster")
	}
	if _, n, _ := db.FindManagers(ctx, domain.ManagerFilter{IncludeInactive: true}); n != 1 {
		t.Error("inactive manager missing with IncludeInactive")
	}
	wantCode(t, db.SetManagerActive(ctx, 999, true), domain.ENOTFOUND)
}

// roster is a small roster with one booked manager, for the filter tests.
type roster struct {
	an, bo, cy, di *domain.Manager
	client         *domain.Client
}

func newRoster(t *testing.T, db *DB) roster {
	t.Helper()
	ctx := context.Background()
	r := roster{client: testClient("Acme", 1234567)}
	must(t, db.CreateClient(ctx, r.client))

	r.an = testManager("Gérard Dupont", "gerard@example.be") // CFO, Logistiek/Santé, nl fr en, 1250, 4 days
	r.bo = testManager("Bo Janssens", "bo@example.be")
	r.bo.Headline, r.bo.Skills, r.bo.Sectors, r.bo.Languages = "Interim COO", []string{"Operations"}, []string{"Industrie"}, []string{"nl", "de"}
	r.bo.DayRate, r.bo.MaxDaysPerWeek, r.bo.CV = domain.Euros(950), 5, "Fabrieken en lean."
	r.cy = testManager("Cy Maes", "cy@example.be")
	r.cy.Headline, r.cy.Sectors, r.cy.Languages, r.cy.CV = "Interim HR director", []string{"sante"}, []string{"fr"}, "HR."
	r.cy.DayRate, r.cy.AvailableFrom = domain.Euros(1100), domain.NewDate(2026, time.September, 1)
	r.di = testManager("Di Wouters", "di@example.be")
	r.di.Headline, r.di.Sectors, r.di.CV, r.di.DayRate, r.di.Active = "Interim CEO", []string{"Retail"}, "Retail.", domain.Euros(1500), false
	for _, m := range []*domain.Manager{r.an, r.bo, r.cy, r.di} {
		must(t, db.CreateManager(ctx, m))
	}
	// An is booked 3 days a week from 1 May to 31 July 2026.
	book(t, db, r.client.ID, r.an.ID, domain.NewDate(2026, time.May, 1), domain.NewDate(2026, time.July, 31), 3, domain.EngagementActive)
	return r
}

func book(t *testing.T, db *DB, clientID, managerID int64, start, end domain.Date, days int, status domain.EngagementStatus) *domain.Engagement {
	t.Helper()
	e := &domain.Engagement{
		ClientID: clientID, Kind: domain.KindInterim, ManagerID: managerID, Role: "CFO a.i.",
		Start: start, End: end, DaysPerWeek: days, DayRate: domain.Euros(1250), NoticeDays: 30, Status: status,
	}
	if status == domain.EngagementTerminated {
		e.TerminatedOn = start
	}
	must(t, db.CreateEngagement(context.Background(), e))
	return e
}

func TestFindManagersFilters(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db)
	names := func(ms []*domain.Manager) []string {
		out := []string{}
		for _, m := range ms {
			out = append(out, m.Name)
		}
		return out
	}
	june := domain.NewDate(2026, time.June, 15)
	august := domain.NewDate(2026, time.August, 3)
	for _, tc := range []struct {
		name string
		f    domain.ManagerFilter
		want []*domain.Manager
	}{
		{"active by name", domain.ManagerFilter{}, []*domain.Manager{r.bo, r.cy, r.an}},
		{"with inactive", domain.ManagerFilter{IncludeInactive: true}, []*domain.Manager{r.bo, r.cy, r.di, r.an}},
		{"accent-insensitive name", domain.ManagerFilter{Query: "gerard"}, []*domain.Manager{r.an}},
		{"accent-insensitive CV", domain.ManagerFilter{Query: "geinteresseerd"}, []*domain.Manager{r.an}},
		{"prefix", domain.ManagerFilter{Query: "cf"}, []*domain.Manager{r.an}},
		{"prefix of the last word only", domain.ManagerFilter{Query: "interim co"}, []*domain.Manager{r.bo}},
		{"skills", domain.ManagerFilter{Query: "operations"}, []*domain.Manager{r.bo}},
		{"sector, folded", domain.ManagerFilter{Sector: "SANTE"}, []*domain.Manager{r.cy, r.an}},
		{"sector, accented", domain.ManagerFilter{Sector: "Santé"}, []*domain.Manager{r.cy, r.an}},
		{"language", domain.ManagerFilter{Language: "de"}, []*domain.Manager{r.bo}},
		{"max day rate", domain.ManagerFilter{MaxDayRate: domain.Euros(1100)}, []*domain.Manager{r.bo, r.cy}},
		{"by rate", domain.ManagerFilter{Sort: "rate"}, []*domain.Manager{r.bo, r.cy, r.an}},
		{"by rate descending", domain.ManagerFilter{Sort: "-rate"}, []*domain.Manager{r.an, r.cy, r.bo}},
		{"by availability", domain.ManagerFilter{Sort: "available"}, []*domain.Manager{r.bo, r.an, r.cy}},
		// An has 4 days, 3 booked until 31 July: 1 free day in June.
		{"one free day in June", domain.ManagerFilter{AvailableOn: june}, []*domain.Manager{r.bo, r.an}},
		{"two free days in June", domain.ManagerFilter{AvailableOn: june, MinFreeDays: 2}, []*domain.Manager{r.bo}},
		{"two free days after the mandate", domain.ManagerFilter{AvailableOn: august, MinFreeDays: 2}, []*domain.Manager{r.bo, r.an}},
		{"free today", domain.ManagerFilter{MinFreeDays: 2}, []*domain.Manager{r.bo}},
		{"available in September", domain.ManagerFilter{AvailableOn: domain.NewDate(2026, time.September, 1)}, []*domain.Manager{r.bo, r.cy, r.an}},
		{"availability never includes the inactive", domain.ManagerFilter{AvailableOn: august, IncludeInactive: true}, []*domain.Manager{r.bo, r.an}},
		{"combined", domain.ManagerFilter{Sector: "sante", Language: "fr", MaxDayRate: domain.Euros(1300), AvailableOn: june, Query: "interim"}, []*domain.Manager{r.an}},
		{"page", domain.ManagerFilter{Page: domain.Page{Offset: 1, Limit: 1}}, []*domain.Manager{r.cy}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, n, err := db.FindManagers(ctx, tc.f)
			must(t, err)
			if g, w := names(got), names(tc.want); !reflect.DeepEqual(g, w) {
				t.Errorf("got %q, want %q", g, w)
			}
			if tc.f.Page == (domain.Page{}) && n != len(tc.want) {
				t.Errorf("total = %d, want %d", n, len(tc.want))
			}
		})
	}
	for _, f := range []domain.ManagerFilter{{Sort: "age"}, {MinFreeDays: 6}, {MinFreeDays: -1}, {MaxDayRate: -1}} {
		_, _, err := db.FindManagers(ctx, f)
		wantCode(t, err, domain.EINVALID)
	}
}

func TestManagerStatusComesFromEngagements(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db)
	// A second, open-ended engagement of An that starts before today, and
	// engagements that must not count: completed, terminated before
	// today, and planned to start later but over before the manager is
	// available anyway.
	book(t, db, r.client.ID, r.an.ID, domain.NewDate(2026, time.April, 1), domain.Date{}, 1, domain.EngagementPlanned)
	book(t, db, r.client.ID, r.bo.ID, domain.NewDate(2026, time.January, 1), domain.NewDate(2026, time.December, 31), 2, domain.EngagementCompleted)
	book(t, db, r.client.ID, r.bo.ID, domain.NewDate(2026, time.January, 1), domain.NewDate(2026, time.December, 31), 2, domain.EngagementTerminated)
	book(t, db, r.client.ID, r.cy.ID, domain.NewDate(2026, time.June, 1), domain.NewDate(2026, time.June, 30), 2, domain.EngagementPlanned)

	list, _, err := db.FindManagers(ctx, domain.ManagerFilter{IncludeInactive: true})
	must(t, err)
	got := map[string]domain.ManagerStatus{}
	for _, m := range list {
		got[m.Name] = m.Status
	}
	want := map[string]domain.ManagerStatus{
		r.an.Name: {Availability: domain.OnMandate, Until: domain.NewDate(2026, time.July, 31), DaysBooked: 4, MaxDays: 4},
		r.bo.Name: {Availability: domain.Available, MaxDays: 5},
		r.cy.Name: {Availability: domain.AvailableFrom, Until: r.cy.AvailableFrom, MaxDays: 4}, // not free before the date they gave
		r.di.Name: {Availability: domain.Inactive},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("statuses\n%+v\nwant\n%+v", got, want)
	}
	one, err := db.FindManagerByID(ctx, r.an.ID)
	must(t, err)
	if one.Status != want[r.an.Name] {
		t.Errorf("FindManagerByID status = %+v", one.Status)
	}
}

func TestSectors(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	newRoster(t, db)
	got, err := db.Sectors(ctx)
	must(t, err)
	// "Santé" and "sante" are one sector; the inactive manager's counts too.
	if want := []string{"Industrie", "Logistiek", "Retail", "Santé"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Sectors = %q, want %q", got, want)
	}
}

// TestFindManagersAfterUpdate proves the search index and the tags follow
// an update.
func TestFindManagersAfterUpdate(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	m := testManager("An", "an@example.be")
	must(t, db.CreateManager(ctx, m))
	m.Headline, m.Sectors = "Interim CHRO", []string{"Onderwijs"}
	must(t, db.UpdateManager(ctx, m))
	for _, tc := range []struct {
		f    domain.ManagerFilter
		want int
	}{
		{domain.ManagerFilter{Query: "chro"}, 1},
		{domain.ManagerFilter{Query: "cfo"}, 0},
		{domain.ManagerFilter{Sector: "onderwijs"}, 1},
		{domain.ManagerFilter{Sector: "logistiek"}, 0},
	} {
		if _, n, err := db.FindManagers(ctx, tc.f); err != nil || n != tc.want {
			t.Errorf("%+v: %d matches, %v; want %d", tc.f, n, err, tc.want)
		}
	}
}
