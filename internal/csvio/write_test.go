package csvio

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func sampleManagers() []*domain.Manager {
	return []*domain.Manager{
		{
			Name: "Joëlle Dubois", Email: "joelle@dubois.example", Phone: "+32 475 12 34 56", City: "Liège",
			Headline: "Interim CFO", Skills: []string{"Finance", "M&A"}, Sectors: []string{"Santé", "Pharma"},
			Languages: []string{"fr", "nl", "en"}, DayRate: domain.Euros(1350) + 50, AvailableFrom: domain.NewDate(2027, time.March, 1),
			MaxDaysPerWeek: 4, CV: "Vingt ans de direction financière;\nensuite \"turnaround\", toujours.",
			Company: domain.ManagementCompany{Name: "JD Consult SRL", VATID: "BE0123456749", IBAN: "BE68539007547034",
				Seat: domain.Address{Street: "Rue Louvrex 12", Postcode: "4000", City: "Liège", Country: "BE"}, CompanyNumber: "0123.456.749"},
			Active: true, Notes: "  spaces kept  ",
		},
		{Name: "Bart Maes", MaxDaysPerWeek: 5, Active: false, Skills: []string{}, Sectors: []string{}, Languages: []string{}},
	}
}

// What is written reads back as the same records, whatever the separator.
func TestWriteManagersReadsBack(t *testing.T) {
	for _, wo := range []WriteOptions{{}, {Delimiter: ','}, {Delimiter: '\t', NoBOM: true}} {
		t.Run(string(wo.delimiter()), func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteManagers(&b, sampleManagers(), wo); err != nil {
				t.Fatal(err)
			}
			if wo.NoBOM == bytes.HasPrefix(b.Bytes(), []byte(bomUTF8)) {
				t.Errorf("byte-order mark: %q", b.String()[:8])
			}
			f, err := ReadManagers(&b, Options{})
			if err != nil {
				t.Fatal(err)
			}
			// The one notice says which rate the rate column filled.
			if len(f.Notices) != 1 || !strings.Contains(f.Notices[0], "filled each manager's own day fee") ||
				len(f.Columns) != len(ManagerColumns()) || f.Delimiter != wo.delimiter() {
				t.Errorf("notices %q, columns %q, delimiter %q", f.Notices, f.Columns, f.Delimiter)
			}
			for i, want := range sampleManagers() {
				r := f.Rows[i]
				if r.Err != nil || !reflect.DeepEqual(r.Record, *want) {
					t.Errorf("line %d: %v\ngot  %+v\nwant %+v", r.Line, r.Err, r.Record, *want)
				}
			}
		})
	}
}

func TestWriteClientsReadsBack(t *testing.T) {
	clients := []*domain.Client{
		{LegalName: "Brouwerij Het Anker NV", TradeName: "Het Anker", VATID: "BE0123456749", CompanyNumber: "0123.456.749",
			Address: domain.Address{Street: "Guido Gezellelaan 49", Postcode: "2800", City: "Mechelen", Country: "BE"},
			Sector:  "Food", Contact: domain.Contact{Name: "Charles Leclef", Role: "CEO", Email: "charles@anker.example", Phone: "+32 15 28 71 41"},
			Language: domain.LangNL, Notes: "Line one\nline two; with a semicolon", Archived: true, CannotDeductVAT: true},
		{LegalName: "Dutch Dairy BV", Address: domain.Address{Country: "NL"}, Language: domain.LangEN},
	}
	var b bytes.Buffer
	if err := WriteClients(&b, clients, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if want := "\xEF\xBB\xBF" + strings.Join(ClientColumns(), ";") + "\r\n"; !strings.HasPrefix(b.String(), want) {
		t.Errorf("header %q", strings.SplitN(b.String(), "\n", 2)[0])
	}
	f, err := ReadClients(&b, Options{DefaultLanguage: domain.LangFR})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range clients {
		if got := f.Rows[i].Record; !reflect.DeepEqual(got, *want) {
			t.Errorf("got  %+v\nwant %+v", got, *want)
		}
	}
}

func TestWriteAmounts(t *testing.T) {
	for _, tc := range []struct {
		m    domain.Money
		d    rune
		want string
	}{
		{domain.Euros(1250), ';', "1250,00"},
		{domain.Euros(1250) + 5, ',', "1250.05"},
		{-99, ';', "-0,99"},
		{0, ';', ""},
	} {
		if got := formatAmount(tc.m, WriteOptions{Delimiter: tc.d}); got != tc.want {
			t.Errorf("formatAmount(%d, %q) = %q, want %q", tc.m, tc.d, got, tc.want)
		}
	}
	if err := WriteManagers(&bytes.Buffer{}, nil, WriteOptions{Delimiter: '|'}); domain.ErrorCode(err) != domain.EINVALID {
		t.Errorf("a pipe as separator: %v", err)
	}
}
