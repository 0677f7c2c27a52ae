package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// showJSON returns what "proposal show ID --json" prints.
func showJSON(t *testing.T, path string, id int64) string {
	t.Helper()
	r := cli(t, "--db", path, "proposal", "show", fmt.Sprint(id), "--json")
	mustOK(t, r)
	return r.stdout
}

// content is a proposal without what the store decides, for comparing a
// copy with its original.
func content(p domain.Proposal) domain.Proposal {
	p.ID, p.Status, p.StatusDate, p.AcceptedOption = 0, "", domain.Date{}, ""
	p.Number, p.Version, p.IssuedOn, p.Rev = "", 0, domain.Date{}, 0
	p.CreatedAt, p.UpdatedAt = time.Time{}, time.Time{}
	return p
}

// createFrom writes text to a file and runs "proposal create --from" on it.
func createFrom(t *testing.T, path, text string) result {
	t.Helper()
	file := filepath.Join(t.TempDir(), "proposal.json")
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return cli(t, "--db", path, "proposal", "create", "--from", file)
}

// Every sample proposal, whatever its status, copies into a new draft with
// the same content and the same totals.
func TestProposalCreateRoundTrip(t *testing.T) {
	path := demoCopy(t)
	var list listJSON[domain.Proposal]
	decode(t, cli(t, "--db", path, "proposal", "list", "--json"), &list)
	for _, orig := range list.Items {
		t.Run(orig.Title, func(t *testing.T) {
			r := createFrom(t, path, showJSON(t, path, orig.ID))
			mustOK(t, r)
			id, err := strconv.ParseInt(strings.TrimSuffix(r.stdout, "\n"), 10, 64)
			if err != nil || id <= orig.ID {
				t.Fatalf("stdout %q is not a new ID", r.stdout)
			}
			var want, got proposalJSON
			decode(t, cli(t, "--db", path, "proposal", "show", fmt.Sprint(orig.ID), "--json"), &want)
			decode(t, cli(t, "--db", path, "proposal", "show", fmt.Sprint(id), "--json"), &got)
			if !reflect.DeepEqual(got.Totals, want.Totals) {
				t.Errorf("totals %+v, want %+v", got.Totals, want.Totals)
			}
			if !reflect.DeepEqual(content(*got.Proposal), content(*want.Proposal)) {
				t.Errorf("the copy differs:\n got %+v\nwant %+v", content(*got.Proposal), content(*want.Proposal))
			}
			if got.Status != domain.ProposalDraft || got.Number != "" || got.Version != 0 || !got.IssuedOn.IsZero() || got.Rev != 1 {
				t.Errorf("the copy is %s %q v%d issued %s rev %d, want a new draft", got.Status, got.Number, got.Version, got.IssuedOn, got.Rev)
			}
			if h := history(t, path, id); len(h) != 0 {
				t.Errorf("the copy has versions %+v", h)
			}
		})
	}
}

// The fields show prints about where a proposal stands are accepted with
// any value and ignored; what is left out takes the defaults.
func TestProposalCreateIgnoresOutputFields(t *testing.T) {
	path := demoCopy(t)
	client := clientID(t, path, "Delta Chemicals Europe B.V.")
	r := createFrom(t, path, fmt.Sprintf(`{
		"id": "seven", "status": 5, "status_date": "yesterday", "accepted_option": ["both"],
		"number": null, "version": -1, "issued_on": {}, "rev": true,
		"created_at": "long ago", "updated_at": 0, "totals": {"interim_net": "lots", "unknown": 1},
		"client_id": %d, "title": "Integration health check",
		"interim": {"start": "2027-03-01", "weeks": 12, "days_per_week": 2, "day_rate": 140000}
	}`, client))
	mustOK(t, r)
	id, _ := strconv.ParseInt(strings.TrimSpace(r.stdout), 10, 64)
	var p proposalJSON
	decode(t, cli(t, "--db", path, "proposal", "show", fmt.Sprint(id), "--json"), &p)
	if p.Status != domain.ProposalDraft || p.Number != "" || p.Rev != 1 || !p.CreatedAt.Equal(testNow) {
		t.Errorf("status %s number %q rev %d created %s", p.Status, p.Number, p.Rev, p.CreatedAt)
	}
	// The firm's defaults, and the totals computed from the offer.
	if p.ValidityDays != 30 || p.VATRate != 21 || p.Totals.InterimNet != domain.Euros(1400*24) || p.Interim.Start != domain.NewDate(2027, 3, 1) {
		t.Errorf("validity %d, VAT %d, interim %v, start %s", p.ValidityDays, p.VATRate, p.Totals.InterimNet, p.Interim.Start)
	}
}

// A file that is not a proposal is refused with one sentence that names
// the file, the line and the field; nothing is created.
func TestProposalCreateRefusals(t *testing.T) {
	path := demoCopy(t)
	before := counts(t, path)
	client := clientID(t, path, "Delta Chemicals Europe B.V.")
	ok := fmt.Sprintf(`"client_id": %d, "title": "T"`, client)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"empty", "", []string{"proposal.json is empty"}},
		{"cut short", `{"client_id": 1,` + "\n" + `"title": "T"`, []string{"ends in the middle of the JSON object"}},
		{"a missing comma", "{\n\"client_id\": 1\n\"title\": \"T\"\n}", []string{"proposal.json, line 3: this is not valid JSON: invalid character '\"' after object key:value pair."}},
		{"a trailing comma", `{"client_id": 1,}`, []string{"line 1: this is not valid JSON"}},
		{"two objects", "{" + ok + "}\n{}", []string{"proposal.json, line 2: more follows the proposal's JSON object"}},
		{"a list", "[{" + ok + "}]", []string{"proposal.json holds an array; it should hold one proposal as a JSON object."}},
		{"a list output", `{"total": 1, "items": []}`, []string{`line 1: unknown field "total"`}},
		{"an unknown field", "{\n" + ok + ",\n\"colour\": \"blue\"}", []string{`proposal.json, line 3: unknown field "colour"; a proposal file holds the fields "proposal show ID --json" prints (see docs/PROPOSAL_JSON.md).`}},
		{"a misspelt nested field", "{" + ok + ",\n\"interim\": {\n\"weeks\": 4,\n\"day_rte\": 100000}}", []string{`line 4: unknown field "interim.day_rte"`}},
		{"a field of a phase", "{" + ok + `, "consulting": {"phases": [{"name": "A"}, {"name": "B", "cost": 1}]}}`, []string{`unknown field "consulting.phases[1].cost"`}},
		{"a known name in the wrong place", `{"interim": {"weeks": 3}, "weeks": 5}`, []string{`unknown field "weeks"`}},
		{"a number as text", "{" + ok + ",\n\"interim\": {\"weeks\": \"ten\"}}", []string{`proposal.json, line 2: the field "interim.weeks" must be a whole number, not a string.`}},
		{"euros with decimals", "{" + ok + `, "interim": {"day_rate": 1550.50}}`, []string{`the field "interim.day_rate" must be a whole number of euro cents, not a number 1550.50.`}},
		{"an amount as text", "{" + ok + `, "consulting": {"phases": [{"name": "A", "fee": "€ 1.000"}]}}`, []string{`the field "consulting.phases[0].fee" must be a whole number of euro cents, not a string.`}},
		{"a day that does not exist", "{" + ok + ",\n\"interim\": {\n\"start\": \"2027-02-30\"}}", []string{`proposal.json, line 3: the field "interim.start" must be a date written "YYYY-MM-DD", or null, not "2027-02-30".`}},
		{"a client that does not exist", `{"client_id": 999, "title": "T"}`, []string{"Client: there is no client with number 999; choose another client."}},
		{"no client", `{"title": "T"}`, []string{"Client: is required"}},
		{"a manager that does not exist", "{" + ok + `, "interim": {"manager_id": 777}}`, []string{"Manager: there is no manager with number 777"}},
		{"no title", fmt.Sprintf(`{"client_id": %d}`, client), []string{"Title:"}},
		{"seven days a week", "{" + ok + `, "interim": {"weeks": 4, "days_per_week": 7}}`, []string{"Days per week: must be between 1 and 5."}},
		{"an unknown language", "{" + ok + `, "language": "de"}`, []string{"Document language: must be nl, en or fr."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mustRefuse(t, createFrom(t, path, tc.text), tc.want...)
			if got := counts(t, path); got != before {
				t.Errorf("counts went from %v to %v", before, got)
			}
		})
	}

	t.Run("no such file", func(t *testing.T) {
		missing := filepath.Join(t.TempDir(), "nope.json")
		mustRefuse(t, cli(t, "--db", path, "proposal", "create", "--from", missing), "--from: there is no file "+missing+".")
	})
	t.Run("a folder", func(t *testing.T) {
		dir := t.TempDir()
		mustRefuse(t, cli(t, "--db", path, "proposal", "create", "--from", dir), "--from: cannot read "+dir)
	})
	t.Run("usage", func(t *testing.T) {
		for _, args := range [][]string{{}, {"--from"}, {"--from", "a.json", "b.json"}} {
			r := cli(t, append([]string{"--db", path, "proposal", "create"}, args...)...)
			if r.code != 2 || !strings.Contains(r.stderr, "usage:") {
				t.Errorf("%q: exit %d, stderr %q", args, r.code, r.stderr)
			}
		}
	})
	if got := counts(t, path); got != before {
		t.Errorf("counts went from %v to %v", before, got)
	}
}

// The file is read before the database is opened: a bad file with a
// mistyped --db creates no database.
func TestProposalCreateChecksTheFileFirst(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never.db")
	r := createFrom(t, db, `{"colour": 1}`)
	mustRefuse(t, r, `unknown field "colour"`)
	r = createFrom(t, db, `{"client_id": 1, "title": "T"}`)
	mustRefuse(t, r, "There is no database at "+db)
	if exists(db) {
		t.Error("the database was created")
	}
}
