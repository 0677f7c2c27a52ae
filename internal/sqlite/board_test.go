package sqlite

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestBoard builds a small roster whose board is known, on a real file:
// an active, a planned and an ended engagement, one under notice, an
// issued proposal and a draft (not shown), and a manager with nothing.
func TestBoard(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.SaveFirm(ctx, testFirm()))
	acme, bolt := testClient("Acme", 1_000_001), testClient("Bolt", 1_000_002)
	must(t, db.CreateClient(ctx, acme))
	must(t, db.CreateClient(ctx, bolt))
	var mgr [4]*domain.Manager
	for i, name := range []string{"Ann Aerts", "Bram Bos", "Cas Claes", "Dirk Dams"} {
		mgr[i] = testManager(name, name[:3]+"@example.be")
		must(t, db.CreateManager(ctx, mgr[i]))
	}
	day := func(m time.Month, d int) domain.Date { return domain.NewDate(2026, m, d) }
	add := func(m *domain.Manager, role string, start, end domain.Date) *domain.Engagement {
		t.Helper()
		e := &domain.Engagement{ClientID: acme.ID, Kind: domain.KindInterim, ManagerID: m.ID, Role: role,
			Start: start, End: end, DaysPerWeek: 2, DayRate: domain.Euros(1200), ManagerDayFee: domain.Euros(900), NoticeDays: 30}
		must(t, db.AddEngagement(ctx, e, nil))
		return e
	}
	old := add(mgr[0], "Controller", day(1, 5), day(2, 27)) // before the window
	ended := add(mgr[0], "Auditor", day(3, 2), day(4, 15))
	active := add(mgr[0], "CFO", day(4, 1), day(6, 10))
	planned := add(mgr[0], "CFO", day(7, 1), domain.Date{})
	notice := add(mgr[1], "COO", day(4, 1), day(12, 31))
	for _, e := range []*domain.Engagement{old, ended, active, notice} {
		_, err := db.ActivateEngagement(ctx, e.ID, e.Start)
		must(t, err)
	}
	for _, e := range []*domain.Engagement{old, ended} {
		_, err := db.CompleteEngagement(ctx, e.ID, e.End)
		must(t, err)
	}
	_, err := db.TerminateEngagement(ctx, notice.ID, day(5, 1), "Reorganisation")
	must(t, err)
	issued := testProposal(bolt.ID, mgr[2].ID)
	must(t, db.CreateProposal(ctx, issued))
	_, err = db.IssueProposal(ctx, issued.ID, testToday)
	must(t, err)
	must(t, db.CreateProposal(ctx, testProposal(acme.ID, mgr[2].ID))) // a draft books nobody

	from, to := day(4, 1), day(9, 30)
	rows, total, err := db.Board(ctx, domain.ManagerFilter{}, from, to)
	must(t, err)
	if total != 4 || len(rows) != 4 {
		t.Fatalf("board has %d rows of %d, want 4 of 4", len(rows), total)
	}
	want := [][]domain.BoardBar{
		{
			{Kind: domain.BarEngagement, ID: ended.ID, Client: "Acme", Role: "Auditor", Status: domain.BarEnded, From: day(3, 2), To: day(4, 15), DaysPerWeek: 2},
			{Kind: domain.BarEngagement, ID: active.ID, Client: "Acme", Role: "CFO", Status: domain.BarActive, From: day(4, 1), To: day(6, 10), DaysPerWeek: 2},
			{Kind: domain.BarEngagement, ID: planned.ID, Client: "Acme", Role: "CFO", Status: domain.BarPlanned, From: day(7, 1), DaysPerWeek: 2},
		},
		{{Kind: domain.BarEngagement, ID: notice.ID, Client: "Acme", Role: "COO", Status: domain.BarNotice, From: day(4, 1), To: day(5, 31), DaysPerWeek: 2}},
		// 26 weeks from 1 June: the last day is 29 November.
		{{Kind: domain.BarProposal, ID: issued.ID, Client: "Bolt", Role: "CFO a.i.", Status: domain.BarProposed, From: day(6, 1), To: day(11, 29), DaysPerWeek: 4}},
		nil,
	}
	for i, r := range rows {
		if r.ManagerID != mgr[i].ID || r.Name != mgr[i].Name || r.Headline != "Interim CFO" {
			t.Errorf("row %d is %d %q %q, want %s", i, r.ManagerID, r.Name, r.Headline, mgr[i].Name)
		}
		if !reflect.DeepEqual(r.Bars, want[i]) {
			t.Errorf("%s's bars:\n got %+v\nwant %+v", r.Name, r.Bars, want[i])
		}
	}
	if rows[0].Status.Availability != domain.OnMandate {
		t.Errorf("Ann's status = %+v, want on mandate", rows[0].Status)
	}

	// The roster's filters and pages choose the rows.
	rows, total, err = db.Board(ctx, domain.ManagerFilter{Query: "Bram"}, from, to)
	must(t, err)
	if total != 1 || len(rows) != 1 || rows[0].ManagerID != mgr[1].ID {
		t.Errorf("Bram's board = %d rows of %d: %+v", len(rows), total, rows)
	}
	rows, total, err = db.Board(ctx, domain.ManagerFilter{Page: domain.Page{Offset: 2, Limit: 1}}, from, to)
	must(t, err)
	if total != 4 || len(rows) != 1 || rows[0].ManagerID != mgr[2].ID {
		t.Errorf("page 3 of 1 = %d rows of %d: %+v", len(rows), total, rows)
	}
	// A window before everything shows the rows without bars.
	rows, _, err = db.Board(ctx, domain.ManagerFilter{}, domain.NewDate(2025, 1, 1), domain.NewDate(2025, 3, 31))
	must(t, err)
	for _, r := range rows {
		if len(r.Bars) != 0 {
			t.Errorf("%s has bars in 2025: %+v", r.Name, r.Bars)
		}
	}

	_, _, err = db.Board(ctx, domain.ManagerFilter{}, to, from)
	wantCode(t, err, domain.EINVALID)
	_, _, err = db.Board(ctx, domain.ManagerFilter{MinFreeDays: 9}, from, to)
	wantCode(t, err, domain.EINVALID)
}

// TestFindProposals_byManager lists the proposals naming a manager, for the
// manager's story.
func TestFindProposals_byManager(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	acme := testClient("Acme", 1_000_001)
	must(t, db.CreateClient(ctx, acme))
	ann, bram := testManager("Ann Aerts", "ann@example.be"), testManager("Bram Bos", "bram@example.be")
	must(t, db.CreateManager(ctx, ann))
	must(t, db.CreateManager(ctx, bram))
	p := testProposal(acme.ID, ann.ID)
	must(t, db.CreateProposal(ctx, p))
	must(t, db.CreateProposal(ctx, testProposal(acme.ID, bram.ID)))
	must(t, db.CreateProposal(ctx, testProposal(acme.ID, 0)))
	got, n, err := db.FindProposals(ctx, domain.ProposalFilter{ManagerID: ann.ID})
	must(t, err)
	if n != 1 || len(got) != 1 || got[0].ID != p.ID {
		t.Errorf("Ann's proposals = %d: %+v", n, got)
	}
}
