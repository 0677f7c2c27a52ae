package sqlite

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// IssueProposal refuses what blocks (a proposal with neither offer, a VAT
// treatment that does not fit the countries) and takes no number for it;
// a written reason for another treatment lets it through and is kept in
// the frozen version.
func TestIssueRefusesWhatBlocks(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.SaveFirm(ctx, testFirm()))
	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))

	empty := &domain.Proposal{ClientID: c.ID, Title: "Alleen een titel"}
	must(t, db.CreateProposal(ctx, empty))
	_, err := db.IssueProposal(ctx, empty.ID, testToday)
	if domain.ErrorField(err) != "Offers" || domain.ErrorCode(err) != domain.EINVALID {
		t.Fatalf("issue of a proposal with neither offer: %v", err)
	}

	p := testProposal(c.ID, 0)
	must(t, db.CreateProposal(ctx, p))
	if p.ReverseCharge || p.VATRate != 21 {
		t.Fatalf("a Belgian client's proposal is created with %d%%, reverse charge %v", p.VATRate, p.ReverseCharge)
	}
	p.ReverseCharge = true
	must(t, db.UpdateProposal(ctx, p))
	if _, err := db.IssueProposal(ctx, p.ID, testToday); domain.ErrorField(err) != "VAT treatment" {
		t.Fatalf("issue with reverse charge in Belgium: %v", err)
	}
	p.VATReason = "Invoiced to the group's parent in Ireland, agreed in the framework contract."
	must(t, db.UpdateProposal(ctx, p))
	v, err := db.IssueProposal(ctx, p.ID, testToday)
	must(t, err)
	if v.Number != "OFF-2026-0001" {
		t.Errorf("number %s: the refused issue took a number", v.Number)
	}
	var doc domain.ProposalDocument
	must(t, json.Unmarshal(v.Data, &doc))
	if doc.Proposal.VATReason != p.VATReason {
		t.Errorf("the version keeps the reason %q", doc.Proposal.VATReason)
	}
}

// A Dutch business client is reverse charged when its proposal is made,
// unless the proposal gives a reason; a client that cannot deduct VAT
// keeps the mark and its proposals compare VAT included.
func TestProposalVATFollowsTheCountries(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.SaveFirm(ctx, testFirm()))
	nl := testClient("Zuivel", 0)
	nl.Address.Country, nl.Address.Postcode, nl.VATID, nl.CannotDeductVAT = "NL", "5013 CD", "NL251729114B01", true
	must(t, db.CreateClient(ctx, nl))
	got, err := db.FindClientByID(ctx, nl.ID)
	must(t, err)
	if !got.CannotDeductVAT {
		t.Error("the client lost its mark")
	}
	got.CannotDeductVAT = false
	must(t, db.UpdateClient(ctx, got))
	if got, _ = db.FindClientByID(ctx, nl.ID); got.CannotDeductVAT {
		t.Error("the mark cannot be taken off")
	}
	got.CannotDeductVAT = true
	must(t, db.UpdateClient(ctx, got))

	p := testProposal(nl.ID, 0)
	p.Permanent.NoticeMonths = 0
	must(t, db.CreateProposal(ctx, p))
	if !p.ReverseCharge {
		t.Error("a Dutch business client is not reverse charged")
	}
	doc, err := db.ProposalDocument(ctx, p.ID, testToday, "")
	must(t, err)
	if !doc.Totals.IncludesVAT || doc.Totals.Permanent.NoticeRule != domain.NoticeNL || doc.Totals.Permanent.TransitionFee == 0 {
		t.Errorf("totals %+v, permanent %+v", doc.Totals, doc.Totals.Permanent)
	}

	q := testProposal(nl.ID, 0)
	q.VATReason = "The client asked for Belgian VAT on a private assignment."
	must(t, db.CreateProposal(ctx, q))
	if q.ReverseCharge {
		t.Error("a proposal with a reason was set to the default treatment")
	}
}

// The first print of a contract freezes what the parties sign: it is
// refused while the assignment is empty, and nothing is stored.
func TestFirstPrintRefusesAnEmptyAssignment(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.SaveFirm(ctx, testFirm()))
	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))
	e := &domain.Engagement{ClientID: c.ID, Kind: domain.KindConsulting, Role: "Strategisch plan",
		Start: testToday, End: testToday.AddDays(60), Fee: domain.Euros(30000), NoticeDays: 30}
	must(t, db.AddEngagement(ctx, e, nil))
	cs := contractsOf(db)
	if _, err := cs.PrintContract(ctx, e.ID, testToday); domain.ErrorField(err) != "Assignment" {
		t.Fatalf("first print without terms: %v", err)
	}
	if vs, err := db.ContractVersions(ctx, e.ID); err != nil || len(vs) != 0 {
		t.Fatalf("versions after a refusal: %d, %v", len(vs), err)
	}
	must(t, db.SaveContractTerms(ctx, &domain.ContractTerms{EngagementID: e.ID, Assignment: "Een plan voor drie jaar",
		Deliverables: "Rapport", NonSolicitMonths: 12, LiabilityCapMonths: 6}))
	v, err := cs.PrintContract(ctx, e.ID, testToday)
	must(t, err)
	if v.Version != 1 {
		t.Errorf("version %d", v.Version)
	}
}
