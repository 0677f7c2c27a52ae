package sqlite

import (
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// An import line that updates a manager writes the whole record through
// the one table writer, the management company's seat included (before
// the shared writer an update left the stored seat), and bumps the rev.
func TestImportUpdateWritesTheCompanySeat(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	an, _ := rosterWithTwo(t, db)
	again := *an
	again.DayRate = domain.Euros(1500)
	again.Company.Seat = domain.Address{Street: "Kouter 1", Postcode: "9000", City: "Gent", Country: "BE"}
	rep, err := db.ImportManagers(ctx, domain.RowsOf(managerRows(&again)), domain.ImportOptions{})
	if err != nil || rep.Updated != 1 {
		t.Fatalf("updated %d: %v", rep.Updated, err)
	}
	got, err := db.FindManagerByID(ctx, an.ID)
	must(t, err)
	if got.Company.Seat != again.Company.Seat || got.DayRate != again.DayRate || got.Rev != an.Rev+1 {
		t.Errorf("stored seat %+v, rate %v, rev %d; want %+v, %v, rev %d",
			got.Company.Seat, got.DayRate, got.Rev, again.Company.Seat, again.DayRate, an.Rev+1)
	}
}
