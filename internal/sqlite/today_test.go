package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestTodayFigures builds a small firm whose first screen is known and
// checks every figure through the store and the domain's computation.
func TestTodayFigures(t *testing.T) {
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

	// A draft: interim recommended, 26 weeks × 4 days at 1 250 (fee 1 000).
	draft := testProposal(acme.ID, mgr[0].ID)
	must(t, db.CreateProposal(ctx, draft))
	// Issued 20 days ago, valid 30 days: ends in 10 days.
	soon := testProposal(bolt.ID, mgr[1].ID)
	soon.Title, soon.ValidityDays = "Soon over", 30
	must(t, db.CreateProposal(ctx, soon))
	_, err := db.IssueProposal(ctx, soon.ID, testToday.AddDays(-20))
	must(t, err)
	// Issued long ago, still valid beyond 14 days: not expiring.
	later := testProposal(acme.ID, 0)
	later.Title, later.ValidityDays = "Later", 60
	must(t, db.CreateProposal(ctx, later))
	_, err = db.IssueProposal(ctx, later.ID, testToday.AddDays(-10))
	must(t, err)
	// Won: one interim, two consulting within 12 months; one consulting
	// won 13 months ago, not counted.
	answer := func(title string, issued, on domain.Date, s domain.ProposalStatus, k domain.OfferKind) {
		t.Helper()
		p := testProposal(bolt.ID, 0)
		p.Title = title
		must(t, db.CreateProposal(ctx, p))
		_, err := db.IssueProposal(ctx, p.ID, issued)
		must(t, err)
		must(t, db.SetProposalStatus(ctx, p.ID, s, on, k))
	}
	answer("Won interim", day(3, 1), day(3, 10), domain.ProposalAccepted, domain.KindInterim)
	answer("Won consulting", day(4, 1), day(4, 10), domain.ProposalAccepted, domain.KindConsulting)
	answer("Won consulting 2", domain.NewDate(2025, 6, 1), domain.NewDate(2025, 6, 10), domain.ProposalAccepted, domain.KindConsulting)
	answer("Too old", domain.NewDate(2025, 3, 1), domain.NewDate(2025, 4, 8), domain.ProposalAccepted, domain.KindConsulting)
	answer("Declined", day(4, 1), day(4, 20), domain.ProposalDeclined, "")

	// Engagements: Ann ends 10 June (free in 33 days), Bram ends 31 May
	// (free in 23 days); Cas ends 30 June but has an open-ended one too;
	// Dirk ends 30 September (free beyond 90 days).
	add := func(m *domain.Manager, role string, start, end domain.Date) *domain.Engagement {
		t.Helper()
		e := &domain.Engagement{ClientID: acme.ID, Kind: domain.KindInterim, ManagerID: m.ID, Role: role,
			Start: start, End: end, DaysPerWeek: 2, DayRate: domain.Euros(1200), ManagerDayFee: domain.Euros(900)}
		must(t, db.AddEngagement(ctx, e, nil))
		return e
	}
	ann := add(mgr[0], "CFO", day(4, 1), day(6, 10))
	bram := add(mgr[1], "COO", day(5, 1), day(5, 31))
	add(mgr[2], "CEO", day(4, 1), day(6, 30))
	add(mgr[2], "CTO", day(4, 1), domain.Date{})
	add(mgr[3], "CHRO", day(4, 1), day(9, 30))

	data, err := db.TodayData(ctx, testToday)
	must(t, err)
	got := domain.ComputeToday(data, testToday)

	interimValue, interimMargin := domain.Euros(130_000), domain.Euros(26_000)
	wantStatus := []domain.StatusFigures{
		{Status: domain.ProposalDraft, Count: 1, Value: interimValue, Margin: interimMargin, MarginKnown: 1},
		{Status: domain.ProposalIssued, Count: 2, Value: 2 * interimValue, Margin: 2 * interimMargin, MarginKnown: 2},
		// The consulting ones name no manager: the margin is the whole fee.
		{Status: domain.ProposalAccepted, Count: 3, Value: interimValue + 2*domain.Euros(30_000),
			Margin: interimMargin + 2*domain.Euros(30_000), MarginKnown: 3},
		{Status: domain.ProposalDeclined, Count: 1, Value: interimValue, Margin: interimMargin, MarginKnown: 1},
	}
	if len(got.ByStatus) != len(wantStatus) {
		t.Fatalf("by status = %+v, want %+v", got.ByStatus, wantStatus)
	}
	for i, w := range wantStatus {
		if got.ByStatus[i] != w {
			t.Errorf("by status [%d] = %+v, want %+v", i, got.ByStatus[i], w)
		}
	}
	if len(got.Expiring) != 1 || got.Expiring[0].ID != soon.ID || got.Expiring[0].Client != "Bolt" ||
		got.Expiring[0].ValidUntil != testToday.AddDays(10) || got.Expiring[0].Value != interimValue {
		t.Errorf("expiring = %+v, want %q until %s", got.Expiring, soon.Title, testToday.AddDays(10))
	}
	if len(got.Ending) != 2 || got.Ending[0].ID != bram.ID || got.Ending[1].ID != ann.ID ||
		got.Ending[0].Manager != "Bram Bos" || got.Ending[1].End != day(6, 10) || got.Ending[1].Client != "Acme" {
		t.Errorf("ending = %+v, want Bram's on 31 May then Ann's on 10 June", got.Ending)
	}
	wantFree := []domain.ManagerLine{
		{ID: mgr[1].ID, Name: "Bram Bos", FreeFrom: day(6, 1), Within: 30},
		{ID: mgr[0].ID, Name: "Ann Aerts", FreeFrom: day(6, 11), Within: 60},
	}
	if len(got.FreeSoon) != len(wantFree) || got.FreeSoon[0] != wantFree[0] || got.FreeSoon[1] != wantFree[1] {
		t.Errorf("free soon = %+v, want %+v", got.FreeSoon, wantFree)
	}
	wantWon := []domain.WonFigure{
		{Option: domain.KindInterim, Count: 1, PercentBP: 3333, Value: interimValue},
		{Option: domain.KindConsulting, Count: 2, PercentBP: 6667, Value: 2 * domain.Euros(30_000)},
	}
	if got.WonCount != 3 || len(got.Won) != 2 || got.Won[0] != wantWon[0] || got.Won[1] != wantWon[1] {
		t.Errorf("won = %d %+v, want 3 %+v", got.WonCount, got.Won, wantWon)
	}
	if got.WonSince != domain.NewDate(2025, 5, 10) {
		t.Errorf("won since %s, want 2025-05-10", got.WonSince)
	}
}
