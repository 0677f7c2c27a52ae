package csvio

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func readSample[T any](t *testing.T, name string, read func(*os.File) (*File[T], error)) *File[T] {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "contacts", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	file, err := read(f)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	for _, r := range file.Rows {
		if r.Err != nil {
			t.Errorf("%s line %d: %v", name, r.Line, r.Err)
		}
	}
	return file
}

func contactManagers(t *testing.T, name string) *File[domain.Manager] {
	return readSample(t, name, func(f *os.File) (*File[domain.Manager], error) { return ReadManagers(f, Options{}) })
}

// use finds what the mapping says of the field ("" for ignored columns
// of kind how).
func use(t *testing.T, m []ColumnUse, field string, how ColumnHow) ColumnUse {
	t.Helper()
	for _, u := range m {
		if u.Field == field && (field != "" || u.How == how) {
			if u.How != how {
				t.Errorf("%s is filled %q, want %q: %+v", field, u.How, how, u)
			}
			return u
		}
	}
	t.Fatalf("the mapping has nothing for %q (%s): %+v", field, how, m)
	return ColumnUse{}
}

type personWant struct {
	line                               int
	name, email, phone, city, headline string
	company                            string
}

func checkManagers(t *testing.T, f *File[domain.Manager], want []personWant) {
	t.Helper()
	if len(f.Rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(f.Rows), len(want))
	}
	for i, w := range want {
		r := f.Rows[i]
		m := r.Record
		got := personWant{r.Line, m.Name, m.Email, m.Phone, m.City, m.Headline, m.Company.Name}
		if got != w {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, got, w)
		}
	}
}

// LinkedIn writes three lines of notes and a blank line above its table;
// the header is found below them and the line numbers stay the file's.
func TestLinkedInConnections(t *testing.T) {
	f := contactManagers(t, "Connections.csv")
	if f.HeaderLine != 5 || f.Delimiter != ',' {
		t.Errorf("header line %d, delimiter %q; want 5, ','", f.HeaderLine, f.Delimiter)
	}
	checkManagers(t, f, []personWant{
		{6, "Joelle DUBOIS", "", "", "", "Interim CFO | Turnaround, M&A", "Dubois Interim BV"},
		{7, "Pieter Van den Broeck", "pieter@vdbroeck.example", "", "", "Interim COO", "Broeck Management BV"},
		{8, "Sofie Maes", "", "", "", "Interim HR Director", "Maes Advisory"},
		{9, "Sofie Maes", "", "", "", "HR Business Partner", "Peeters, Janssens & Co"},
		{10, "Thomas Claes", "thomas.claes@claes.example", "", "", "Interim IT Manager", ""},
	})
	if got := use(t, f.Mapping, "Name", ColumnJoined).Headers; !slices.Equal(got, []string{"First Name", "Last Name"}) {
		t.Errorf("name from %q", got)
	}
	use(t, f.Mapping, "E-mail", ColumnRead)
	if got := use(t, f.Mapping, "Headline", ColumnRead).Headers; !slices.Equal(got, []string{"Position"}) {
		t.Errorf("headline from %q", got)
	}
	if got := use(t, f.Mapping, "", ColumnIgnored).Headers; !slices.Equal(got, []string{"URL", "Connected On"}) {
		t.Errorf("ignored %q", got)
	}
	if !slices.Equal(f.Notices, []string{"Line 5 was taken as the header; the 3 lines with text above it were skipped."}) {
		t.Errorf("notices %q", f.Notices)
	}
}

// Google writes the name in parts, a salutation apart, several values in
// one cell joined by " ::: ", and a second e-mail and phone that stand in
// when the first is blank.
func TestGoogleContacts(t *testing.T) {
	f := contactManagers(t, "google-contacts.csv")
	checkManagers(t, f, []personWant{
		{2, "Hendrik de Vries", "hendrik@devries.example", "+32 475 12 34 56", "Antwerpen", "Interim Supply Chain Director", "De Vries Interim BV"},
		// Four lines further: the notes of the line before span two, its address three.
		{6, "Anna Janssens", "anna.janssens@work.example", "+32 486 55 44 33", "Gent", "Interim Finance Manager", ""},
		{7, "Joëlle Dubois", "", "+32 475 98 76 54", "", "Interim CFO", ""},
	})
	if got := f.Rows[0].Record.Notes; got != "Met at the Voka event.\nPrefers assignments in Antwerp." {
		t.Errorf("notes %q", got)
	}
	if got := use(t, f.Mapping, "Name", ColumnJoined).Headers; !slices.Equal(got, []string{"First Name", "Middle Name", "Last Name"}) {
		t.Errorf("name from %q", got)
	}
	if got := use(t, f.Mapping, "E-mail", ColumnFirstFilled).Headers; !slices.Equal(got, []string{"E-mail 1 - Value", "E-mail 2 - Value"}) {
		t.Errorf("e-mail from %q", got)
	}
	if got := use(t, f.Mapping, "", ColumnSalutation).Headers; !slices.Equal(got, []string{"Name Prefix", "Name Suffix"}) {
		t.Errorf("salutations %q", got)
	}
	// Thirty columns Interim Desk has no field for: one line of the
	// mapping, not a notice each.
	if len(f.Notices) != 0 {
		t.Errorf("notices %q", f.Notices)
	}
}

// Outlook's "Title" is a salutation, its "Job Title" the headline; the
// mobile number comes before the business one, the home city before the
// business city.
func TestOutlookContacts(t *testing.T) {
	f := contactManagers(t, "outlook-contacts.csv")
	checkManagers(t, f, []personWant{
		{2, "Marc Lambrechts", "marc@lambrechts.example", "+32 477 11 22 33", "Mechelen", "Interim Plant Manager", "Lambrechts Consulting BV"},
		{3, "Els van Dam", "els.vandam@mail.example", "+32 2 555 66 77", "Leuven", "Interim HR Director", ""},
		{4, "Pieter Van den Broeck", "PIETER@vdbroeck.example", "+32 478 00 11 22", "", "Interim COO", ""},
	})
	if got := use(t, f.Mapping, "Headline", ColumnRead).Headers; !slices.Equal(got, []string{"Job Title"}) {
		t.Errorf("headline from %q", got)
	}
	if got := use(t, f.Mapping, "", ColumnSalutation).Headers; !slices.Equal(got, []string{"Title", "Suffix"}) {
		t.Errorf("salutations %q", got)
	}
	if got := use(t, f.Mapping, "Phone", ColumnFirstFilled).Headers; !slices.Equal(got, []string{"Mobile Phone", "Home Phone", "Business Phone"}) {
		t.Errorf("phone from %q", got)
	}
}

// Excel's "sep=;" line names the separator and is not the header.
func TestExcelSepLine(t *testing.T) {
	f := contactManagers(t, "excel-sep.csv")
	if f.HeaderLine != 2 || f.Delimiter != ';' || f.Encoding != EncodingWindows1252 {
		t.Errorf("header line %d, delimiter %q, encoding %s", f.HeaderLine, f.Delimiter, f.Encoding)
	}
	checkManagers(t, f, []personWant{
		{3, "Karen Wouters", "karen@wouters.example", "+32 499 12 34 56", "Hasselt", "Interim CMO", ""},
		{4, "Bart Peeters", "", "", "Liège", "Interim CEO", ""},
	})
	if f.Rows[1].Record.DayRate != domain.Euros(1400) {
		t.Errorf("day rate %v", f.Rows[1].Record.DayRate)
	}
	for _, n := range f.Notices {
		if strings.Contains(n, "taken as the header") {
			t.Errorf("the sep= line is no skipped text: %q", n)
		}
	}
	for _, tc := range []struct{ data, want string }{
		{"sep=,\nName,City\nAnne Smet,Gent\n", "Gent"},
		{"\"sep=;\"\nName;City\nAnne Smet;Gent, Oost-Vlaanderen\n", "Gent, Oost-Vlaanderen"},
		{"SEP=\t\nName\tCity\nAnne Smet\tGent\n", "Gent"},
		{"sep=;;;\nName;City;\nAnne Smet;Gent;\n", "Gent"},
	} {
		f := readManagers(t, tc.data)
		if len(f.Rows) != 1 || f.Rows[0].Record.City != tc.want || f.Rows[0].Line != 3 {
			t.Errorf("%q: rows %+v", tc.data, f.Rows)
		}
	}
}

// A file whose header has no name column says which line was taken as the
// header and what it holds.
func TestMissingNameColumnNamesTheHeaderLine(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"first line", "E-mail,Phone\nanne@example.be,+32 475 12 34 56\n",
			"The file has no column for the name: line 1 was taken as the header, and its columns are “E-mail”, “Phone”. The header line needs one, for example “Name”."},
		{"below notes, the line with most known columns", "Notes:\n\"Exported from the CRM\"\n\nEmail Address,Company,Position\nanne@example.be,Smet BV,CFO\n",
			"The file has no column for the name: line 4 was taken as the header, and its columns are “Email Address”, “Company”, “Position”."},
		{"nothing known", "Foo;Bar\n1;2\n", "line 1 was taken as the header, and its columns are “Foo”, “Bar”."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadManagers(strings.NewReader(tc.data), Options{})
			if domain.ErrorCode(err) != domain.EINVALID || !strings.Contains(domain.ErrorMessage(err), tc.want) {
				t.Errorf("err %v\nwant %s", err, tc.want)
			}
		})
	}
}

// Only the first lines are searched: a name column on line 12 is not a
// header.
func TestHeaderSearchStopsAfterTenLines(t *testing.T) {
	data := strings.Repeat("just a remark\n", 11) + "Name\nAnne Smet\n"
	_, err := ReadManagers(strings.NewReader(data), Options{})
	if !strings.Contains(domain.ErrorMessage(err), "line 1 was taken as the header") {
		t.Errorf("err %v", err)
	}
	f := readManagers(t, strings.Repeat("just a remark\n", 9)+"Name\nAnne Smet\n")
	if f.HeaderLine != 10 || len(f.Rows) != 1 || f.Rows[0].Line != 11 {
		t.Errorf("header %d, rows %+v", f.HeaderLine, f.Rows)
	}
}

// A contact file that turns from UTF-8 into Windows-1252 is refused at the
// first line that does not fit.
func TestContactFileSwitchingEncoding(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "contacts", "Connections.csv"))
	if err != nil {
		t.Fatal(err)
	}
	data := strings.Replace(string(b), "Joelle", "Joëlle", 1) + "Ren\xe9e,Martens,,,,,01 Jan 2020\n"
	_, err = ReadManagers(strings.NewReader(data), Options{})
	want := "The file mixes encodings: line 11 holds bytes that are not UTF-8"
	if domain.ErrorCode(err) != domain.EINVALID || !strings.Contains(domain.ErrorMessage(err), want) {
		t.Errorf("err %v, want %s", err, want)
	}
}

// As clients, a contact export gives the company as the legal name and the
// person as its contact; without a country column a client gets the
// firm's country when the caller says which, and the file is refused for
// the missing column otherwise.
func TestContactsAsClients(t *testing.T) {
	read := func(opt Options) (*File[domain.Client], error) {
		f, err := os.Open(filepath.Join("testdata", "contacts", "Connections.csv"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		return ReadClients(f, opt)
	}
	f, err := read(Options{DefaultCountry: "BE"})
	if err != nil {
		t.Fatal(err)
	}
	c := f.Rows[1].Record
	if c.LegalName != "Broeck Management BV" || c.Contact.Name != "Pieter Van den Broeck" || c.Contact.Role != "Interim COO" ||
		c.Contact.Email != "pieter@vdbroeck.example" || c.Address.Country != "BE" {
		t.Errorf("client %+v", c)
	}
	if got := use(t, f.Mapping, "Contact name", ColumnJoined).Headers; !slices.Equal(got, []string{"First Name", "Last Name"}) {
		t.Errorf("contact from %q", got)
	}
	_, err = read(Options{})
	if !strings.Contains(domain.ErrorMessage(err), "no column for the country: line 5 was taken as the header") {
		t.Errorf("err %v", err)
	}

	// Outlook has a country column, mostly blank: the firm's fills it.
	f2 := readSample(t, "outlook-contacts.csv", func(f *os.File) (*File[domain.Client], error) {
		return ReadClients(f, Options{DefaultCountry: "NL"})
	})
	if c := f2.Rows[0].Record; c.LegalName != "Lambrechts Consulting BV" || c.Address.City != "Mechelen" ||
		c.Contact.Phone != "+32 15 12 34 56" || c.Address.Country != "NL" {
		t.Errorf("client %+v", c)
	}
}

// No header name is claimed twice: by a column, a second choice, a part
// of a name or a salutation.
func TestContactHeadersDoNotOverlap(t *testing.T) {
	for _, cols := range [][]string{names(clientEntity.columns), names(managerEntity.columns)} {
		seen := map[string]string{}
		for _, n := range cols {
			seen[n] = "column"
		}
		for n := range namePartNames() {
			if k, dup := seen[n]; dup {
				t.Errorf("%q is a %s and a part of a name", n, k)
			}
		}
		for n := range salutationNames() {
			if k, dup := seen[n]; dup {
				t.Errorf("%q is a %s and a salutation", n, k)
			}
		}
	}
}

func names[T any](cols []column[T]) []string {
	var out []string
	for i := range cols {
		out = append(out, cols[i].names()...)
		for _, a := range cols[i].alts {
			out = append(out, normalizeHeader(a))
		}
	}
	return out
}

// A line of separators only is no header, as the CSV reader skips it: the
// sentence names the line really taken.
func TestHeaderLineSkipsSeparatorsOnly(t *testing.T) {
	_, err := ReadManagers(strings.NewReader(";;;\nE-mail;Phone\nan@example.be;\n"), Options{})
	if !strings.Contains(domain.ErrorMessage(err), "line 2 was taken as the header") {
		t.Errorf("err %v", err)
	}
}
