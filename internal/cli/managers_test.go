package cli

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// managerNames runs a managers command with --json and returns the names.
func managerNames(t *testing.T, path string, args ...string) (names []string, total int) {
	t.Helper()
	var list listJSON[domain.Manager]
	decode(t, cli(t, append(append([]string{"--db", path, "managers"}, args...), "--json")...), &list)
	for _, m := range list.Items {
		names = append(names, m.Name)
	}
	return names, list.Total
}

func TestManagersSearchAndFilters(t *testing.T) {
	path := demoCopy(t)
	for _, tc := range []struct {
		name    string
		args    []string
		want    []string // all of these, in this order when exact
		exact   bool
		without []string
	}{
		{"French-speaking CFOs", []string{"search", "cfo", "--language", "fr", "--sort", "name"},
			[]string{"Frédéric Dumont", "Gérard Van den Bossche", "Hélène Lambert", "Joëlle Dubois"}, true, nil},
		// A search lists the best matches first unless --sort says
		// otherwise: all four have CFO in their headline, the first tier,
		// and a tier is in name order.
		{"French-speaking CFOs, best first", []string{"search", "cfo", "--language", "fr"},
			[]string{"Frédéric Dumont", "Gérard Van den Bossche", "Hélène Lambert", "Joëlle Dubois"}, true, nil},
		// Finance in the headline first, then in the skills, then
		// elsewhere; each by name.
		{"best first: the headline, then the skills", []string{"search", "finance"},
			[]string{"Pieter van den Berg", "Renée Vermeulen", "Anneliese Verbruggen", "Frédéric Dumont",
				"Gérard Van den Bossche", "Hélène Lambert", "Joëlle Dubois", "Koen Peeters"}, true, nil},
		{"query flag and argument agree", []string{"list", "--query", "cfo", "--language", "FR"},
			[]string{"Frédéric Dumont", "Gérard Van den Bossche", "Hélène Lambert", "Joëlle Dubois"}, true, nil},
		{"accents ignored: gerard", []string{"search", "gerard"}, []string{"Gérard Van den Bossche"}, true, nil},
		{"accents ignored: claeys", []string{"search", "claeys"}, []string{"Inge Claeÿs"}, true, nil},
		{"accents typed: Zoë", []string{"search", "Zoë", "maes"}, []string{"Zoë Maes"}, true, nil},
		{"prefix of the last word", []string{"search", "turnar", "--sort", "name"}, []string{"Anneliese Verbruggen", "Gérard Van den Bossche", "Thijs Hoekstra"}, true, nil},
		{"words in the CV", []string{"search", "FDA", "--sort", "name"}, []string{"Aurélie Hendrickx", "Chloé Lefèvre"}, true, nil},
		{"sector", []string{"list", "--sector", "pharma"}, []string{"Aurélie Hendrickx", "Chloé Lefèvre", "Joëlle Dubois", "Koen Peeters"}, true, nil},
		{"maximum day rate", []string{"list", "--max-rate", "900"}, []string{"Jeroen Mulder", "Renée Vermeulen", "Stijn Verhoeven"}, true, nil},
		{"maximum day rate written the Dutch way", []string{"list", "--max-rate", "€ 900,00"}, []string{"Jeroen Mulder", "Renée Vermeulen", "Stijn Verhoeven"}, true, nil},
		{"inactive left out", []string{"list", "--sector", "food"}, []string{"Daniël de Vries"}, false, []string{"Luc Van Hoecke"}},
		{"inactive included", []string{"list", "--sector", "food", "--inactive"}, []string{"Luc Van Hoecke"}, false, nil},
		// Today is 2027-01-15. On 2027-03-10 De Vries's mandate (until
		// 2027-03-06) is over; Wouters's planned one has not started, but
		// she is not free until it ends.
		{"available on a day", []string{"list", "--available-on", "2027-03-10", "--sector", "food"},
			[]string{"Bart Desmet", "Daniël de Vries", "Eline Van Damme", "Frédéric Dumont"}, true, []string{"Sofie Wouters"}},
		// Of the CFOs only Dubois is free today; Van den Bossche is on a
		// mandate, the others become available later.
		{"available today with free days", []string{"search", "cfo", "--min-free-days", "1"},
			[]string{"Joëlle Dubois"}, true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			names, total := managerNames(t, path, tc.args...)
			if total != len(names) {
				t.Errorf("total %d but %d items", total, len(names))
			}
			if tc.exact && !slices.Equal(names, tc.want) {
				t.Errorf("got %q\nwant %q", names, tc.want)
			}
			for _, w := range tc.want {
				if !slices.Contains(names, w) {
					t.Errorf("%q missing from %q", w, names)
				}
			}
			for _, w := range tc.without {
				if slices.Contains(names, w) {
					t.Errorf("%q should not be in %q", w, names)
				}
			}
		})
	}
}

func TestManagersTable(t *testing.T) {
	path := demoCopy(t)
	r := cli(t, "--db", path, "managers", "search", "cfo", "--language", "fr")
	mustOK(t, r)
	for _, w := range []string{
		"ID  NAME", "DAY RATE",
		"Joëlle Dubois", "€1,450.00",
		"on mandate until 2027-05-01 (4 d/wk)",
		"4 of 4 managers\n",
	} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("table lacks %q:\n%s", w, r.stdout)
		}
	}
	r = cli(t, "--db", path, "managers", "list", "--limit", "5")
	mustOK(t, r)
	if !strings.HasSuffix(r.stdout, "5 of 27 managers\n") {
		t.Errorf("want the count of active managers:\n%s", r.stdout)
	}
}

func TestManagersFilterRefusals(t *testing.T) {
	path := demoCopy(t)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"date that is not one", []string{"managers", "list", "--available-on", "next week"}, "Available on:"},
		{"amount that is not one", []string{"managers", "list", "--max-rate", "cheap"}, "Maximum day rate:"},
		{"zero maximum", []string{"managers", "search", "cfo", "--max-rate", "0"}, "Maximum day rate: must be more than zero"},
		{"unknown ID", []string{"managers", "show", "4242"}, "4242"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mustRefuse(t, cli(t, append([]string{"--db", path}, tc.args...)...), tc.want)
		})
	}
}

func TestManagersAddAndShow(t *testing.T) {
	path := demoCopy(t)
	r := cli(t, "--db", path, "managers", "add",
		"--name", "Ann-Sofie Van Overmeiren", "--email", "annsofie@overmeiren.be", "--phone", "+32 477 00 11 22",
		"--city", "Oudenaarde", "--headline", "Interim CFO",
		"--skills", "finance, turnaround; M&A", "--sectors", "food,retail", "--languages", "NL, fr,en",
		"--day-rate", "1.250,00", "--available-from", "2027-03-01",
		"--cv", "Former CFO of a Flemish food group. Led two refinancings.",
		"--company", "Overmeiren Finance BV", "--vat", "BE 0449.883.327", "--iban", "be12 3638 5777 6292",
		"--notes", "Referred by Gérard.")
	mustOK(t, r)
	var id int64
	if _, err := fmt.Sscanf(r.stdout, "%d\n", &id); err != nil {
		t.Fatalf("add printed %q, want the new ID", r.stdout)
	}

	var m domain.Manager
	decode(t, cli(t, "--db", path, "managers", "show", fmt.Sprint(id), "--json"), &m)
	checks := []struct {
		what      string
		got, want any
	}{
		{"name", m.Name, "Ann-Sofie Van Overmeiren"},
		{"skills", strings.Join(m.Skills, "|"), "finance|turnaround|M&A"},
		{"languages", strings.Join(m.Languages, "|"), "nl|fr|en"},
		{"day rate", m.DayRate, domain.Euros(1250)},
		{"available from", m.AvailableFrom, domain.NewDate(2027, 3, 1)},
		{"days per week (default)", m.MaxDaysPerWeek, 5},
		{"active", m.Active, true},
		{"status", m.Status.Availability, domain.AvailableFrom},
		{"company VAT", m.Company.VATID, "BE0449883327"},
		{"company IBAN", m.Company.IBAN, "BE12363857776292"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}

	r = cli(t, "--db", path, "managers", "show", fmt.Sprint(id))
	mustOK(t, r)
	for _, w := range []string{"Name:", "Ann-Sofie Van Overmeiren", "Own day fee:", "€1,250.00", "Company IBAN:", "BE12 3638 5777 6292", "Skills:", "finance, turnaround, M&A"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("show lacks %q:\n%s", w, r.stdout)
		}
	}

	// The defaults: available today, five days, no rate.
	r = cli(t, "--db", path, "managers", "add", "--name", "Wout Claes")
	mustOK(t, r)
	fmt.Sscanf(r.stdout, "%d\n", &id)
	decode(t, cli(t, "--db", path, "managers", "show", fmt.Sprint(id), "--json"), &m)
	if m.AvailableFrom != domain.NewDate(2027, 1, 15) || m.MaxDaysPerWeek != 5 || !m.Active {
		t.Errorf("defaults: available %s, %d days, active %v", m.AvailableFrom, m.MaxDaysPerWeek, m.Active)
	}
}

// TestManagersEditSetsTheCompanySeat: edit changes the fields its flags
// name and keeps the others; a company number that fails the seat
// country's check is refused naming the field, and nothing is written.
func TestManagersEditSetsTheCompanySeat(t *testing.T) {
	db := demoCopy(t)
	r := cli(t, "--db", db, "managers", "add", "--name", "An Peeters", "--day-rate", "1000")
	mustOK(t, r)
	id := strings.TrimSpace(r.stdout)
	mustOK(t, cli(t, "--db", db, "managers", "edit", id, "--company", "AP BV", "--company-street", "Kouter 1",
		"--company-postcode", "9000", "--company-city", "Gent", "--company-country", "BE", "--company-number", "0417.497.106"))
	r = cli(t, "--db", db, "managers", "show", id)
	mustOK(t, r)
	out := r.stdout
	for _, w := range []string{"An Peeters", "€1,000.00", "Kouter 1, 9000 Gent", "Company enterprise number:", "0417.497.106"} {
		if !strings.Contains(out, w) {
			t.Errorf("show lacks %q:\n%s", w, out)
		}
	}
	mustRefuse(t, cli(t, "--db", db, "managers", "edit", id, "--company-number", "0123.456.789"), "Company enterprise number:")
	if again := cli(t, "--db", db, "managers", "show", id); again.stdout != out {
		t.Errorf("a refused edit changed the manager:\n%s", again.stdout)
	}
}

// A search counts its matches only as far as the page needs
// (domain.MoreThan); the list without words is counted whole.
func TestManagersSearch_saysMoreThanWhenTheCountStoppedShort(t *testing.T) {
	path := demoCopy(t)
	var b strings.Builder
	b.WriteString("Name;E-mail;Headline\n")
	for i := range 1200 {
		b.WriteString("Zoeker " + itoa(i) + ";zoeker" + itoa(i) + "@example.be;Interim Zoekwoord\n")
	}
	mustOK(t, cli(t, "--db", path, "import", "managers", writeFile(t, "roster.csv", b.String())))

	r := cli(t, "--db", path, "managers", "search", "zoekwoord", "--limit", "5")
	mustOK(t, r)
	if !strings.HasSuffix(r.stdout, "5 of more than 1000 managers\n") {
		t.Errorf("a search of 1,200 managers:\n%s", r.stdout)
	}
	r = cliEnv(t, envOf("INTERIMDESK_LANG", "nl"), "--db", path, "managers", "search", "zoekwoord", "--limit", "5")
	mustOK(t, r)
	if !strings.HasSuffix(r.stdout, "5 van meer dan 1000 managers\n") {
		t.Errorf("in Dutch:\n%s", r.stdout)
	}
	var page struct {
		Total int  `json:"total"`
		More  bool `json:"more"`
	}
	decode(t, cli(t, "--db", path, "managers", "search", "zoekwoord", "--limit", "5", "--json"), &page)
	if page.Total != 1000 || !page.More {
		t.Errorf("--json says total %d, more %v; want 1000, true", page.Total, page.More)
	}
	r = cli(t, "--db", path, "managers", "search", "zoekwoord", "--limit", "100", "--offset", "1100")
	mustOK(t, r)
	if !strings.HasSuffix(r.stdout, "100 of 1200 managers\n") {
		t.Errorf("the last page counts them all:\n%s", r.stdout)
	}
	r = cli(t, "--db", path, "managers", "list", "--limit", "5")
	mustOK(t, r)
	if !strings.HasSuffix(r.stdout, "5 of 1227 managers\n") {
		t.Errorf("the roster without words is counted whole:\n%s", r.stdout)
	}
}
