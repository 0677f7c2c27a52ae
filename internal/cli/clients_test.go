package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Invalid input is refused with one sentence naming the field, and nothing
// is written: neither into an existing database nor, for a new path, a file.
func TestAddRefusesInvalidInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"Belgian VAT with a wrong check",
			[]string{"clients", "add", "--name", "X", "--country", "BE", "--vat", "BE0123456788", "--language", "nl"},
			[]string{"VAT number:", "97"}},
		{"VAT of another country than the address",
			[]string{"clients", "add", "--name", "X", "--country", "NL", "--vat", "BE0123456749", "--language", "nl"},
			[]string{"VAT number:", "BE", "NL"}},
		{"invalid contact e-mail",
			[]string{"clients", "add", "--name", "X", "--country", "BE", "--email", "els.vanhoutte@", "--language", "nl"},
			[]string{"Contact e-mail:"}},
		{"client without a name",
			[]string{"clients", "add", "--country", "BE", "--language", "nl"},
			[]string{"Legal name: is required."}},
		{"client without a country",
			[]string{"clients", "add", "--name", "X", "--language", "nl"},
			[]string{"Country: is required."}},
		{"unknown document language",
			[]string{"clients", "add", "--name", "X", "--country", "BE", "--language", "de"},
			[]string{"Document language:"}},
		{"enterprise number with a wrong check",
			[]string{"clients", "add", "--name", "X", "--country", "BE", "--company-number", "0123.456.748", "--language", "fr"},
			[]string{"Enterprise number:"}},
		{"IBAN with a typo",
			[]string{"managers", "add", "--name", "Jan Peeters", "--iban", "BE71 0961 2345 6768"},
			[]string{"Company IBAN:", "check digits"}},
		{"negative day rate",
			[]string{"managers", "add", "--name", "Jan Peeters", "--day-rate", "-1250"},
			[]string{"Day rate: cannot be negative."}},
		{"day rate that is not an amount",
			[]string{"managers", "add", "--name", "Jan Peeters", "--day-rate", "twelve hundred"},
			[]string{"Day rate:", "not an amount"}},
		{"invalid manager e-mail",
			[]string{"managers", "add", "--name", "Jan Peeters", "--email", "jan peeters@example.be"},
			[]string{"E-mail:", "space"}},
		{"date that does not exist",
			[]string{"managers", "add", "--name", "Jan Peeters", "--available-from", "2027-02-30"},
			[]string{"Available from:", "2027-02-30"}},
		{"six days a week",
			[]string{"managers", "add", "--name", "Jan Peeters", "--days-per-week", "6"},
			[]string{"Days per week: must be between 1 and 5."}},
		{"language code of three letters",
			[]string{"managers", "add", "--name", "Jan Peeters", "--languages", "nl,fra"},
			[]string{"Languages:", "fra"}},
		{"manager VAT with a wrong check",
			[]string{"managers", "add", "--name", "Jan Peeters", "--vat", "NL123456789B01"},
			[]string{"Company VAT number:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := demoCopy(t)
			before := counts(t, path)
			mustRefuse(t, cli(t, append([]string{"--db", path}, tc.args...)...), tc.want...)
			if got := counts(t, path); got != before {
				t.Errorf("counts went from %v to %v", before, got)
			}

			fresh := filepath.Join(t.TempDir(), "fresh.db")
			mustRefuse(t, cli(t, append([]string{"--db", fresh}, tc.args...)...), tc.want...)
			if exists(fresh) {
				t.Error("refused input created a database file")
			}
		})
	}
}

// The store's own refusals (here a VAT number already in use) arrive as one
// line too, and leave the database as it was.
func TestAddRefusesConflict(t *testing.T) {
	path := demoCopy(t)
	before := counts(t, path)
	r := cli(t, "--db", path, "clients", "add", "--name", "Copycat NV", "--country", "BE", "--vat", "BE 0656.734.540", "--language", "nl")
	if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || r.stdout != "" {
		t.Errorf("exit %d, stderr %q, stdout %q; want one line and exit 1", r.code, r.stderr, r.stdout)
	}
	if got := counts(t, path); got != before {
		t.Errorf("counts went from %v to %v", before, got)
	}
}

func TestClientsAddShowList(t *testing.T) {
	path := demoCopy(t)
	r := cli(t, "--db", path, "clients", "add",
		"--name", "Brouwerij Sint-Ævermaes BV", "--trade-name", "Sint-Ævermaes",
		"--vat", "be 0449.883.327", "--company-number", "0449.883.327",
		"--street", "Kaai 4", "--postcode", "9000", "--city", "Gent", "--country", "be",
		"--sector", "food", "--contact-name", "Lies Dhondt", "--contact-role", "CFO",
		"--email", "lies@sintaevermaes.be", "--phone", "+32 9 123 45 67", "--notes", "Met at Voka event.")
	mustOK(t, r)
	var id int64
	if _, err := fmt.Sscanf(r.stdout, "%d\n", &id); err != nil || id <= 0 {
		t.Fatalf("add printed %q, want the new ID", r.stdout)
	}

	var c domain.Client
	decode(t, cli(t, "--db", path, "clients", "show", fmt.Sprint(id), "--json"), &c)
	want := domain.Client{
		ID: id, LegalName: "Brouwerij Sint-Ævermaes BV", TradeName: "Sint-Ævermaes",
		VATID: "BE0449883327", CompanyNumber: "0449.883.327",
		Address: domain.Address{Street: "Kaai 4", Postcode: "9000", City: "Gent", Country: "BE"},
		Sector:  "food",
		Contact: domain.Contact{Name: "Lies Dhondt", Role: "CFO", Email: "lies@sintaevermaes.be", Phone: "+32 9 123 45 67"},
		// No --language: the firm's default language (the sample firm's is nl).
		Language: domain.LangNL,
		Notes:    "Met at Voka event.",
	}
	c.Rev, c.CreatedAt, c.UpdatedAt = 0, want.CreatedAt, want.UpdatedAt
	if fmt.Sprintf("%+v", c) != fmt.Sprintf("%+v", want) {
		t.Errorf("show --json\n got %+v\nwant %+v", c, want)
	}

	r = cli(t, "--db", path, "clients", "show", fmt.Sprint(id))
	mustOK(t, r)
	for _, w := range []string{"Legal name:", "Brouwerij Sint-Ævermaes BV", "Enterprise number:", "Kaai 4, 9000 Gent", "Lies Dhondt, CFO"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("show lacks %q:\n%s", w, r.stdout)
		}
	}

	// The new client is found by its contact person.
	var list listJSON[domain.Client]
	decode(t, cli(t, "--db", path, "clients", "list", "--query", "dhondt", "--json"), &list)
	if list.Total != 1 || len(list.Items) != 1 || list.Items[0].ID != id {
		t.Errorf("search by contact: %+v", list)
	}
}

func TestClientsList(t *testing.T) {
	path := demoCopy(t)
	for _, tc := range []struct {
		name  string
		args  []string
		total int
		has   []string
	}{
		{"active clients", nil, 10, []string{"Vandewalle Plastics", "Clinique Sainte-Élisabeth ASBL"}},
		{"with archived", []string{"--archived"}, 11, []string{"Drukkerij Van Acker BV"}},
		{"Dutch clients", []string{"--country", "nl"}, 4, []string{"Brabantse Zuivel B.V."}},
		{"accent-insensitive", []string{"--query", "elisabeth"}, 1, []string{"Clinique Sainte-Élisabeth ASBL"}},
		{"accents typed, none stored", []string{"--query", "Pëeters"}, 1, []string{"Peeters Bakery"}},
		{"by VAT number", []string{"--query", "NL733080157B01"}, 1, []string{"Delta Chemicals Europe B.V."}},
		{"no match", []string{"--query", "zzzz"}, 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var list listJSON[domain.Client]
			decode(t, cli(t, append([]string{"--db", path, "clients", "list", "--json"}, tc.args...)...), &list)
			if list.Total != tc.total || len(list.Items) != tc.total {
				t.Errorf("total %d with %d items, want %d", list.Total, len(list.Items), tc.total)
			}
			r := cli(t, append([]string{"--db", path, "clients", "list"}, tc.args...)...)
			mustOK(t, r)
			if !strings.HasSuffix(r.stdout, fmt.Sprintf("%d of %d clients\n", tc.total, tc.total)) {
				t.Errorf("no count line:\n%s", r.stdout)
			}
			if !strings.HasPrefix(r.stdout, "ID  NAME") {
				t.Errorf("no header:\n%s", r.stdout)
			}
			for _, h := range tc.has {
				if !strings.Contains(r.stdout, h) {
					t.Errorf("table lacks %q:\n%s", h, r.stdout)
				}
			}
		})
	}

	t.Run("a page of a longer list", func(t *testing.T) {
		r := cli(t, "--db", path, "clients", "list", "--limit", "3")
		mustOK(t, r)
		if !strings.HasSuffix(r.stdout, "3 of 10 clients\n") || strings.Count(r.stdout, "\n") != 5 {
			t.Errorf("want a header, 3 rows and the count line:\n%s", r.stdout)
		}
	})
	t.Run("empty list in JSON is an empty array", func(t *testing.T) {
		r := cli(t, "--db", path, "clients", "list", "--query", "zzzz", "--json")
		mustOK(t, r)
		if !strings.Contains(r.stdout, `"items": []`) {
			t.Errorf("want an empty array, got %s", r.stdout)
		}
	})
	t.Run("unknown ID", func(t *testing.T) {
		mustRefuse(t, cli(t, "--db", path, "clients", "show", "999"), "999")
	})
}

// --db wins over $INTERIMDESK_DB, which wins over the default path.
func TestDatabasePathPrecedence(t *testing.T) {
	fromEnv := demoCopy(t)
	fromFlag := filepath.Join(t.TempDir(), "flag.db")
	env := func(k string) string {
		if k == "INTERIMDESK_DB" {
			return fromEnv
		}
		return ""
	}
	r := cliEnv(t, env, "check")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "file "+fromEnv) {
		t.Errorf("check without --db used %q", r.stdout)
	}
	mustRefuse(t, cliEnv(t, env, "--db", fromFlag, "check"), fromFlag)
}
