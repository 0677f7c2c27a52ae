package sqlite

import (
	"context"
	"slices"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// An address book's notes beside a number ("(gsm)", "mobiel") do not
// refuse the line: the number is kept in international form, the note
// dropped. A note alone is still refused, naming the field.
func TestImportManagersReadsPhonesWithNotes(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	rows := []domain.ImportRow[domain.Manager]{
		{Line: 2, Record: &domain.Manager{Name: "An Peeters", Email: "an@example.be", Phone: "+32 475 12 34 56 (gsm)", MaxDaysPerWeek: 5, Active: true}},
		{Line: 3, Record: &domain.Manager{Name: "Bart Smet", Email: "bart@example.nl", Phone: "06-12345678 mobiel", MaxDaysPerWeek: 5, Active: true}},
		{Line: 4, Record: &domain.Manager{Name: "Cor Jansen", Email: "cor@example.nl", Phone: "(gsm)", MaxDaysPerWeek: 5, Active: true}},
	}
	rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{SkipInvalid: true})
	must(t, err)
	if rep.Added != 2 || rep.Refused != 1 {
		t.Fatalf("added %d, refused %d; want the two numbers with notes in and the note alone refused: %+v", rep.Added, rep.Refused, rep.Lines)
	}
	want := map[string]string{"An Peeters": "+32 475 12 34 56", "Bart Smet": "+31 6 1234 5678"}
	ms, _, err := db.FindManagers(ctx, domain.ManagerFilter{})
	must(t, err)
	for _, m := range ms {
		if m.Phone != want[m.Name] {
			t.Errorf("%s: phone %q, want %q", m.Name, m.Phone, want[m.Name])
		}
	}
}

// A line that changes only the management company's seat or number is an
// update, named in the report, not "unchanged".
func TestImportManagersSeesACompanySeatChange(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	an, _ := rosterWithTwo(t, db)
	line := *an
	line.ID = 0
	line.Company.Seat = domain.Address{Street: "Markt 1", Postcode: "9000", City: "Gent", Country: "BE"}
	rows := []domain.ImportRow[domain.Manager]{{Line: 2, Record: &line}}
	rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{})
	must(t, err)
	if rep.Updated != 1 || len(rep.Lines) != 1 || !slices.Contains(rep.Lines[0].Changes, "Company seat") {
		t.Fatalf("report %+v", rep.Lines)
	}
	got, err := db.FindManagerByID(ctx, an.ID)
	must(t, err)
	if got.Company.Seat != line.Company.Seat {
		t.Errorf("seat %+v, want %+v", got.Company.Seat, line.Company.Seat)
	}
}
