package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestListsSortAndSearchAsAsked(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	must(t, demo.Load(ctx, NewServices(db, testPrinters), testToday))
	names := func(es []*domain.Engagement) []string {
		var out []string
		for _, e := range es {
			c, err := db.FindClientByID(ctx, e.ClientID)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, c.LegalName)
		}
		return out
	}
	up, _, err := db.FindEngagements(ctx, domain.EngagementFilter{Sort: "client"})
	if err != nil {
		t.Fatal(err)
	}
	down, _, err := db.FindEngagements(ctx, domain.EngagementFilter{Sort: "-client"})
	if err != nil {
		t.Fatal(err)
	}
	a, b := names(up), names(down)
	if len(a) < 3 || a[0] == b[0] || a[0] != b[len(b)-1] {
		t.Errorf("by client %q, the other way %q", a, b)
	}
	for i := 1; i < len(a); i++ {
		if strings.ToLower(a[i-1]) > strings.ToLower(a[i]) {
			t.Errorf("not in client order: %q before %q", a[i-1], a[i])
		}
	}
	// A search finds the engagement by its client, role or manager.
	found, n, err := db.FindEngagements(ctx, domain.EngagementFilter{Query: "CFO"})
	if err != nil || n == 0 || len(found) != n {
		t.Fatalf("searching CFO: %d found, %v", n, err)
	}
	for _, e := range found {
		m, _ := db.FindManagerByID(ctx, e.ManagerID)
		if !strings.Contains(strings.ToLower(e.Role), "cfo") && (m == nil || !strings.Contains(strings.ToLower(m.Name), "cfo")) {
			t.Errorf("CFO found %q", e.Role)
		}
	}
	ps, _, err := db.FindProposals(ctx, domain.ProposalFilter{Sort: "number"})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(ps); i++ {
		if ps[i-1].Number > ps[i].Number {
			t.Errorf("proposals not in number order: %s before %s", ps[i-1].Number, ps[i].Number)
		}
	}
	for _, bad := range []string{"salary", "-", "id; DROP TABLE clients"} {
		if _, _, err := db.FindProposals(ctx, domain.ProposalFilter{Sort: bad}); domain.ErrorCode(err) != domain.EINVALID {
			t.Errorf("sort %q: %v, want EINVALID", bad, err)
		}
	}
}
