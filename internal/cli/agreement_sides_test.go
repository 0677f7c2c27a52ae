package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// amounts writes m as each document language does, with plain spaces, as
// pdfText reads them.
func amounts(m domain.Money) []string {
	var out []string
	for _, l := range domain.Langs {
		out = append(out, strings.Join(strings.Fields(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(m.Format(l))), " "))
	}
	return out
}

// neverShows fails when text holds m in any language's way of writing it.
func neverShows(t *testing.T, doc, text string, what string, m domain.Money) {
	t.Helper()
	if m <= 0 {
		return
	}
	if a, ok := showsAmount(text, m); ok {
		t.Errorf("%s shows %s %s", doc, what, a)
	}
}

// showsAmount reports whether text holds m, as a whole amount: "1 050,00 €"
// is not in "11 050,00 €".
func showsAmount(text string, m domain.Money) (string, bool) {
	text = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(text)
	for _, a := range amounts(m) {
		if regexp.MustCompile(`(^|[^0-9])` + regexp.QuoteMeta(a) + `($|[^0-9])`).MatchString(text) {
			return a, true
		}
	}
	return "", false
}

// TestEachSideSeesOnlyItsFigure prints every document the demo can print
// (every proposal, and every engagement's agreements, the client's and the
// manager's) and reads its text: the client's documents never show the
// manager's day fee, the manager agreement never the client's day rate.
func TestEachSideSeesOnlyItsFigure(t *testing.T) {
	db := demoCopy(t)
	dir := outDir(t)

	var proposals struct {
		Items []struct {
			ID      int64 `json:"id"`
			Interim struct {
				DayRate       domain.Money `json:"day_rate"`
				ManagerDayFee domain.Money `json:"manager_day_fee"`
			} `json:"interim"`
		} `json:"items"`
	}
	r := cli(t, "--db", db, "proposal", "list", "--json")
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &proposals) != nil || len(proposals.Items) == 0 {
		t.Fatalf("proposal list: exit %d %s", r.code, r.stderr)
	}
	fees := 0
	for _, p := range proposals.Items {
		out := filepath.Join(dir, fmt.Sprintf("proposal-%d.pdf", p.ID))
		if r := cli(t, "--db", db, "proposal", "render", fmt.Sprint(p.ID), "-o", out); r.code != 0 {
			t.Fatalf("proposal %d: %s", p.ID, r.stderr)
		}
		if p.Interim.ManagerDayFee > 0 {
			fees++
		}
		neverShows(t, fmt.Sprintf("proposal %d", p.ID), pdfText(t, out), "the manager's day fee", p.Interim.ManagerDayFee)
	}

	type engagement struct {
		ID            int64        `json:"id"`
		Kind          string       `json:"kind"`
		ManagerID     int64        `json:"manager_id"`
		DayRate       domain.Money `json:"day_rate"`
		ManagerDayFee domain.Money `json:"manager_day_fee"`
	}
	var all []engagement
	for _, status := range []string{"planned", "active", "completed", "terminated"} {
		var list struct{ Items []engagement }
		r := cli(t, "--db", db, "engagements", "list", "--status", status, "--json")
		if r.code != 0 || json.Unmarshal([]byte(r.stdout), &list) != nil {
			t.Fatalf("engagements list %s: exit %d %s", status, r.code, r.stderr)
		}
		all = append(all, list.Items...)
	}
	managers := 0
	for _, e := range all {
		id := fmt.Sprint(e.ID)
		client := filepath.Join(dir, "client-"+id+".pdf")
		if r := cli(t, "--db", db, "contract", "render", id, "-o", client); r.code != 0 {
			t.Fatalf("engagement %d, client: %s", e.ID, r.stderr)
		}
		neverShows(t, "the client agreement of engagement "+id, pdfText(t, client), "the manager's day fee", e.ManagerDayFee)
		if e.Kind != "interim" || e.ManagerID == 0 {
			continue
		}
		managers++
		if e.ManagerDayFee <= 0 || e.DayRate <= e.ManagerDayFee {
			t.Errorf("engagement %d: rate %v, fee %v", e.ID, e.DayRate, e.ManagerDayFee)
		}
		m := filepath.Join(dir, "manager-"+id+".pdf")
		if r := cli(t, "--db", db, "contract", "render", id, "--party", "manager", "-o", m); r.code != 0 {
			t.Fatalf("engagement %d, manager: %s", e.ID, r.stderr)
		}
		text := pdfText(t, m)
		neverShows(t, "the manager agreement of engagement "+id, text, "the client's day rate", e.DayRate)
		if _, found := showsAmount(text, e.ManagerDayFee); !found {
			t.Errorf("the manager agreement of engagement %d does not show its fee %v", e.ID, e.ManagerDayFee)
		}
	}
	if fees == 0 || managers < 3 {
		t.Fatalf("the demo has %d proposals with a fee and %d mandates with a manager: nothing was tested", fees, managers)
	}
}

// TestContractPartyFlag: --party reaches every command that works on one
// agreement, and is refused when it names no party or an agreement the
// engagement does not have.
func TestContractPartyFlag(t *testing.T) {
	db := acceptedDemo(t)
	dir := outDir(t)
	if r := cli(t, "--db", db, "contract", "check", "7", "--party", "manager"); r.code != 0 {
		t.Errorf("check: exit %d %s%s", r.code, r.stdout, r.stderr)
	}
	out := filepath.Join(dir, "m.pdf")
	r := cli(t, "--db", db, "contract", "render", "7", "--party", "manager", "-o", out)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Wrote CTR-2027-0007 version 1") {
		t.Fatalf("render: exit %d %s%s", r.code, r.stdout, r.stderr)
	}
	if text := pdfText(t, out); !strings.Contains(text, "hereinafter “the Contractor”") || strings.Contains(text, "FOR THE CLIENT") {
		t.Errorf("the manager agreement reads:\n%s", text[:min(len(text), 600)])
	}
	r = cli(t, "--db", db, "contract", "history", "7", "--json")
	var hist struct{ Items []contractJSON }
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &hist) != nil || len(hist.Items) != 1 || hist.Items[0].Party != domain.PartyManager {
		t.Errorf("history: exit %d %s", r.code, r.stdout)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"render", "7", "--party", "both", "-o", out}, exitUsage, "--party must be client or manager"},
		{[]string{"settings", "--three-party", "maybe"}, exitUsage, "--three-party must be yes or no"},
		{[]string{"settings", "--manager-payment-days", "90"}, exitFailed, "Manager payment term: must be between 0 and 60 days"},
	} {
		r := cli(t, append([]string{"--db", db, "contract"}, tc.args...)...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d %q", tc.args, r.code, r.stderr)
		}
	}
	r = cli(t, "--db", db, "contract", "settings", "--three-party", "yes")
	if r.code != 0 || !strings.Contains(r.stdout, "it shows the client's day rate to the manager") {
		t.Errorf("settings: exit %d %q %q", r.code, r.stdout, r.stderr)
	}
	r = cli(t, "--db", db, "contract", "render", "1", "--party", "manager", "-o", filepath.Join(dir, "x.pdf"))
	if r.code != exitFailed || !strings.Contains(r.stderr, "three-party contract") {
		t.Errorf("three-party: exit %d %q", r.code, r.stderr)
	}
}
