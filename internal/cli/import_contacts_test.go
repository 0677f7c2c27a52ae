package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// contactSample is a contact file as LinkedIn, Google or Outlook export it.
func contactSample(name string) string {
	return filepath.Join("..", "csvio", "testdata", "contacts", name)
}

// LinkedIn's Connections.csv and Google's contacts, imported into a new
// database: the dry run says what each column becomes and which lines are
// likely duplicates, and a second file's person without an e-mail address
// updates the one stored under that name instead of being added twice.
func TestImportContactFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "desk.db")
	linkedin := contactSample("Connections.csv")

	r := cli(t, "--db", path, "import", "managers", linkedin, "--dry-run")
	mustOK(t, r)
	out := strings.Join(strings.Fields(r.stdout), " ")
	for _, want := range []string{
		"Columns First Name, Last Name → name, joined",
		"Column Email Address → e-mail",
		"Column Company → company",
		"Column Position → headline",
		"Columns URL, Connected On: ignored, not a field Interim Desk knows",
		"line 6: add Joelle DUBOIS",
		"line 9: skip Sofie Maes is also on line 8, and this line has no e-mail to tell them apart; it was left out as a likely duplicate.",
		"Notice: Line 5 was taken as the header; the 3 lines with text above it were skipped.",
		"Lines left out as likely duplicates: 1",
		"Dry run of " + linkedin + ": 4 to add, 0 to update, 0 unchanged, 0 refused; nothing was written.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, r.stdout)
		}
	}

	r = cli(t, "--db", path, "import", "managers", linkedin)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "Imported managers from "+linkedin+": 4 added, 0 updated, 0 unchanged.") {
		t.Errorf("import said %s", r.stdout)
	}

	r = cli(t, "--db", path, "import", "managers", contactSample("google-contacts.csv"), "--dry-run")
	mustOK(t, r)
	out = strings.Join(strings.Fields(r.stdout), " ")
	for _, want := range []string{
		"Columns First Name, Middle Name, Last Name → name, joined",
		"Columns E-mail 1 - Value, E-mail 2 - Value → e-mail, the first filled on each line",
		"Columns Name Prefix, Name Suffix: ignored, a salutation",
		"line 7: update manager 1 Joelle DUBOIS (matched by name: the line has no e-mail): phone, headline",
		"2 to add, 1 to update",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, r.stdout)
		}
	}

	// Outlook's Title is a salutation; its Job Title the headline.
	r = cli(t, "--db", path, "import", "managers", contactSample("outlook-contacts.csv"), "--dry-run")
	mustOK(t, r)
	out = strings.Join(strings.Fields(r.stdout), " ")
	for _, want := range []string{"Column Job Title → headline", "Columns Title, Suffix: ignored, a salutation (Dhr., Mevr., Mr.), never a headline",
		"Columns Mobile Phone, Home Phone, Business Phone → phone, the first filled on each line", "line 4: update manager 2 Pieter Van den Broeck"} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, r.stdout)
		}
	}

	// Excel's sep= line, and a file in which no line names the name.
	r = cli(t, "--db", path, "import", "managers", contactSample("excel-sep.csv"), "--dry-run")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "line 3:") || !strings.Contains(r.stdout, "2 to add") {
		t.Errorf("sep= file:\n%s", r.stdout)
	}
	r = cli(t, "--db", path, "import", "managers", writeFile(t, "noname.csv", "Notes:\n\nEmail Address,Company\nanne@example.be,Smet BV\n"))
	mustRefuse(t, r, "The file has no column for the name: line 3 was taken as the header, and its columns are “Email Address”, “Company”.")
}
