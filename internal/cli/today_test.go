package cli

import (
	"strings"
	"testing"
)

// The sample, loaded on testNow, has two drafts, two issued proposals,
// two accepted with the interim option, one declined and one expired, and
// one manager (Daniël de Vries) whose last engagement ends within 60 days.
func TestToday_jsonGivesTheFirstScreensFigures(t *testing.T) {
	var got struct {
		On       string `json:"on"`
		ByStatus []struct {
			Status string `json:"status"`
			Count  int    `json:"count"`
			Value  int64  `json:"value"`
		} `json:"by_status"`
		FreeSoon []struct {
			Name   string `json:"name"`
			Within int    `json:"within_days"`
		} `json:"free_soon"`
		Won []struct {
			Option    string `json:"option"`
			Count     int    `json:"count"`
			PercentBP int64  `json:"percent_bp"`
		} `json:"won"`
		WonCount int `json:"won_count"`
	}
	decode(t, cli(t, "--db", demoFile, "today", "--json"), &got)
	if got.On != "2027-01-15" {
		t.Errorf("on = %s", got.On)
	}
	var statuses []string
	for _, s := range got.ByStatus {
		statuses = append(statuses, s.Status+":"+itoa(s.Count))
	}
	if strings.Join(statuses, " ") != "draft:2 issued:2 accepted:2 declined:1 expired:1" {
		t.Errorf("by status = %v", statuses)
	}
	if got.ByStatus[2].Value != 21_640_000 {
		t.Errorf("accepted value = %d cents, want 21640000", got.ByStatus[2].Value)
	}
	if len(got.FreeSoon) != 1 || got.FreeSoon[0].Name != "Daniël de Vries" || got.FreeSoon[0].Within != 60 {
		t.Errorf("free soon = %+v", got.FreeSoon)
	}
	if got.WonCount != 2 || len(got.Won) != 1 || got.Won[0].Option != "interim" || got.Won[0].PercentBP != 10000 {
		t.Errorf("won = %d %+v", got.WonCount, got.Won)
	}
}

func TestToday_speaksTheLanguageOfTheLocale(t *testing.T) {
	r := cliEnv(t, func(k string) string {
		if k == "INTERIMDESK_LANG" {
			return "nl"
		}
		return ""
	}, "--db", demoFile, "today")
	mustOK(t, r)
	for _, want := range []string{"Wat er te doen is op 15 januari 2027", "aanvaard", "€ 216.400,00", "Daniël de Vries", "Gewonnen sinds 16 januari 2026:", "100 %"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}
