package cli

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// history reads the issued versions of a proposal, newest first.
func history(t *testing.T, path string, id int64) []versionJSON {
	t.Helper()
	var list listJSON[versionJSON]
	decode(t, cli(t, "--db", path, "proposal", "history", fmt.Sprint(id), "--json"), &list)
	if list.Total != len(list.Items) {
		t.Errorf("total %d with %d items", list.Total, len(list.Items))
	}
	return list.Items
}

// Issuing numbers a proposal once; a re-issue after an edit is the next
// version under the same number, and each version keeps its own PDF.
func TestProposalIssue(t *testing.T) {
	path := demoCopy(t)
	id := proposalID(t, path, pharmaTitle)
	sid := fmt.Sprint(id)

	r := cli(t, "--db", path, "proposal", "issue", sid, "--on", "2027-01-12")
	mustOK(t, r)
	// The demo issued OFF-2027-0001 and -0002; this is the next in 2027.
	line := regexp.MustCompile(`^Issued OFF-2027-0003 version 1 on 2027-01-12 \(en\), sha256 ([0-9a-f]{12})\.\n$`)
	m := line.FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("stdout %q", r.stdout)
	}
	v1 := history(t, path, id)
	if len(v1) != 1 || v1[0].Number != "OFF-2027-0003" || v1[0].Version != 1 || !strings.HasPrefix(v1[0].SHA256, m[1]) ||
		v1[0].IssuedOn != domain.NewDate(2027, 1, 12) || v1[0].Language != domain.LangEN || v1[0].ProposalID != id {
		t.Fatalf("history %+v", v1)
	}

	editProposal(t, path, id, func(p *domain.Proposal) { p.Interim.DayRate = domain.Euros(1250) })
	var v2 versionJSON
	decode(t, cli(t, "--db", path, "proposal", "issue", sid, "--json"), &v2)
	if v2.Number != "OFF-2027-0003" || v2.Version != 2 || v2.IssuedOn != domain.DateOf(testNow) || v2.SHA256 == v1[0].SHA256 {
		t.Errorf("second issue %+v after %+v", v2, v1[0])
	}
	if h := history(t, path, id); len(h) != 2 || h[0] != v2 || h[1] != v1[0] {
		t.Errorf("history %+v, want version 2 then version 1", h)
	}

	// Each version is its own document: the old rate stays in version 1.
	dir := outDir(t)
	for _, tc := range []struct {
		version, rate string
	}{{"1", "€1,300.00"}, {"2", "€1,250.00"}} {
		out := filepath.Join(dir, tc.version+".pdf")
		mustOK(t, cli(t, "--db", path, "proposal", "render", sid, "--version", tc.version, "-o", out))
		if text := pdfText(t, out); !strings.Contains(text, tc.rate) || !strings.Contains(text, "OFF-2027-0003") {
			t.Errorf("version %s lacks %s:\n%s", tc.version, tc.rate, text)
		}
	}

	r = cli(t, "--db", path, "proposal", "history", sid)
	mustOK(t, r)
	for _, w := range []string{"VERSION", "SHA256", v2.SHA256, v1[0].SHA256, "2027-01-12", "2 of 2 versions\n"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("history lacks %q:\n%s", w, r.stdout)
		}
	}
}

func TestProposalIssueRefusals(t *testing.T) {
	path := demoCopy(t)
	accepted := proposalID(t, path, "Interim CFO tijdens de herstructurering")
	pharma := proposalID(t, path, pharmaTitle)
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"an accepted proposal", []string{fmt.Sprint(accepted)}, []string{"OFF-2026-0001 was accepted", "cannot be issued again"}},
		{"a date that does not exist", []string{fmt.Sprint(pharma), "--on", "2027-02-30"}, []string{"Issue date:"}},
		{"no such proposal", []string{"999"}, []string{"999"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mustRefuse(t, cli(t, append([]string{"--db", path, "proposal", "issue"}, tc.args...)...), tc.want...)
		})
	}
	if h := history(t, path, pharma); len(h) != 0 {
		t.Errorf("a refused issue left versions %+v", h)
	}
	r := cli(t, "--db", path, "proposal", "history", fmt.Sprint(pharma))
	if mustOK(t, r); r.stdout != "VERSION  NUMBER  ISSUED ON  LANGUAGE  SHA256\n0 of 0 versions\n" {
		t.Errorf("history of a draft %q", r.stdout)
	}
}

// The client's answer is recorded on the issued version.
func TestProposalStatus(t *testing.T) {
	path := demoCopy(t)
	delta, clinique := proposalID(t, path, deltaTitle), proposalID(t, path, "Direction financière ad interim")
	pharma := proposalID(t, path, pharmaTitle)

	r := cli(t, "--db", path, "proposal", "status", fmt.Sprint(delta), "accepted", "--option", "consulting", "--on", "2027-01-14")
	mustOK(t, r)
	if r.stdout != "OFF-2027-0001 version 2 accepted on 2027-01-14, option consulting.\n" {
		t.Errorf("stdout %q", r.stdout)
	}
	var p proposalJSON
	decode(t, cli(t, "--db", path, "proposals", "show", fmt.Sprint(delta), "--json"), &p)
	if p.Status != domain.ProposalAccepted || p.AcceptedOption != domain.KindConsulting || p.StatusDate != domain.NewDate(2027, 1, 14) {
		t.Errorf("after accepting: %s %s %s", p.Status, p.AcceptedOption, p.StatusDate)
	}

	r = cli(t, "--db", path, "proposal", "status", fmt.Sprint(clinique), "declined")
	mustOK(t, r)
	if r.stdout != "OFF-2027-0002 version 1 declined on 2027-01-15.\n" {
		t.Errorf("stdout %q", r.stdout)
	}

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"already answered", []string{fmt.Sprint(delta), "declined"}, "is already accepted"},
		{"never issued", []string{fmt.Sprint(pharma), "expired"}, "has not been issued yet"},
		{"bad date", []string{fmt.Sprint(pharma), "expired", "--on", "2027-13-01"}, "Status date:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mustRefuse(t, cli(t, append([]string{"--db", path, "proposal", "status"}, tc.args...)...), tc.want)
		})
	}

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"accepted without the option", []string{fmt.Sprint(pharma), "accepted"}, "accepted needs --option interim or --option consulting"},
		{"an unknown option", []string{fmt.Sprint(pharma), "accepted", "--option", "both"}, "accepted needs --option"},
		{"an option with declined", []string{fmt.Sprint(pharma), "declined", "--option", "interim"}, "--option goes only with accepted"},
		{"draft is not an answer", []string{fmt.Sprint(pharma), "draft"}, `must be accepted, declined or expired, not "draft"`},
		{"no status", []string{fmt.Sprint(pharma)}, "takes an ID and accepted, declined or expired"},
		{"too much", []string{fmt.Sprint(pharma), "expired", "today"}, `unexpected argument "today"`},
		{"a bad ID", []string{"seven", "expired"}, `"seven" is not a valid proposal ID`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := cli(t, append([]string{"--db", path, "proposal", "status"}, tc.args...)...)
			if first, _, _ := strings.Cut(r.stderr, "\n"); r.code != 2 || !strings.Contains(first, tc.want) {
				t.Errorf("exit %d, stderr %q", r.code, r.stderr)
			}
		})
	}
}

// "proposal" and "proposals" are one command group.
func TestProposalAlias(t *testing.T) {
	path := demoCopy(t)
	id := fmt.Sprint(proposalID(t, path, deltaTitle))
	for _, sub := range [][]string{{"list", "--json"}, {"show", id, "--json"}, {"history", id, "--json"}, {"--help"}} {
		t.Run(strings.Join(sub, " "), func(t *testing.T) {
			one := cli(t, append([]string{"--db", path, "proposal"}, sub...)...)
			many := cli(t, append([]string{"--db", path, "proposals"}, sub...)...)
			mustOK(t, one)
			if one != many {
				t.Errorf("proposal and proposals differ:\n%s\n%s", one.stdout, many.stdout)
			}
		})
	}
	for _, args := range [][]string{{"help", "proposal"}, {"proposal", "render", "--help"}} {
		r := cli(t, args...)
		if mustOK(t, r); !strings.Contains(r.stdout, "proposal render ID [--version N] [--lang nl|en|fr] -o FILE.pdf") {
			t.Errorf("%v: %s", args, r.stdout)
		}
	}
}
