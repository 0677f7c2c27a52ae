package sqlite

import (
	"context"
	"fmt"
	"strings"
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

// The CSV import's new records are numbered by SQLite (openTableWriter
// says why), and the writer checks that each batch got the ids the import
// gave its records, which their tags and the report name: an id SQLite
// would not give fails the batch, and with it the import.
func TestNumberedInsertChecksTheIDs(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	an, bart := rosterWithTwo(t, db) // ids 1 and 2
	now := db.now()
	for _, tc := range []struct {
		name string
		ids  []int64
		fail bool
	}{
		{"the next ids", []int64{bart.ID + 1, bart.ID + 2}, false},
		{"a gap", []int64{bart.ID + 1, bart.ID + 3}, true},
		{"an id taken", []int64{an.ID}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx, err := db.db.BeginTx(ctx, nil)
			must(t, err)
			defer tx.Rollback()
			w, err := openTableWriter(ctx, tx, &managerTable, now, 2)
			must(t, err)
			defer w.close()
			for i, id := range tc.ids {
				m := testManager(fmt.Sprintf("New %d", i), fmt.Sprintf("new%d@example.be", i))
				m.ID = id
				if err = w.add(ctx, m); err != nil {
					break
				}
			}
			if err == nil {
				err = w.flush(ctx)
			}
			if tc.fail != (err != nil) {
				t.Fatalf("ids %v: error %v", tc.ids, err)
			}
			if err != nil && !strings.Contains(err.Error(), "numbered") {
				t.Errorf("error %q does not say the numbering differs", err)
			}
			var n int
			must(t, tx.QueryRow(`SELECT count(*) FROM managers WHERE id = ?`, tc.ids[len(tc.ids)-1]).Scan(&n))
			if !tc.fail && n != 1 {
				t.Errorf("manager %d not written", tc.ids[len(tc.ids)-1])
			}
		})
	}
}
