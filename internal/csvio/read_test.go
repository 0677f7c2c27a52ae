package csvio

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func readManagers(t *testing.T, data string) *File[domain.Manager] {
	t.Helper()
	f, err := ReadManagers(strings.NewReader(data), Options{})
	if err != nil {
		t.Fatalf("ReadManagers: %v", err)
	}
	return f
}

// The same roster as three spreadsheets would write it.
func TestReadManagersDelimitersAndEncodings(t *testing.T) {
	for _, tc := range []struct {
		name      string
		data      string
		delimiter rune
		encoding  string
	}{
		{"comma, English Excel", "Name,E-mail,Day rate,City\r\nRenée Peeters,renee@example.be,\"1,250.00\",Liège\r\n", ',', EncodingUTF8},
		{"semicolon, Dutch Excel with BOM", "\xEF\xBB\xBFNaam;E-mailadres;Dagtarief;Woonplaats\r\nRenée Peeters;renee@example.be;1.250,00;Liège\r\n", ';', EncodingUTF8BOM},
		{"semicolon, Windows-1252", "Naam;E-mail;Tarief;Plaats\r\nRen\xe9e Peeters;renee@example.be;€ 1.250;Li\xe8ge\r\n", ';', EncodingWindows1252},
		{"tab", "Name\tEmail\tRate\tCity\nRenée Peeters\trenee@example.be\t1250\tLiège\n", '\t', EncodingUTF8},
		{"blank lines before the header, no final newline", "\r\n\r\nName;Email;Rate;City\r\nRenée Peeters;renee@example.be;1250;Liège", ';', EncodingUTF8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data
			if tc.encoding == EncodingWindows1252 {
				// € is 0x80 in Windows-1252.
				data = strings.ReplaceAll(data, "€", "\x80")
			}
			f := readManagers(t, data)
			if f.Delimiter != tc.delimiter || f.Encoding != tc.encoding {
				t.Errorf("delimiter %q, encoding %q; want %q, %q", f.Delimiter, f.Encoding, tc.delimiter, tc.encoding)
			}
			if len(f.Rows) != 1 {
				t.Fatalf("%d rows", len(f.Rows))
			}
			r := f.Rows[0]
			m := r.Record
			if r.Err != nil || m.Name != "Renée Peeters" || m.Email != "renee@example.be" || m.DayRate != domain.Euros(1250) || m.City != "Liège" {
				t.Errorf("row %+v, err %v", m, r.Err)
			}
			if !m.Active || m.MaxDaysPerWeek != 5 {
				t.Errorf("defaults of a new manager: active %v, days %d", m.Active, m.MaxDaysPerWeek)
			}
			// A notice says which rate the rate column filled; another
			// that the file was read as Windows-1252.
			if want := map[bool]int{true: 2, false: 1}[tc.encoding == EncodingWindows1252]; len(f.Notices) != want {
				t.Errorf("notices %q", f.Notices)
			}
		})
	}
}

func TestReadAmountsAsSheetsWriteThem(t *testing.T) {
	for _, cell := range []string{"1.250,00", "1250", "€ 1.250", "€1,250.00", "1 250", "1250,00", "\"€ 1.250,00\"", "EUR 1250"} {
		t.Run(cell, func(t *testing.T) {
			f := readManagers(t, "name;rate\nAn;"+cell+"\n")
			if r := f.Rows[0]; r.Err != nil || r.Record.DayRate != domain.Euros(1250) {
				t.Errorf("rate %d, err %v", r.Record.DayRate, r.Err)
			}
		})
	}
}

// A CV with line breaks and a separator inside quotes stays one cell, and
// the lines after it keep their real line numbers.
func TestReadQuotedCellsWithLineBreaks(t *testing.T) {
	data := "Name,CV,Skills\n" +
		"An Peeters,\"Twintig jaar CFO.\nDaarna, en \"\"vooral\"\", herstructureringen.\",\"finance, turnaround\"\n" +
		"Bart Maes,Kort,lean\n"
	f := readManagers(t, data)
	if len(f.Rows) != 2 {
		t.Fatalf("%d rows", len(f.Rows))
	}
	if got := f.Rows[0].Record.CV; got != "Twintig jaar CFO.\nDaarna, en \"vooral\", herstructureringen." {
		t.Errorf("CV %q", got)
	}
	if got := f.Rows[0].Record.Skills; !slices.Equal(got, []string{"finance", "turnaround"}) {
		t.Errorf("skills %q", got)
	}
	if f.Rows[0].Line != 2 || f.Rows[1].Line != 4 {
		t.Errorf("lines %d and %d, want 2 and 4", f.Rows[0].Line, f.Rows[1].Line)
	}
}

// A carriage return alone inside a cell, as an old Mac editor ends lines, is
// a line break: encoding/csv's writer would leave it out of an export.
func TestReadLoneCarriageReturnIsALineBreak(t *testing.T) {
	f := readManagers(t, "Name;CV\r\nAn\rPeeters;\"one\rtwo\r\nthree\"\r\n")
	if len(f.Rows) != 1 {
		t.Fatalf("%d rows", len(f.Rows))
	}
	if m := f.Rows[0].Record; m.Name != "An\nPeeters" || m.CV != "one\ntwo\nthree" {
		t.Errorf("name %q, CV %q", m.Name, m.CV)
	}
}

func TestReadHeadersInDutchOrEnglishInAnyOrder(t *testing.T) {
	want := domain.Manager{
		Name: "An Peeters", Email: "an@example.be", Phone: "+32 470 11 22 33", City: "Gent",
		Headline: "Interim CFO", Skills: []string{"finance"}, Sectors: []string{"zorg", "retail"},
		Languages: []string{"nl", "fr"}, DayRate: domain.Euros(1100), AvailableFrom: domain.NewDate(2026, time.September, 1),
		MaxDaysPerWeek: 3, CV: "CV", Company: domain.ManagementCompany{Name: "AP BV", VATID: "BE0123456749", IBAN: "BE68539007547034"},
		Active: false, Notes: "n",
	}
	for _, tc := range []struct{ name, data string }{
		{"English", "Name,Email,Phone,City,Headline,Skills,Sectors,Languages,Day rate,Available from,Days per week,CV,Company,Company VAT number,Company IBAN,Active,Notes\n" +
			"An Peeters,an@example.be,+32 470 11 22 33,Gent,Interim CFO,finance,\"zorg, retail\",\"nl, fr\",1100,2026-09-01,3,CV,AP BV,BE0123456749,BE68539007547034,no,n\n"},
		{"Dutch, shuffled, with accents and capitals", "Opmerkingen;ACTIEF;Rekeningnummer;BTW-nummer;Vennootschap;Profiel;Dagen per week;Beschikbaar vanaf;Dagtarief (€);Talen;Sectoren;Vaardigheden;Functie;Woonplaats;Telefoon;E-mailadres;Naam\n" +
			"n;nee;BE68539007547034;BE0123456749;AP BV;CV;3;1-9-2026;1.100,00;Nederlands, Frans;zorg, retail;finance;Interim CFO;Gent;+32 470 11 22 33;an@example.be;An Peeters\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := readManagers(t, tc.data)
			if len(f.Rows) != 1 || f.Rows[0].Err != nil {
				t.Fatalf("rows %+v", f.Rows)
			}
			if got := f.Rows[0].Record; !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
			// The one notice says which rate the rate column filled,
			// named as the file names it.
			if len(f.Notices) != 1 || !strings.Contains(f.Notices[0], "filled each manager's own day fee") {
				t.Errorf("notices %q", f.Notices)
			}
		})
	}
}

func TestReadIgnoresExtraColumnsWithANotice(t *testing.T) {
	f := readManagers(t, "Name;Shoe size;;E-mail;Favourite colour\nAn;42;;an@example.be;blue\nBart;43;x;;\n")
	want := []string{
		"Column 2, “Shoe size”, is not a field Interim Desk knows; it was ignored.",
		"Column 5, “Favourite colour”, is not a field Interim Desk knows; it was ignored.",
		"Column 3 has no name in the header; its values were ignored.",
	}
	if !slices.Equal(f.Notices, want) {
		t.Errorf("notices\n%q\nwant\n%q", f.Notices, want)
	}
	if !slices.Equal(f.Columns, []string{"Name", "E-mail"}) {
		t.Errorf("columns %q", f.Columns)
	}
	if f.Rows[0].Record.Email != "an@example.be" || f.Rows[1].Record.Name != "Bart" {
		t.Errorf("rows %+v", f.Rows)
	}
}

// A line that cannot be read is a row with the reason, naming the field;
// the other lines are read as usual.
func TestReadRefusesBadCellsPerLine(t *testing.T) {
	for _, tc := range []struct{ name, header, cell, want string }{
		{"amount", "Day rate", "duizend", "Day rate: “duizend” is not an amount"},
		{"too many decimals", "Day rate", "1250,505", "Day rate: “1250,505” has more than two decimals"},
		{"date", "Available from", "31-02-2026", "Available from: “31-02-2026” is not a date"},
		{"yes or no", "Active", "misschien", "Active: “misschien” is neither yes nor no"},
		{"days", "Days per week", "vier", "Days per week: “vier” is not a whole number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := readManagers(t, "Name;"+tc.header+"\nAn;"+tc.cell+"\nBart;\n")
			if err := f.Rows[0].Err; err == nil || !strings.HasPrefix(err.Error(), tc.want) || domain.ErrorCode(err) != domain.EINVALID {
				t.Errorf("error %v, want it to start with %q", err, tc.want)
			}
			if f.Rows[1].Err != nil || f.Rows[1].Record.Name != "Bart" {
				t.Errorf("the next line: %+v", f.Rows[1])
			}
		})
	}
}

func TestReadLineWithMoreCellsThanColumns(t *testing.T) {
	f := readManagers(t, "Name,City\nAn,Gent,\nPeeters, An,Gent\nBart\n")
	if f.Rows[0].Err != nil {
		t.Errorf("a trailing empty cell is harmless: %v", f.Rows[0].Err)
	}
	if err := f.Rows[1].Err; err == nil || !strings.Contains(err.Error(), "Line 3 has 3 cells but the header has 2 columns") {
		t.Errorf("error %v", err)
	}
	if r := f.Rows[2]; r.Err != nil || r.Record.Name != "Bart" || r.Record.City != "" {
		t.Errorf("a short line is read with blanks: %+v", r)
	}
}

// A file that cannot be read as a whole yields one sentence and no rows.
func TestReadRefusesWholeFile(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"empty", "", "The file is empty"},
		{"only blank lines", "\n;;\n\n", "The file is empty"},
		{"no name column", "E-mail;City\nan@example.be;Gent\n", "The file has no column for the name"},
		{"two e-mail columns", "Name;E-mail;Mail\nAn;a@x.be;b@x.be\n", "Columns 2 (“E-mail”) and 3 (“Mail”) both name the e-mail"},
		{"open quote", "Name;CV\nAn;\"Never closed\nBart;x\n", "The file cannot be read from line 2 on: a quoted cell"},
		{"bare quote", "Name;CV\nAn;5\" screen\n", "The file cannot be read at line 2, column 5: a cell holds a quote"},
		{"UTF-16", "\xFF\xFEN\x00a\x00", "UTF-16"},
		{"binary", "PK\x03\x04\x00\x00", "binary data"},
		{"UTF-8 BOM with bad bytes", "\xEF\xBB\xBFName\nRen\xe9e\n", "says it is UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ReadManagers(strings.NewReader(tc.data), Options{})
			if err == nil || f != nil || !strings.Contains(err.Error(), tc.want) || domain.ErrorCode(err) != domain.EINVALID {
				t.Errorf("file %v, error %v; want an EINVALID error saying %q", f, err, tc.want)
			}
		})
	}
}

func TestReadClients(t *testing.T) {
	data := "Naam;BTW-nummer;Land;Taal;Contactpersoon;E-mail;Gearchiveerd\n" +
		"Brouwerij Het Anker NV;be 0123.456.749;België;;Jan;jan@anker.be;\n" +
		"Dutch Dairy BV;NL123456782B01;Nederland;Engels;;;ja\n"
	f, err := ReadClients(strings.NewReader(data), Options{DefaultLanguage: domain.LangFR})
	if err != nil {
		t.Fatal(err)
	}
	a, b := f.Rows[0].Record, f.Rows[1].Record
	if a.LegalName != "Brouwerij Het Anker NV" || a.VATID != "be 0123.456.749" || a.Address.Country != "BE" ||
		a.Language != domain.LangFR || a.Contact.Email != "jan@anker.be" || a.Archived {
		t.Errorf("first client %+v", a)
	}
	if b.Address.Country != "NL" || b.Language != domain.LangEN || !b.Archived {
		t.Errorf("second client %+v", b)
	}
	_, err = ReadClients(strings.NewReader("Naam;Stad\nX;Gent\n"), Options{})
	if err == nil || !strings.Contains(err.Error(), "no column for the country") {
		t.Errorf("a file without countries: %v", err)
	}
}

// Merge takes only the cells the line fills: a blank keeps what is stored.
func TestMergeCopiesOnlyFilledCells(t *testing.T) {
	f := readManagers(t, "Name;Day rate;Days per week;Active;City;Sectors\nAn Peeters;1300;;;;zorg\n")
	stored := domain.Manager{
		ID: 7, Name: "An Peeters", Email: "an@example.be", City: "Gent", CV: "long CV", DayRate: domain.Euros(1100),
		MaxDaysPerWeek: 3, Active: false, Skills: []string{"finance"}, Sectors: []string{"retail"}, Rev: 4,
	}
	want := stored
	want.DayRate, want.Sectors = domain.Euros(1300), []string{"zorg"}
	f.Rows[0].Merge(&stored)
	if !reflect.DeepEqual(stored, want) {
		t.Errorf("merged %+v\nwant   %+v", stored, want)
	}
}

// Every name a column is known by belongs to that column only.
func TestColumnNamesAreUnambiguous(t *testing.T) {
	check := func(t *testing.T, names [][]string) {
		seen := map[string]int{}
		for i, ns := range names {
			for _, n := range ns {
				if j, ok := seen[n]; ok && j != i {
					t.Errorf("%q names columns %d and %d", n, j, i)
				}
				seen[n] = i
			}
		}
	}
	var c, m [][]string
	for i := range clientEntity.columns {
		c = append(c, clientEntity.columns[i].names())
	}
	for i := range managerEntity.columns {
		m = append(m, managerEntity.columns[i].names())
	}
	t.Run("clients", func(t *testing.T) { check(t, c) })
	t.Run("managers", func(t *testing.T) { check(t, m) })
}
