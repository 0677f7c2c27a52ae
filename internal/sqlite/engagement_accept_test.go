package sqlite

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// acceptSetup issues proposal a (manager proposed) and returns it with its
// manager's ID.
func acceptSetup(t *testing.T, db *DB) (*domain.Proposal, int64) {
	t.Helper()
	a, _ := issueSetup(t, db)
	_, err := db.IssueProposal(context.Background(), a.ID, testToday)
	must(t, err)
	return a, a.Interim.ManagerID
}

// TestAcceptCopiesTheIssuedVersion accepts a proposal whose live row was
// changed behind the store's back after it was issued: the engagement
// still has the figures of the version the client signed.
func TestAcceptCopiesTheIssuedVersion(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, managerID := acceptSetup(t, db)
	if _, err := db.db.Exec(`UPDATE proposals SET content = json_set(content, '$.interim.day_rate', 99900,
		'$.interim.manager_day_fee', 50000, '$.interim.weeks', 2, '$.interim.role', 'Changed') WHERE id = ?`, a.ID); err != nil {
		t.Fatal(err)
	}
	on := domain.NewDate(2026, time.May, 20)
	e, err := db.AcceptProposal(ctx, a.ID, domain.KindInterim, domain.AcceptOptions{On: on})
	must(t, err)
	want := &domain.Engagement{
		ID: e.ID, ClientID: a.ClientID, ProposalID: a.ID, ProposalVersion: 1, Kind: domain.KindInterim,
		ManagerID: managerID, Role: "CFO a.i.", Start: domain.NewDate(2026, time.June, 1), End: domain.NewDate(2026, time.November, 29),
		DaysPerWeek: 4, DayRate: domain.Euros(1250), ManagerDayFee: domain.Euros(1000),
		NoticeDays: domain.DefaultNoticeDays, Status: domain.EngagementPlanned,
		Rev: 1, CreatedAt: testNow, UpdatedAt: testNow,
	}
	if !reflect.DeepEqual(e, want) {
		t.Errorf("engagement\n%+v\nwant\n%+v", e, want)
	}
	stored, err := db.FindEngagementByID(ctx, e.ID)
	must(t, err)
	if !reflect.DeepEqual(stored, want) {
		t.Errorf("stored\n%+v\nwant\n%+v", stored, want)
	}
	p, err := db.FindProposalByID(ctx, a.ID)
	must(t, err)
	if p.Status != domain.ProposalAccepted || p.StatusDate != on || p.AcceptedOption != domain.KindInterim {
		t.Errorf("proposal %s on %s option %s", p.Status, p.StatusDate, p.AcceptedOption)
	}
	if got := eventsOf(t, db, "engagement", e.ID); !reflect.DeepEqual(got, []string{"accepted"}) {
		t.Errorf("engagement events %q", got)
	}
	if got := eventsOf(t, db, "proposal", a.ID); !reflect.DeepEqual(got, []string{"issued", "accepted"}) {
		t.Errorf("proposal events %q", got)
	}
	// The roster follows: the manager is booked from the start, and
	// never shown as simply available before it.
	m, err := db.FindManagerByID(ctx, managerID)
	must(t, err)
	if m.Status.Availability != domain.BookedFrom || m.Status.From != want.Start {
		t.Errorf("before the start: %+v", m.Status)
	}
	db.Now = func() time.Time { return time.Date(2026, time.June, 2, 9, 0, 0, 0, time.UTC) }
	if m, err = db.FindManagerByID(ctx, managerID); err != nil || m.Status.Availability != domain.OnMandate || m.Status.Until != want.End {
		t.Errorf("after the start: %+v %v", m.Status, err)
	}
}

func TestAcceptConsulting(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, _ := acceptSetup(t, db)
	start := domain.NewDate(2026, time.June, 15)
	e, err := db.AcceptProposal(ctx, a.ID, domain.KindConsulting, domain.AcceptOptions{Start: start, NoticeDays: 14})
	must(t, err)
	if e.Kind != domain.KindConsulting || e.ManagerID != 0 || e.Fee != domain.Euros(30000) || e.Start != start ||
		e.End != domain.NewDate(2026, time.July, 19) || e.DaysPerWeek != 0 || e.NoticeDays != 14 || e.Role != a.Title {
		t.Errorf("consulting engagement %+v", e)
	}
	p, err := db.FindProposalByID(ctx, a.ID)
	must(t, err)
	if p.StatusDate != testToday || p.AcceptedOption != domain.KindConsulting {
		t.Errorf("accepted on %s option %s; want today", p.StatusDate, p.AcceptedOption)
	}
}

func TestAcceptRefusals(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		setup  func(t *testing.T, db *DB, p *domain.Proposal)
		option domain.OfferKind
		opts   domain.AcceptOptions
		code   string
		want   string
	}{
		{"changed after it was issued", func(t *testing.T, db *DB, p *domain.Proposal) {
			cur, err := db.FindProposalByID(ctx, p.ID)
			must(t, err)
			cur.Interim.DayRate = domain.Euros(1400)
			must(t, db.UpdateProposal(ctx, cur))
		}, domain.KindInterim, domain.AcceptOptions{}, domain.ECONFLICT, "issue the new version before recording the client's answer"},
		{"declined", func(t *testing.T, db *DB, p *domain.Proposal) {
			must(t, db.SetProposalStatus(ctx, p.ID, domain.ProposalDeclined, testToday, ""))
		}, domain.KindInterim, domain.AcceptOptions{}, domain.ECONFLICT, "is already declined"},
		{"accepted with the other option", func(t *testing.T, db *DB, p *domain.Proposal) {
			must(t, db.SetProposalStatus(ctx, p.ID, domain.ProposalAccepted, testToday, domain.KindConsulting))
		}, domain.KindInterim, domain.AcceptOptions{}, domain.ECONFLICT, "with the consulting option, not the interim option"},
		{"already an engagement", func(t *testing.T, db *DB, p *domain.Proposal) {
			_, err := db.AcceptProposal(ctx, p.ID, domain.KindInterim, domain.AcceptOptions{})
			must(t, err)
		}, domain.KindInterim, domain.AcceptOptions{}, domain.ECONFLICT, "is engagement 1 already"},
		{"unknown option", nil, "permanent", domain.AcceptOptions{}, domain.EINVALID, "Option:"},
		{"another manager", nil, domain.KindInterim, domain.AcceptOptions{ManagerID: 77}, domain.EINVALID, "Manager: version 1 of OFF-2026-0001 proposes manager"},
		{"capacity", func(t *testing.T, db *DB, p *domain.Proposal) {
			other := testClient("Bolt", 7654321)
			must(t, db.CreateClient(ctx, other))
			book(t, db, other.ID, p.Interim.ManagerID, domain.NewDate(2026, time.July, 1), domain.NewDate(2026, time.September, 30), 2, domain.EngagementPlanned)
		}, domain.KindInterim, domain.AcceptOptions{}, domain.ECONFLICT,
			"Days per week: Gérard Dupont works at most 4 days a week, and from 2026-07-01 this engagement (4 days a week) would come on top of engagement 1, CFO a.i. for Bolt (2026-07-01 to 2026-09-30, 2 days a week): 6 days a week in all."},
		{"override without reason", nil, domain.KindInterim, domain.AcceptOptions{Override: &domain.CapacityOverride{}}, domain.EINVALID, "Override reason: is required."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openTestDB(t)
			p, _ := acceptSetup(t, db)
			if tc.setup != nil {
				tc.setup(t, db, p)
			}
			before, _, err := db.FindEngagements(ctx, domain.EngagementFilter{})
			must(t, err)
			status, err := db.FindProposalByID(ctx, p.ID)
			must(t, err)

			_, err = db.AcceptProposal(ctx, p.ID, tc.option, tc.opts)
			if domain.ErrorCode(err) != tc.code || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v (%s), want %s with %q", err, domain.ErrorCode(err), tc.code, tc.want)
			}
			after, _, err := db.FindEngagements(ctx, domain.EngagementFilter{})
			must(t, err)
			again, err := db.FindProposalByID(ctx, p.ID)
			must(t, err)
			if len(after) != len(before) || again.Status != status.Status || again.Rev != status.Rev {
				t.Errorf("a refused acceptance wrote: %d → %d engagements, proposal %s → %s", len(before), len(after), status.Status, again.Status)
			}
		})
	}
}

// TestAcceptOverride books a manager beyond capacity on purpose: the
// engagement is created and the override, with its reason and the
// conflict, is in the engagement's history.
func TestAcceptOverride(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	p, managerID := acceptSetup(t, db)
	other := testClient("Bolt", 7654321)
	must(t, db.CreateClient(ctx, other))
	book(t, db, other.ID, managerID, domain.NewDate(2026, time.July, 1), domain.NewDate(2026, time.September, 30), 2, domain.EngagementPlanned)

	_, err := db.AcceptProposal(ctx, p.ID, domain.KindInterim, domain.AcceptOptions{})
	var conflict *domain.CapacityConflict
	if !errors.As(err, &conflict) || conflict.Others[0].EngagementID != 1 {
		t.Fatalf("err = %v, want a capacity conflict with engagement 1", err)
	}
	e, err := db.AcceptProposal(ctx, p.ID, domain.KindInterim, domain.AcceptOptions{
		Override: &domain.CapacityOverride{Reason: "Bolt ends early; agreed with the manager."}})
	must(t, err)
	h, err := db.EngagementHistory(ctx, e.ID)
	must(t, err)
	if len(h) != 2 || h[0].What != "accepted" || h[1].What != "capacity override" ||
		!strings.HasPrefix(h[1].Detail, "reason: “Bolt ends early; agreed with the manager.” (the capacity check said: Gérard Dupont works at most 4 days a week,") {
		t.Errorf("history %+v", h)
	}
}

// TestAcceptAfterStatus gives an engagement to a proposal whose acceptance
// was recorded with proposal status alone, keeping that answer's date.
func TestAcceptAfterStatus(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	p, _ := acceptSetup(t, db)
	answered := domain.NewDate(2026, time.May, 12)
	must(t, db.SetProposalStatus(ctx, p.ID, domain.ProposalAccepted, answered, domain.KindInterim))
	e, err := db.AcceptProposal(ctx, p.ID, domain.KindInterim, domain.AcceptOptions{})
	must(t, err)
	again, err := db.FindProposalByID(ctx, p.ID)
	must(t, err)
	if again.StatusDate != answered {
		t.Errorf("status date %s, want %s", again.StatusDate, answered)
	}
	h, err := db.EngagementHistory(ctx, e.ID)
	must(t, err)
	if len(h) != 1 || h[0].Detail != "from OFF-2026-0001 version 1, option interim, accepted on 2026-05-12" {
		t.Errorf("history %+v", h)
	}
}
