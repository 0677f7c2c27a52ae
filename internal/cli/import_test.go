package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// writeFile writes a file in the test's folder and returns its path.
func writeFile(t *testing.T, name, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// A roster as Dutch Excel saves it: semicolons, Windows-1252, decimal
// commas, Dutch headers in their own order, a column Interim Desk does not
// know, and a CV over two lines. One line updates a demo manager by e-mail,
// one is invalid.
const rosterCSV = "Naam;E-mailadres;Dagtarief;Talen;Schoenmaat;Profiel\r\n" +
	"Ren\xe9e Claes;renee.claes@example.be;\x80 1.150,00;nl, fr;41;\"Twintig jaar CFO.\r\nDaarna herstructureringen.\"\r\n" +
	"Joëlle Dubois;JOELLE.DUBOIS@vanneste.example;1.450;fr;38;\r\n" +
	"Wim Peeters;wim@@example.be;900;nl;44;\r\n"

func TestImportManagersDryRunThenForReal(t *testing.T) {
	path := demoCopy(t)
	// The demo's Joëlle Dubois, to be matched by her address in capitals.
	var l listJSON[struct {
		ID    int64  `json:"id"`
		Email string `json:"email"`
	}]
	decode(t, cli(t, "--db", path, "managers", "search", "joelle", "--json"), &l)
	if len(l.Items) != 1 {
		t.Fatalf("demo: %+v", l)
	}
	csv := strings.Replace(rosterCSV, "JOELLE.DUBOIS@vanneste.example", strings.ToUpper(l.Items[0].Email), 1)
	csv = strings.Replace(csv, "Joëlle", "Jo\xeblle", 1) // Windows-1252 like the rest
	file := writeFile(t, "roster.csv", csv)
	before := counts(t, path)

	r := cli(t, "--db", path, "import", "managers", file, "--dry-run")
	mustOK(t, r)
	// The CV over two lines makes Joëlle line 4. Her blank CV keeps hers.
	out := strings.Join(strings.Fields(r.stdout), " ")
	for _, want := range []string{
		"line 2: add Renée Claes (renee.claes@example.be)",
		"line 4: update manager " + itoa(int(l.Items[0].ID)) + " Joëlle Dubois (" + l.Items[0].Email + "): e-mail, languages",
		"line 5: refuse E-mail: an e-mail address looks like name@example.nl, with exactly one @",
		"Notice: Column 5, “Schoenmaat”, is not a field Interim Desk knows; it was ignored.",
		"Notice: The file is not UTF-8; it was read as Windows-1252",
		"Dry run of " + file + ": 1 to add, 1 to update, 0 unchanged, 1 refused; nothing was written.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, r.stdout)
		}
	}
	if counts(t, path) != before {
		t.Fatal("a dry run wrote")
	}

	r = cli(t, "--db", path, "import", "managers", file)
	mustRefuse(t, r, "Nothing was imported: line 5 was refused. E-mail: ", "--skip-invalid")
	if counts(t, path) != before {
		t.Fatal("a refused import wrote")
	}

	r = cli(t, "--db", path, "import", "managers", file, "--skip-invalid")
	mustOK(t, r)
	if want := "Imported managers from " + file + ": 1 added, 1 updated, 0 unchanged, 1 refused lines left out.\n"; !strings.HasSuffix(r.stdout, want) {
		t.Errorf("output %q, want it to end with %q", r.stdout, want)
	}
	if after := counts(t, path); after[1] != before[1]+1 {
		t.Errorf("managers %d → %d", before[1], after[1])
	}
	var m struct {
		CV      string `json:"cv"`
		DayRate int64  `json:"day_rate"`
		Name    string `json:"name"`
	}
	var found listJSON[json.RawMessage]
	decode(t, cli(t, "--db", path, "managers", "search", "renee", "claes", "--json"), &found)
	if len(found.Items) != 1 {
		t.Fatalf("the new manager is not found: %+v", found)
	}
	if err := json.Unmarshal(found.Items[0], &m); err != nil {
		t.Fatal(err)
	}
	if m.Name != "Renée Claes" || m.DayRate != 115000 || m.CV != "Twintig jaar CFO.\nDaarna herstructureringen." {
		t.Errorf("imported %+v", m)
	}
}

func TestImportReportAsJSON(t *testing.T) {
	path := demoCopy(t)
	file := writeFile(t, "clients.csv", "Name,Country,VAT\nNew Client BV,NL,\nBad,XX1,\n")
	var rep struct {
		domain.ImportReport
		Notices []string `json:"notices"`
	}
	decode(t, cli(t, "--db", path, "import", "clients", file, "--dry-run", "--json"), &rep)
	if len(rep.Lines) != 2 || rep.Lines[0].Action != domain.ImportAdd || rep.Lines[1].Action != domain.ImportRefuse ||
		!strings.HasPrefix(rep.Lines[1].Reason, "Country: ") || rep.Notices == nil {
		t.Errorf("report %+v", rep)
	}
}

// What export writes, import reads back into an empty database as the same
// data: exporting that database again gives the same bytes.
func TestExportImportRoundTrip(t *testing.T) {
	src := demoCopy(t)
	for _, tc := range []struct {
		what string
		args []string
	}{
		{"clients", nil},
		{"managers", nil},
		{"managers", []string{"--delimiter", ",", "--no-bom"}},
		{"all", nil},
	} {
		t.Run(tc.what+strings.Join(tc.args, ""), func(t *testing.T) {
			dir := t.TempDir()
			first, second := filepath.Join(dir, "first"), filepath.Join(dir, "second")
			r := cli(t, append([]string{"--db", src, "export", tc.what, "-o", first}, tc.args...)...)
			mustOK(t, r)
			if !strings.HasPrefix(r.stdout, "Exported ") {
				t.Errorf("stdout %q", r.stdout)
			}
			assertPrivate(t, first)

			empty := filepath.Join(dir, "empty.db")
			mustOK(t, cli(t, "--db", empty, "import", tc.what, first))
			mustOK(t, cli(t, append([]string{"--db", empty, "export", tc.what, "-o", second}, tc.args...)...))
			a, _ := os.ReadFile(first)
			b, _ := os.ReadFile(second)
			if string(a) != string(b) || len(a) < 100 {
				t.Errorf("the second export differs from the first (%d and %d bytes)", len(a), len(b))
			}
		})
	}
}

func assertPrivate(t *testing.T, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("%s has mode %v, want 0600: it holds personal data", path, fi.Mode().Perm())
	}
}

// lateBadRoster is a sheet of 3,000 managers in UTF-8 whose line 2,502
// holds bad.
func lateBadRoster(bad string) string {
	var b strings.Builder
	b.WriteString("Naam;E-mail;Profiel\r\n")
	for i := range 3000 {
		cv := "Liège"
		if i == 2500 {
			cv = bad
		}
		b.WriteString("Manager " + itoa(i) + ";late" + itoa(i) + "@example.be;" + cv + "\r\n")
	}
	return b.String()
}

// Progress comes every 1,000 lines while the file is read, without a total
// until the end.
func TestImportReportsProgress(t *testing.T) {
	path := demoCopy(t)
	var b strings.Builder
	b.WriteString("Name;E-mail\n")
	for i := range 2500 {
		b.WriteString("Manager " + itoa(i) + ";progress" + itoa(i) + "@example.be\n")
	}
	r := cli(t, "--db", path, "import", "managers", writeFile(t, "roster.csv", b.String()), "--progress")
	if want := "import: 1000 lines\nimport: 2000 lines\nimport: 2500 of 2500 lines\n"; r.code != 0 || r.stderr != want {
		t.Errorf("exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
	if !strings.HasPrefix(r.stdout, "Imported managers from ") || !strings.Contains(r.stdout, ": 2500 added") {
		t.Errorf("stdout %q", r.stdout)
	}
}

func TestImportExportRefusals(t *testing.T) {
	path := demoCopy(t)
	before := counts(t, path)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"import", "managers", filepath.Join(t.TempDir(), "nope.csv")}, "There is no file"},
		{"not a table", []string{"import", "managers", writeFile(t, "x.csv", "Name;CV\nAn;\"open\n")}, "The file cannot be read from line 2 on"},
		{"no name column", []string{"import", "clients", writeFile(t, "x.csv", "City;Country\nGent;BE\n")}, "The file has no column for the legal name"},
		// The file is read as it is imported: what turns out wrong on line
		// 2,502 stops the import after 2,500 lines were written into its
		// transaction, and none of them stays.
		{"not UTF-8 after 2,500 lines of UTF-8", []string{"import", "managers", writeFile(t, "mixed.csv", lateBadRoster("Li\xe8ge"))}, "The file mixes encodings: line 2502 holds bytes that are not UTF-8"},
		{"a quote left open after 2,500 lines", []string{"import", "managers", "--skip-invalid", writeFile(t, "open.csv", lateBadRoster("\"never closed"))}, "The file cannot be read from line 2502 on"},
		{"JSON into a database with data", []string{"import", "all", writeFile(t, "x.json", `{"format": "interimdesk-export", "format_version": 1}`)}, "already holds data"},
		{"export over the database", []string{"export", "all", "-o", path}, "is the database itself"},
		{"export into a missing folder", []string{"export", "clients", "-o", filepath.Join(t.TempDir(), "no", "x.csv")}, "its folder does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mustRefuse(t, cli(t, append([]string{"--db", path}, tc.args...)...), tc.want)
		})
	}
	if counts(t, path) != before {
		t.Error("a refusal wrote")
	}
	for _, args := range [][]string{
		{"import"},
		{"import", "invoices", "x.csv"},
		{"import", "managers"},
		{"import", "all", "x.json", "--dry-run"},
		{"export", "clients"},
		{"export", "-o", "x.csv"},
		{"export", "clients", "-o", "x.csv", "--delimiter", "|"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			if r := cli(t, append([]string{"--db", path}, args...)...); r.code != 2 {
				t.Errorf("exit %d, stderr %q", r.code, r.stderr)
			}
		})
	}
}
