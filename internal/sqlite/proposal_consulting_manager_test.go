package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The consulting offer's manager and what the firm pays them, by the day
// and beside each phase, survive the store; a manager that does not exist
// is refused naming the consulting offer's field, not the interim one's.
func TestProposalConsultingManager(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	c := testClient("Brouwerij Van Damme NV", 1)
	must(t, db.CreateClient(ctx, c))
	m := testManager("Anne Peeters", "anne@example.be")
	must(t, db.CreateManager(ctx, m))
	p := testProposal(c.ID, m.ID)
	p.Consulting.ManagerID, p.Consulting.ManagerDayFee, p.Consulting.ManagerDays = m.ID, domain.Euros(900), 5
	p.Consulting.Phases[0].ManagerFee = domain.Euros(3000)
	must(t, db.CreateProposal(ctx, p))
	got, err := db.FindProposalByID(ctx, p.ID)
	must(t, err)
	co := got.Consulting
	if co.ManagerID != m.ID || co.ManagerDayFee != domain.Euros(900) || co.ManagerDays != 5 ||
		co.Phases[0].ManagerFee != domain.Euros(3000) || co.Phases[1].ManagerFee != 0 {
		t.Fatalf("read back %+v", co)
	}
	// € 30.000 of fees less € 4.500 of days and € 3.000 for the diagnosis.
	if mg := co.Margin(); mg.Total != domain.Euros(22500) || mg.PercentBP != 7500 {
		t.Errorf("margin %+v", mg)
	}

	got.Consulting.ManagerID = m.ID + 100
	err = db.UpdateProposal(ctx, got)
	wantCode(t, err, domain.EINVALID)
	if !strings.HasPrefix(err.Error(), "Consulting manager: there is no manager with number") {
		t.Errorf("refusal %q", err)
	}
}
