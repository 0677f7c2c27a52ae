package csvio

import (
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A hospital marked as unable to deduct VAT keeps the mark through a sheet:
// the column is read under its Dutch and French names, and a line without it
// leaves the stored mark alone.
func TestReadClients_cannotDeductVAT(t *testing.T) {
	data := "Naam;Land;Geen btw-aftrek\nAZ Sint-Jan;BE;ja\nAnker NV;BE;nee\nDe Zorg;NL;\n"
	f, err := ReadClients(strings.NewReader(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Rows) != 3 {
		t.Fatalf("%d rows", len(f.Rows))
	}
	for i, want := range []bool{true, false, false} {
		if r := f.Rows[i]; r.Err != nil || r.Record.CannotDeductVAT != want {
			t.Errorf("line %d: cannot deduct VAT %v (%v), want %v", r.Line, r.Record.CannotDeductVAT, r.Err, want)
		}
	}
	stored := domain.Client{LegalName: "De Zorg", CannotDeductVAT: true}
	f.Rows[2].Merge(&stored)
	if !stored.CannotDeductVAT {
		t.Error("a blank cell cleared the stored mark")
	}
	f.Rows[1].Merge(&stored)
	if stored.CannotDeductVAT {
		t.Error("“nee” did not clear the stored mark")
	}

	f, err = ReadClients(strings.NewReader("Legal name;Country;TVA non déductible\nCHU;BE;peut-être\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Rows[0].Err; domain.ErrorCode(err) != domain.EINVALID || !strings.Contains(err.Error(), "Cannot deduct VAT") {
		t.Errorf("a cell that is neither yes nor no: %v", err)
	}
}
