package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// FuzzImportManagersAllOrNothing puts arbitrary names, e-mail addresses,
// VAT numbers and IBANs between two valid lines. Whatever the ID checks
// make of them, nothing panics and nothing is half written: stopping at a
// refused line leaves the roster as it was, skipping it adds exactly the
// lines the report calls added.
func FuzzImportManagersAllOrNothing(f *testing.F) {
	for _, s := range [][4]string{
		{"An Peeters", "an@example.be", "BE0123456749", "BE68539007547034"},
		{"", "an@example.be", "", ""},
		{"Bart", "bart@@example.be", "BE0123456788", "BE71 0961 2345 6768"},
		{"Chloé", "CHLOE@EXAMPLE.BE", "nl123456782b01", "nl91abna0417164300"},
		{"D\x00", "d@example.be\n", "BE 0123.456.749", "GB82WEST12345698765432"},
		{"Élise", "élise@example.be", "EL123456789", "BE68 5390 0754 7034"},
		{"x", "first@example.be", "XI123456789", "NL02ABNA0123456789"},
	} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	db := openTestDB(f)
	ctx := context.Background()
	n := 0
	f.Fuzz(func(t *testing.T, name, email, vat, iban string) {
		n++
		first := testManager("First", fmt.Sprintf("first%d@example.be", n))
		last := testManager("Last", fmt.Sprintf("last%d@example.be", n))
		odd := testManager(name, email)
		odd.Company.VATID, odd.Company.IBAN = vat, iban
		rows := managerRows(first, odd, last)

		before := countManagers(t, db)
		rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{})
		switch {
		case err != nil:
			if domain.ErrorCode(err) != domain.EINVALID || countManagers(t, db) != before {
				t.Fatalf("a refused import wrote something, or failed oddly: %v", err)
			}
		case rep.Added+rep.Updated+rep.Unchanged != 3:
			t.Fatalf("no error but report %+v", rep)
		}
		before = countManagers(t, db)
		first.Email, last.Email = fmt.Sprintf("first%d.b@example.be", n), fmt.Sprintf("last%d.b@example.be", n)
		rep, err = db.ImportManagers(ctx, domain.RowsOf(managerRows(first, odd, last)), domain.ImportOptions{SkipInvalid: true})
		if err != nil {
			t.Fatalf("skipping refused lines: %v", err)
		}
		if got := countManagers(t, db); got != before+rep.Added {
			t.Fatalf("%d managers, want %d + %d added", got, before, rep.Added)
		}
		for _, l := range rep.Lines {
			if l.Action == domain.ImportRefuse && l.Reason == "" {
				t.Fatalf("line %d refused without a reason", l.Line)
			}
		}
	})
}
