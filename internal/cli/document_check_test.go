package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// The sample's drafts: 6 (Antwerp Pharma, in English) and 7 (ISV, Dutch).
const pharmaDraft, isvDraft = "6", "7"

func TestProposalCheck(t *testing.T) {
	db := demoCopy(t)
	r := cli(t, "--db", db, "proposal", "check", pharmaDraft)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "can be issued") {
		t.Errorf("stdout %q", r.stdout)
	}

	// A € 0 day rate blocks: check lists it and exits 1, issue refuses it.
	editProposal(t, db, 7, func(p *domain.Proposal) { p.Interim.DayRate = 0 })
	r = cli(t, "--db", db, "proposal", "check", isvDraft)
	if r.code != 1 || !strings.Contains(r.stdout, "blocks: Day rate:") || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("check of a € 0 rate: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	var out checkJSON
	r = cli(t, "--db", db, "proposal", "check", isvDraft, "--json")
	if r.code != 1 {
		t.Errorf("check --json exit %d", r.code)
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || !out.Blocks || len(out.Problems) != 1 || out.Problems[0].Field != "Day rate" {
		t.Errorf("check --json = %+v (%v)", out, err)
	}
	mustRefuse(t, cli(t, "--db", db, "proposal", "issue", isvDraft), "Day rate")

	// Reverse charge for a Belgian client blocks, unless a reason is written.
	editProposal(t, db, 6, func(p *domain.Proposal) { p.ReverseCharge = true })
	mustRefuse(t, cli(t, "--db", db, "proposal", "issue", pharmaDraft), "VAT treatment", "BE")
	editProposal(t, db, 6, func(p *domain.Proposal) {
		p.VATReason = "Invoiced to the group's Irish parent; see the framework agreement."
	})
	mustOK(t, cli(t, "--db", db, "proposal", "check", pharmaDraft))

	// A start in the past warns: issue stops until --confirm.
	editProposal(t, db, 6, func(p *domain.Proposal) { p.Interim.Start = domain.DateOf(testNow).AddDays(-3) })
	r = cli(t, "--db", db, "proposal", "issue", pharmaDraft)
	if r.code != 1 || !strings.Contains(r.stdout, "warning: Start date:") || !strings.Contains(r.stderr, "--confirm") {
		t.Errorf("issue with a warning: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = cli(t, "--db", db, "proposal", "issue", pharmaDraft, "--confirm")
	if r.code != 0 || !strings.Contains(r.stdout, "Issued OFF-") {
		t.Errorf("issue --confirm: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestContractCheck(t *testing.T) {
	db := demoCopy(t)
	// Engagement 3 was entered by hand, with its own terms.
	r := cli(t, "--db", db, "contract", "check", "3")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "can be printed") {
		t.Errorf("stdout %q", r.stdout)
	}

	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	terms, err := s.ContractTerms(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	terms.Assignment = ""
	if err := s.SaveContractTerms(ctx, terms); err != nil {
		t.Fatal(err)
	}
	s.Close()

	r = cli(t, "--db", db, "contract", "check", "3")
	if r.code != 1 || !strings.Contains(r.stdout, "blocks: Assignment:") {
		t.Errorf("check of an empty assignment: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	out := filepath.Join(outDir(t), "c.pdf")
	mustRefuse(t, cli(t, "--db", db, "contract", "render", "3", "-o", out), "Assignment")
	if exists(out) {
		t.Error("a refused contract was written")
	}
	// A preview still prints, marked as a draft.
	if r := cli(t, "--db", db, "contract", "render", "3", "--preview", "-o", out); r.code != 0 {
		t.Errorf("preview: exit %d, %s", r.code, r.stderr)
	}
}

// A comparator given only a salary takes the starting percentages (30 %
// employer costs, 25 % recruitment fee) instead of printing 0 %; a file
// without one gets none.
func TestProposalCreateStartingValues(t *testing.T) {
	db := demoCopy(t)
	r := createFrom(t, db, `{"client_id": 1, "title": "Vergelijking", "permanent": {"annual_salary": 12000000}}`)
	mustOK(t, r)
	var got proposalJSON
	decode(t, cli(t, "--db", db, "proposal", "show", strings.TrimSpace(r.stdout), "--json"), &got)
	if h := got.Permanent; h == nil || h.EmployerCostPct != 30 || h.RecruitmentFeePct != 25 {
		t.Errorf("permanent = %+v", got.Permanent)
	}
	r = createFrom(t, db, `{"client_id": 1, "title": "Zonder vergelijking"}`)
	mustOK(t, r)
	got = proposalJSON{}
	decode(t, cli(t, "--db", db, "proposal", "show", strings.TrimSpace(r.stdout), "--json"), &got)
	if got.Permanent != nil {
		t.Errorf("a file without a comparator got %+v", got.Permanent)
	}
}
