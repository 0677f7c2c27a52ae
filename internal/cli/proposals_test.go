package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// idOf finds the ID of the record named name in a --json list.
func idOf[T any](t *testing.T, path, what, name string, nameOf func(T) (string, int64)) int64 {
	t.Helper()
	var list listJSON[T]
	args := []string{"--db", path, what, "list", "--json", "--limit", "1000"}
	if what == "managers" {
		args = append(args, "--inactive")
	}
	decode(t, cli(t, args...), &list)
	for _, it := range list.Items {
		if n, id := nameOf(it); n == name {
			return id
		}
	}
	t.Fatalf("no %s named %q", what, name)
	return 0
}

func clientID(t *testing.T, path, name string) int64 {
	return idOf(t, path, "clients", name, func(c domain.Client) (string, int64) { return c.LegalName, c.ID })
}

func managerID(t *testing.T, path, name string) int64 {
	return idOf(t, path, "managers", name, func(m domain.Manager) (string, int64) { return m.Name, m.ID })
}

func proposalID(t *testing.T, path, title string) int64 {
	return idOf(t, path, "proposals", title, func(p domain.Proposal) (string, int64) { return p.Title, p.ID })
}

func TestProposalsList(t *testing.T) {
	path := demoCopy(t)
	vandewalle := clientID(t, path, "Vandewalle Kunststoffen NV")
	for _, tc := range []struct {
		name  string
		args  []string
		total int
	}{
		{"all", nil, 8},
		{"drafts", []string{"--status", "draft"}, 2},
		{"issued", []string{"--status", "issued"}, 2},
		{"accepted", []string{"--status", "accepted"}, 2},
		{"declined", []string{"--status", "declined"}, 1},
		{"expired", []string{"--status", "expired"}, 1},
		{"one client", []string{"--client", fmt.Sprint(vandewalle)}, 1},
		{"client without proposals", []string{"--client", "999"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var list listJSON[domain.Proposal]
			decode(t, cli(t, append([]string{"--db", path, "proposals", "list", "--json"}, tc.args...)...), &list)
			if list.Total != tc.total || len(list.Items) != tc.total {
				t.Errorf("total %d with %d items, want %d", list.Total, len(list.Items), tc.total)
			}
			r := cli(t, append([]string{"--db", path, "proposals", "list"}, tc.args...)...)
			mustOK(t, r)
			if !strings.HasSuffix(r.stdout, fmt.Sprintf("%d of %d proposals\n", tc.total, tc.total)) {
				t.Errorf("no count line:\n%s", r.stdout)
			}
		})
	}

	r := cli(t, "--db", path, "proposals", "list")
	mustOK(t, r)
	// The issue numbers follow the calendar across the new year: four in
	// 2026, then the count restarts; the re-issued proposal keeps its number.
	for _, w := range []string{
		"OFF-2026-0001", "OFF-2026-0004", "OFF-2027-0001", "OFF-2027-0002",
		"Vandewalle Plastics", "€161,200.00", "€64,000.00",
	} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("list lacks %q:\n%s", w, r.stdout)
		}
	}
}

func TestProposalsShow(t *testing.T) {
	path := demoCopy(t)
	id := proposalID(t, path, "Post-merger integration of the Belgian acquisition")

	t.Run("json embeds the totals", func(t *testing.T) {
		r := cli(t, "--db", path, "proposals", "show", fmt.Sprint(id), "--json")
		var got struct {
			domain.Proposal
			Totals *domain.Totals `json:"totals"`
		}
		decode(t, r, &got)
		if got.Totals == nil {
			t.Fatalf("no totals in %s", r.stdout)
		}
		if want := got.Proposal.Totals(); fmt.Sprintf("%+v", *got.Totals) != fmt.Sprintf("%+v", want) {
			t.Errorf("totals %+v, want %+v", *got.Totals, want)
		}
		if got.Number != "OFF-2027-0001" || got.Version != 2 || got.Status != domain.ProposalIssued {
			t.Errorf("number %q version %d status %s", got.Number, got.Version, got.Status)
		}
		// The revision raised the weeks from 24 to 26 at 1,500 a day.
		if got.Totals.InterimNet != domain.Euros(1500*3*26) || !got.Totals.ReverseCharge || got.Totals.InterimVAT != 0 {
			t.Errorf("interim totals %+v", got.Totals)
		}
		var raw map[string]json.RawMessage
		json.Unmarshal([]byte(r.stdout), &raw)
		if _, ok := raw["totals"]; !ok {
			t.Error(`no "totals" key at the top level`)
		}
	})

	t.Run("for people", func(t *testing.T) {
		r := cli(t, "--db", path, "proposals", "show", fmt.Sprint(id))
		mustOK(t, r)
		for _, w := range []string{
			"Number:", "OFF-2027-0001", "Version:", "Client:", "Delta Chemicals Europe B.V.",
			"VAT:", "21%, reverse charged",
			"Interim mandate", "Manager:", "Koen Peeters", "Objectives:", "- Deliver the procurement synergies of the first year",
			"Duration:", "26 weeks × 3 days a week = 78 days", "€117,000.00",
			"Consulting offer", "Phase 1:", "Health check, 2 weeks, €16,000.00", "€62,500.00",
			"Recommended:", "interim",
		} {
			if !strings.Contains(r.stdout, w) {
				t.Errorf("show lacks %q:\n%s", w, r.stdout)
			}
		}
	})

	t.Run("permanent hire comparison", func(t *testing.T) {
		id := proposalID(t, path, "Interim CFO tijdens de herstructurering")
		r := cli(t, "--db", path, "proposals", "show", fmt.Sprint(id))
		mustOK(t, r)
		for _, w := range []string{"Permanent hire, for comparison", "Recruitment fee:", "€41,250.00", "+ VAT €33,852.00 = €195,052.00", "Accepted option:"} {
			if !strings.Contains(r.stdout, w) {
				t.Errorf("show lacks %q:\n%s", w, r.stdout)
			}
		}
	})

	t.Run("unknown ID", func(t *testing.T) {
		mustRefuse(t, cli(t, "--db", path, "proposals", "show", "777"), "777")
	})
}

func TestEngagements(t *testing.T) {
	path := demoCopy(t)
	gerard := managerID(t, path, "Gérard Van den Bossche")
	isv := clientID(t, path, "Intercommunale Scheldevallei")
	for _, tc := range []struct {
		name  string
		args  []string
		total int
	}{
		{"all", nil, 6},
		{"active", []string{"--status", "active"}, 2},
		{"planned", []string{"--status", "planned"}, 1},
		{"one manager", []string{"--manager", fmt.Sprint(gerard)}, 1},
		{"one client", []string{"--client", fmt.Sprint(isv)}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var list listJSON[domain.Engagement]
			decode(t, cli(t, append([]string{"--db", path, "engagements", "list", "--json"}, tc.args...)...), &list)
			if list.Total != tc.total || len(list.Items) != tc.total {
				t.Errorf("total %d with %d items, want %d", list.Total, len(list.Items), tc.total)
			}
		})
	}

	r := cli(t, "--db", path, "engagements", "list")
	mustOK(t, r)
	for _, w := range []string{"KIND", "RATE/FEE", "consulting", "€38,000.00 fee", "Gérard Van den Bossche", "€1,550.00/day", "6 of 6 engagements\n"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("list lacks %q:\n%s", w, r.stdout)
		}
	}

	var list listJSON[domain.Engagement]
	decode(t, cli(t, "--db", path, "engagements", "list", "--status", "terminated", "--json"), &list)
	if len(list.Items) != 1 {
		t.Fatalf("%d terminated engagements", len(list.Items))
	}
	e := list.Items[0]
	r = cli(t, "--db", path, "engagements", "show", fmt.Sprint(e.ID))
	mustOK(t, r)
	for _, w := range []string{"Status:", "terminated", "Terminated on:", e.TerminatedOn.String(), "End reason:", "e-commerce division", "Zoë Maes", "Notice period:", "30 days"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("show lacks %q:\n%s", w, r.stdout)
		}
	}
	var got domain.Engagement
	decode(t, cli(t, "--db", path, "engagements", "show", fmt.Sprint(e.ID), "--json"), &got)
	if got.ID != e.ID || got.EndReason != e.EndReason || got.TerminatedOn != e.TerminatedOn {
		t.Errorf("show --json %+v, want %+v", got, e)
	}
	mustRefuse(t, cli(t, "--db", path, "engagements", "show", "99"), "99")
}
