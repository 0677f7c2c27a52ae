package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestProposalMarginDoneWhen is the example on the command line:
// € 1.250 to the client, € 1.000 to the manager, 60 days; proposal show
// --json carries € 250 a day, 20 % and € 15.000 in cents, and show prints
// them; a fee above the client's rate is refused naming the field.
func TestProposalMarginDoneWhen(t *testing.T) {
	path := demoCopy(t)
	const tmpl = `{"client_id": 1, "title": "Interim CFO", "interim": {"manager_id": 3, "role": "CFO a.i.",
		"weeks": 15, "days_per_week": 4, "day_rate": 125000, "manager_day_fee": FEE}}`
	r := createFrom(t, path, strings.Replace(tmpl, "FEE", "100000", 1))
	mustOK(t, r)
	id := strings.TrimSpace(r.stdout)
	var shown struct {
		Margin struct {
			PerDay  int64   `json:"per_day"`
			Total   int64   `json:"total"`
			Percent float64 `json:"percent"`
		} `json:"margin"`
		Interim struct {
			ManagerDayFee int64 `json:"manager_day_fee"`
		} `json:"interim"`
	}
	r = cli(t, "--db", path, "proposal", "show", id, "--json")
	mustOK(t, r)
	if err := json.Unmarshal([]byte(r.stdout), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Margin.PerDay != 25000 || shown.Margin.Total != 1500000 || shown.Margin.Percent != 20 || shown.Interim.ManagerDayFee != 100000 {
		t.Errorf("proposal show --json: %+v", shown)
	}
	r = cli(t, "--db", path, "proposal", "show", id)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "€250.00 a day, 20 %, €4,333.33 a month, €15,000.00 in all") {
		t.Errorf("proposal show does not print the margin:\n%s", r.stdout)
	}
	mustRefuse(t, createFrom(t, path, strings.Replace(tmpl, "FEE", "130000", 1)),
		"Manager's day fee: €1,300.00 is above the client's day rate of €1,250.00")
	mustRefuse(t, createFrom(t, path, strings.Replace(tmpl, "FEE", "-1", 1)), "Manager's day fee: cannot be negative.")

	r = cli(t, "--db", path, "engagements", "list")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "MARGIN") || !strings.Contains(r.stdout, "19.35 %") ||
		!strings.Contains(r.stdout, "Active engagements leave a margin of €9,533.33 a month.") {
		t.Errorf("engagements list:\n%s", r.stdout)
	}
}
