package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The issue's example: Frédéric Dumont, available from 26 December 2026,
// accepts a mandate four days a week from 4 January 2027. On 6 December
// the roster must not show him as simply available from 26 December, and
// a search for managers free on 5 January must say he is booked 4 of 5
// days (and leave him out when two free days are asked).
func TestBookedManagerIsNeverSimplyAvailable(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	db.Now = func() time.Time { return time.Date(2026, time.December, 6, 9, 0, 0, 0, time.UTC) }
	must(t, db.SaveFirm(ctx, testFirm()))
	c := testClient("Brasserie du Sud", 7654321)
	must(t, db.CreateClient(ctx, c))
	fd := testManager("Frédéric Dumont", "frederic@example.be")
	fd.MaxDaysPerWeek, fd.AvailableFrom = 5, domain.NewDate(2026, time.December, 26)
	must(t, db.CreateManager(ctx, fd))
	jan4, jul4 := domain.NewDate(2027, time.January, 4), domain.NewDate(2027, time.July, 4)
	book(t, db, c.ID, fd.ID, jan4, jul4, 4, domain.EngagementPlanned)

	got, err := db.FindManagerByID(ctx, fd.ID)
	must(t, err)
	want := domain.ManagerStatus{Availability: domain.BookedFrom, From: jan4, Until: jul4, DaysBooked: 4, MaxDays: 5}
	if got.Status != want {
		t.Errorf("status today = %+v, want %+v", got.Status, want)
	}

	jan5 := domain.NewDate(2027, time.January, 5)
	list, _, err := db.FindManagers(ctx, domain.ManagerFilter{AvailableOn: jan5})
	must(t, err)
	if len(list) != 1 || list[0].Status.Availability != domain.OnMandate || list[0].Status.FreeDays() != 1 {
		t.Fatalf("free on 5 January: %+v, want him booked 4 of 5 days", list)
	}
	list, _, err = db.FindManagers(ctx, domain.ManagerFilter{AvailableOn: jan5, MinFreeDays: 2})
	must(t, err)
	if len(list) != 0 {
		t.Errorf("two days free on 5 January lists %q", list[0].Name)
	}
}

// An issued proposal that names a manager is shown apart from bookings:
// it books nobody until the client accepts, but the roster says it.
func TestIssuedProposalShownApart(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, _ := issueSetup(t, db) // a names a manager, 4 days a week from 1 June 2026 for 26 weeks
	m, err := db.FindManagerByID(ctx, a.Interim.ManagerID)
	must(t, err)
	if m.Status.ProposedDays != 0 {
		t.Fatalf("a draft counts: %+v", m.Status)
	}
	_, err = db.IssueProposal(ctx, a.ID, testToday)
	must(t, err)
	m, err = db.FindManagerByID(ctx, a.Interim.ManagerID)
	must(t, err)
	st := m.Status
	if st.ProposedDays != 4 || st.ProposedFrom != domain.NewDate(2026, time.June, 1) || st.DaysBooked != 0 {
		t.Errorf("after issue: %+v, want 4 days proposed from 1 June and nothing booked", st)
	}
}
