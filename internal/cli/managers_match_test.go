package cli

import (
	"slices"
	"strings"
	"testing"
)

type matchOut struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Score   int    `json:"score"`
	Reasons []struct {
		Kind  string   `json:"kind"`
		Words []string `json:"words"`
		Text  string   `json:"text"`
	} `json:"reasons"`
	Excluded *struct {
		Kind string `json:"kind"`
		Text string `json:"text"`
	} `json:"excluded"`
}

// checkRanked fails unless the included come first, best first, and the
// excluded after, each excluded one with its reason.
func checkRanked(t *testing.T, ms []matchOut) (included []matchOut) {
	t.Helper()
	for i, m := range ms {
		if m.ID == 0 || m.Name == "" || m.Reasons == nil {
			t.Errorf("candidate %d lacks id, name or reasons: %+v", i, m)
		}
		if m.Excluded != nil {
			if m.Excluded.Text == "" {
				t.Errorf("%s excluded without a reason", m.Name)
			}
			continue
		}
		if len(included) != i {
			t.Errorf("%s comes after an excluded manager", m.Name)
		}
		if len(included) > 0 && included[len(included)-1].Score < m.Score {
			t.Errorf("%s (%d) after a lower score", m.Name, m.Score)
		}
		included = append(included, m)
	}
	return included
}

func TestManagersMatchFromCriteria(t *testing.T) {
	path := demoCopy(t)
	var ms []matchOut
	decode(t, cliEnv(t, func(k string) string {
		if k == "INTERIMDESK_LANG" {
			return "en"
		}
		return ""
	}, "--db", path, "managers", "match", "--keywords", "finance ziekenhuis", "--language", "fr",
		"--start", "2027-01-04", "--days-per-week", "4", "--max-rate", "1500", "--client-rate", "1800", "--json"), &ms)
	in := checkRanked(t, ms)
	if len(in) == 0 {
		t.Fatal("nobody matched")
	}
	var names []string
	for _, m := range in {
		names = append(names, m.Name)
	}
	if !slices.Contains(names, "Frédéric Dumont") {
		t.Errorf("Frédéric Dumont (finance, fr, 1300) not among %q", names)
	}
	if r := in[0].Reasons[0]; r.Kind != "words" || !strings.Contains(r.Text, "matched words:") {
		t.Errorf("the best's first reason is %+v, want the matched words", r)
	}
	for _, m := range ms {
		if m.Excluded != nil && m.Excluded.Kind == "no_common_language" && !strings.Contains(m.Excluded.Text, "speaks none of fr") {
			t.Errorf("language exclusion says %q", m.Excluded.Text)
		}
	}
	// The table for people, and a refusal naming the field.
	r := cliEnv(t, func(k string) string { return map[string]string{"INTERIMDESK_LANG": "nl"}[k] },
		"--db", path, "managers", "match", "--keywords", "finance", "--language", "fr", "--limit", "3")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "gevonden woorden: finance") {
		t.Errorf("Dutch table lacks the matched words:\n%s", r.stdout)
	}
	mustRefuse(t, cli(t, "--db", path, "managers", "match", "--days-per-week", "9"))
}

func TestManagersMatchFromProposal(t *testing.T) {
	path := demoCopy(t)
	var ms []matchOut
	decode(t, cli(t, "--db", path, "managers", "match", "1", "--limit", "2", "--json"), &ms)
	in := checkRanked(t, ms)
	if len(in) == 0 || len(in) > 2 {
		t.Errorf("--limit 2 gave %d ranked managers", len(in))
	}
	mustRefuse(t, cli(t, "--db", path, "managers", "match", "999999"))
	if r := cli(t, "--db", path, "managers", "match", "1", "2"); r.code != 2 || !strings.Contains(r.stderr, "unexpected argument") {
		t.Errorf("two IDs: exit %d, stderr %q; want a usage error", r.code, r.stderr)
	}
}
