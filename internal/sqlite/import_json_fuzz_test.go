package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/exportfile"
)

// FuzzImportJSONAllOrNothing reads arbitrary bytes, starting from a small
// export with a printed contract, as a JSON export. Nothing panics; a file
// that is refused is refused with a sentence (EINVALID) and leaves the
// database empty; a file that is taken exports again as a file that
// imports to the same bytes.
func FuzzImportJSONAllOrNothing(f *testing.F) {
	good := smallExport(f)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"format": "interimdesk-export", "format_version": 2, "clients": [null]}`))
	f.Add(bytes.Replace(good, []byte(`"days_per_week": 4`), []byte(`"days_per_week": 9`), 1))
	// The keys in another order, a key twice, a number run into a letter.
	f.Add(reorder(f, good, slices.Sorted(slices.Values(exportfile.Keys()))))
	f.Add(bytes.Replace(good, []byte(`"clients": [`), []byte(`"clients": [], "Clients": [`), 1))
	f.Add(bytes.Replace(good, []byte(`"format_version": 2`), []byte(`"format_version": 2x`), 1))
	ctx := context.Background()
	// Most files are refused and leave the database empty for the next:
	// a new one is opened only after a file was taken (opening one costs
	// much more than a refusal under the fuzzer's instrumentation).
	dir, n := f.TempDir(), 0
	fresh := func(t testing.TB) *DB {
		n++
		db, err := Open(ctx, filepath.Join(dir, fmt.Sprintf("fuzz%d.db", n)))
		must(t, err)
		db.Now, db.renderProposal = func() time.Time { return testNow }, fakeRenderer
		return db
	}
	db := fresh(f)
	f.Cleanup(func() { db.Close() })
	f.Fuzz(func(t *testing.T, file []byte) {
		_, err := db.ImportJSON(ctx, bytes.NewReader(file))
		if err != nil {
			if domain.ErrorCode(err) != domain.EINVALID {
				t.Fatalf("refused without a sentence: %v", err)
			}
			if empty, _ := db.IsEmpty(ctx); !empty {
				t.Fatal("a refused import left data behind")
			}
			return
		}
		again := exportJSON(t, db)
		db.Close()
		db = fresh(t)
		other := openTestDB(t)
		if _, err := other.ImportJSON(ctx, bytes.NewReader(again)); err != nil {
			t.Fatalf("the export of an imported file does not import: %v", err)
		}
		if third := exportJSON(t, other); !bytes.Equal(third, again) {
			t.Fatalf("the round trip changed the data:\n%s", firstDifference(again, third))
		}
	})
}

// smallExport is the export of a firm with one client, one manager, an
// engagement for them and its printed contract.
func smallExport(t testing.TB) []byte {
	t.Helper()
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.SaveFirm(ctx, testFirm()))
	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))
	m := testManager("An Peeters", "an@example.be")
	must(t, db.CreateManager(ctx, m))
	e := &domain.Engagement{ClientID: c.ID, Kind: domain.KindInterim, ManagerID: m.ID, Role: "CFO a.i.",
		Start: domain.NewDate(2026, time.June, 1), End: domain.NewDate(2026, time.November, 29), DaysPerWeek: 4,
		DayRate: domain.Euros(1250), NoticeDays: 30}
	must(t, db.AddEngagement(ctx, e, nil))
	must(t, db.SaveContractTerms(ctx, &domain.ContractTerms{EngagementID: e.ID, Assignment: "Cash plan",
		ExitCriteria: "Permanent CFO in place", NonSolicitMonths: 12, LiabilityCapMonths: 6}))
	_, err := (&Contracts{DB: db, Render: fakeContractRenderer}).PrintContract(ctx, e.ID, testToday)
	must(t, err)
	return exportJSON(t, db)
}
