package csvio

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// formulaCases: a value as stored, and the cell a spreadsheet gets.
var formulaCases = []struct{ value, cell string }{
	{"=HYPERLINK(\"http://evil.example\";\"CV\")", "'=HYPERLINK(\"http://evil.example\";\"CV\")"},
	{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
	{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
	{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
	{"\t=1+1", "'\t=1+1"},
	{"'=1+1", "''=1+1"},      // a value that really starts with a quote
	{"''@x", "'''@x"},        // two of them
	{"'quoted'", "'quoted'"}, // a quote before plain text is the value's own
	{"O'Brien", "O'Brien"},
	{"Interim CFO", "Interim CFO"},
	{"+32 475 12 34 56", "+32 475 12 34 56"}, // a phone number stays readable
	{"-5", "-5"},
	{"- finance", "'- finance"},
	{"'-5", "''-5"},
}

func TestWriteNeutralisesFormulas(t *testing.T) {
	for _, tc := range formulaCases {
		t.Run(tc.value, func(t *testing.T) {
			m := &domain.Manager{Name: "Ann Peeters", Headline: tc.value, Phone: tc.value, Notes: tc.value,
				Skills: []string{tc.value}, MaxDaysPerWeek: 5, Active: true, Sectors: []string{}, Languages: []string{}}
			var b bytes.Buffer
			if err := WriteManagers(&b, []*domain.Manager{m}, WriteOptions{NoBOM: true}); err != nil {
				t.Fatal(err)
			}
			cr := csv.NewReader(bytes.NewReader(b.Bytes()))
			cr.Comma = ';'
			recs, err := cr.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			cols := ManagerColumns()
			for i, h := range cols {
				if h == "Headline" || h == "Phone" || h == "Notes" || h == "Skills" {
					if got := recs[1][i]; got != tc.cell {
						t.Errorf("%s cell %q, want %q", h, got, tc.cell)
					}
				}
			}
			f, err := ReadManagers(bytes.NewReader(b.Bytes()), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := f.Rows[0].Record
			if f.Rows[0].Err != nil || got.Headline != tc.value || got.Phone != tc.value || got.Notes != tc.value {
				t.Errorf("read back %q %q %q (%v), want %q", got.Headline, got.Phone, got.Notes, f.Rows[0].Err, tc.value)
			}
			if !reflect.DeepEqual(got.Skills, domain.SplitList(tc.value)) {
				t.Errorf("skills %q", got.Skills)
			}
		})
	}
}

// Numbers this package writes itself are never quoted.
func TestWriteLeavesNumbersAlone(t *testing.T) {
	m := &domain.Manager{Name: "Ann", DayRate: domain.Euros(1200), MaxDaysPerWeek: 3, Active: true}
	var b bytes.Buffer
	if err := WriteManagers(&b, []*domain.Manager{m}, WriteOptions{NoBOM: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), ";1200,00;") || strings.Contains(b.String(), "'") {
		t.Errorf("%q", b.String())
	}
}

// A round trip through neutralise and unneutralise is exact for any text.
func FuzzNeutraliseRoundTrip(f *testing.F) {
	for _, tc := range formulaCases {
		f.Add(tc.value)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := unneutralise(neutralise(s)); got != s {
			t.Fatalf("%q → %q → %q", s, neutralise(s), got)
		}
		if c := neutralise(s); formulaLike(c) && !strings.HasPrefix(c, "'") && !harmlessNumber(c) {
			t.Fatalf("%q is written as a formula: %q", s, c)
		}
	})
}
