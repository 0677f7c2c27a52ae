package sqlite

import (
	"context"
	"slices"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The mark of a client that cannot deduct VAT is written by an import, as
// an addition and as a change the report names.
func TestImportClients_keepsTheCannotDeductVATMark(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	acme := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, acme))
	marked := *acme
	marked.CannotDeductVAT = true
	hospital := testClient("Hospital", 7654321)
	hospital.CannotDeductVAT = true
	rows := []domain.ImportRow[domain.Client]{{Line: 2, Record: &marked}, {Line: 3, Record: hospital}}
	rep, err := db.ImportClients(ctx, domain.RowsOf(rows), domain.ImportOptions{})
	must(t, err)
	if rep.Updated != 1 || rep.Added != 1 {
		t.Fatalf("report %s", dump(rep.Lines))
	}
	if l := rep.Lines[0]; !slices.Equal(l.Changes, []string{"Cannot deduct VAT"}) {
		t.Errorf("line 2 changes %q", l.Changes)
	}
	for _, id := range []int64{acme.ID, rep.Lines[1].ID} {
		c, err := db.FindClientByID(ctx, id)
		must(t, err)
		if !c.CannotDeductVAT {
			t.Errorf("client %d (%s) lost the mark", id, c.LegalName)
		}
	}
}
