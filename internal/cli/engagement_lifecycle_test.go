package cli

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// The sample's issued proposals: 8 (Delta Chemicals, a mandate for Koen
// Peeters, version 2) and 3 (Clinique Sainte-Élisabeth, version 1).
const (
	deltaProposal  = "8"
	cliniqueOffer  = "3"
	firstNewEngage = 7 // the sample has six engagements
)

// showEngagement reads an engagement as JSON.
func showEngagement(t *testing.T, db, id string) domain.Engagement {
	t.Helper()
	r := cli(t, "--db", db, "engagements", "show", id, "--json")
	var e domain.Engagement
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &e) != nil {
		t.Fatalf("show %s: exit %d %s %s", id, r.code, r.stdout, r.stderr)
	}
	return e
}

// issuedInterim is the interim offer of the proposal's last issued version
// as proposal show reports it.
func issuedInterim(t *testing.T, db, id string) domain.InterimOffer {
	t.Helper()
	r := cli(t, "--db", db, "proposal", "show", id, "--json")
	var p domain.Proposal
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &p) != nil {
		t.Fatalf("proposal show %s: exit %d %s", id, r.code, r.stderr)
	}
	return p.Interim
}

// wantRefusal checks a refusal: exit 1, one line holding want, no output.
func wantRefusal(t *testing.T, r result, want string) {
	t.Helper()
	if r.code != exitFailed || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, want) || r.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want one line with %q", r.code, r.stdout, r.stderr, want)
	}
}

func TestEngagementsAccept(t *testing.T) {
	db := demoCopy(t)
	in := issuedInterim(t, db, deltaProposal)
	r := cli(t, "--db", db, "engagements", "accept", deltaProposal, "--option", "interim", "--on", "2027-01-14")
	if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, " version 2 accepted (interim) on 2027-01-14: engagement 7 (interim, planned)") {
		t.Fatalf("accept: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	e := showEngagement(t, db, "7")
	if e.ProposalVersion != 2 || e.ManagerID != in.ManagerID || e.DayRate != in.DayRate || e.DaysPerWeek != in.DaysPerWeek ||
		e.Start != in.Start || e.End != in.Start.AddDays(in.Weeks*7-1) || e.NoticeDays != 30 {
		t.Errorf("engagement %+v\nfrom %+v", e, in)
	}
	wantRefusal(t, cli(t, "--db", db, "engagements", "accept", deltaProposal, "--option", "interim"), "is engagement 7 already")
	wantRefusal(t, cli(t, "--db", db, "engagements", "accept", "5", "--option", "interim"), "is already expired")

	r = cli(t, "--db", db, "engagements", "accept", cliniqueOffer, "--option", "consulting", "--start", "2027-03-01", "--notice-days", "14", "--json")
	var c domain.Engagement
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &c) != nil || c.Kind != domain.KindConsulting || c.ManagerID != 0 ||
		c.Fee <= 0 || c.Start != domain.NewDate(2027, time.March, 1) || c.NoticeDays != 14 {
		t.Errorf("consulting: exit %d %+v %s", r.code, c, r.stderr)
	}

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no option", []string{"accept", "3"}, "accept needs --option interim or --option consulting"},
		{"override without reason", []string{"accept", "3", "--option", "interim", "--override-capacity"}, "--override-capacity needs --reason"},
		{"reason without override", []string{"accept", "3", "--option", "interim", "--reason", "x"}, "--reason goes with --override-capacity"},
		{"no proposal", []string{"accept", "--option", "interim"}, "missing the proposal ID"},
		{"terminate without reason", []string{"terminate", "7", "--notice-given", "2027-01-20"}, "terminate needs --notice-given DATE and --reason"},
		{"extend without date", []string{"extend", "7"}, "extend needs --to DATE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := cli(t, append([]string{"--db", db, "engagements"}, tc.args...)...)
			if r.code != exitUsage || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr %q", r.code, r.stderr)
			}
		})
	}
	r = cli(t, "--db", db, "engagements", "accept", "3", "--option", "interim", "--on", "2027-13-45")
	if r.code != exitFailed || !strings.HasPrefix(r.stderr, "Acceptance date:") {
		t.Errorf("bad date: exit %d %q", r.code, r.stderr)
	}
}

// TestEngagementsAcceptCapacity books the proposed manager elsewhere first:
// the acceptance is refused with a sentence naming that engagement and its
// dates, and nothing changes, until an override with a reason.
func TestEngagementsAcceptCapacity(t *testing.T) {
	db := demoCopy(t)
	in := issuedInterim(t, db, cliniqueOffer)
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	other := &domain.Engagement{ClientID: 1, Kind: domain.KindInterim, ManagerID: in.ManagerID, Role: "Board coaching",
		Start: in.Start.AddDays(14), End: in.Start.AddDays(60), DaysPerWeek: 2, DayRate: domain.Euros(1000)}
	err = store.AddEngagement(ctx, other, &domain.CapacityOverride{Reason: "set-up"})
	store.Close()
	if err != nil {
		t.Fatal(err)
	}

	r := cli(t, "--db", db, "engagements", "accept", cliniqueOffer, "--option", "interim")
	wantRefusal(t, r, "this engagement (4 days a week) would come on top of engagement 7, Board coaching for")
	if !strings.Contains(r.stderr, "("+other.Start.String()+" to "+other.End.String()+", 2 days a week)") {
		t.Errorf("the sentence lacks the other engagement's dates: %s", r.stderr)
	}
	if p := cli(t, "--db", db, "proposal", "show", cliniqueOffer); !strings.Contains(p.stdout, "Status:       issued") {
		t.Errorf("a refused acceptance changed the proposal:\n%s", p.stdout)
	}

	r = cli(t, "--db", db, "engagements", "accept", cliniqueOffer, "--option", "interim",
		"--override-capacity", "--reason", "The coaching moves to evenings.")
	if r.code != 0 || !strings.Contains(r.stdout, "The capacity check was overridden: The coaching moves to evenings.") {
		t.Fatalf("override: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	h := cli(t, "--db", db, "engagements", "history", "8")
	if !strings.Contains(h.stdout, "capacity override") || !strings.Contains(h.stdout, "reason: “The coaching moves to evenings.” (the capacity check said: ") {
		t.Errorf("history:\n%s", h.stdout)
	}
}

// TestEngagementsLifecycle takes the accepted mandate through its life on
// the command line.
func TestEngagementsLifecycle(t *testing.T) {
	db := demoCopy(t)
	if r := cli(t, "--db", db, "engagements", "accept", deltaProposal, "--option", "interim"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	e := showEngagement(t, db, "7")
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"activate", "7", "--on", e.Start.String()}, "Now engagement 7 (interim, active)"},
		{[]string{"extend", "7", "--to", e.End.AddDays(28).String()}, "Extended: engagement 7 (interim, active): Interim Integration Director"},
		{[]string{"terminate", "7", "--notice-given", e.Start.AddDays(40).String(), "--reason", "The merger was called off."},
			"(30 days' notice): the last day is " + e.Start.AddDays(70).String() + "; it stays active until then."},
		{[]string{"complete", "7", "--on", e.Start.AddDays(70).String()}, "Now engagement 7 (interim, terminated)"},
	}
	for _, s := range steps {
		r := cli(t, append([]string{"--db", db, "engagements"}, s.args...)...)
		if r.code != 0 || !strings.Contains(r.stdout, s.want) {
			t.Fatalf("%v: exit %d\n%s%s", s.args, r.code, r.stdout, r.stderr)
		}
		// The last day after notice is still to come while the engagement
		// runs, and the day it ended once it is terminated.
		label := map[string]string{"terminate": "Last day (notice):", "complete": "Terminated on:"}[s.args[0]]
		line := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(label) + ` +` + e.Start.AddDays(70).String() + `$`)
		if show := cli(t, "--db", db, "engagements", "show", "7"); label != "" &&
			(!line.MatchString(show.stdout) || strings.Count(show.stdout, e.Start.AddDays(70).String()) != 1) {
			t.Errorf("after %s, show says:\n%s", s.args[0], show.stdout)
		}
	}
	wantRefusal(t, cli(t, "--db", db, "engagements", "activate", "7"), "Engagement 7 is terminated; it cannot be started.")
	r := cli(t, "--db", db, "engagements", "history", "7", "--json")
	var h listJSON[domain.EngagementEvent]
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &h) != nil {
		t.Fatalf("history: %d %s", r.code, r.stderr)
	}
	var whats []string
	for _, ev := range h.Items {
		whats = append(whats, string(ev.What))
	}
	if strings.Join(whats, ",") != "accepted,activated,extended,notice,terminated" {
		t.Errorf("history %v", whats)
	}

	// The history reads in the language of the messages, details too;
	// the dates in them stay ISO, as values.
	last := e.Start.AddDays(70).String()
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{"accepted ", ", option interim, accepted on ", "started on " + e.Start.String(),
			"planned end moved from " + e.End.String() + " to " + e.End.AddDays(28).String() + ", agreed on ",
			"notice given on " + e.Start.AddDays(40).String() + ", 30 days; last day " + last + "; reason: “The merger was called off.”",
			"ended on " + last + " during the notice; last day " + last + "; reason: “The merger was called off.”"}},
		{"nl", []string{"aanvaard ", ", optie interim, aanvaard op ", "gestart op " + e.Start.String(),
			"gepland einde verschoven van " + e.End.String() + " naar " + e.End.AddDays(28).String() + ", afgesproken op ",
			"opzegging gegeven op " + e.Start.AddDays(40).String() + ", 30 dagen; laatste dag " + last + "; reden: “The merger was called off.”",
			"beëindigd op " + last + " tijdens de opzegtermijn; laatste dag " + last + "; reden: “The merger was called off.”"}},
		{"fr", []string{"acceptée ", ", option interim, acceptée le ", "commencée le " + e.Start.String(),
			"fin prévue reportée du " + e.End.String() + " au " + e.End.AddDays(28).String() + ", par accord du ",
			"préavis donné le " + e.Start.AddDays(40).String() + ", 30 jours ; dernier jour le " + last + " ; motif : « The merger was called off. »",
			"terminée le " + last + " pendant le préavis ; dernier jour le " + last + " ; motif : « The merger was called off. »"}},
	} {
		t.Run("history in "+tc.lang, func(t *testing.T) {
			r := cliEnv(t, envOf("INTERIMDESK_LANG", tc.lang), "--db", db, "engagements", "history", "7")
			mustOK(t, r)
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("the history lacks %q:\n%s", w, r.stdout)
				}
			}
		})
	}
	wantRefusal(t, cli(t, "--db", db, "engagements", "history", "99"), "There is no engagement with number 99")
}
