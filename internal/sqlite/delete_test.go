package sqlite

import (
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestDeleteProposal_aDraftNeverIssuedGoes(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.SaveFirm(ctx, testFirm()))
	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))
	m := testManager("An Peeters", "an@example.be")
	must(t, db.CreateManager(ctx, m))
	draft := testProposal(c.ID, m.ID)
	must(t, db.CreateProposal(ctx, draft))
	sent := testProposal(c.ID, m.ID)
	must(t, db.CreateProposal(ctx, sent))
	_, err := db.IssueProposal(ctx, sent.ID, testToday)
	must(t, err)

	// A stale revision deletes nothing.
	wantCode(t, db.DeleteProposal(ctx, draft.ID, draft.Rev+1), domain.ECONFLICT)
	must(t, db.DeleteProposal(ctx, draft.ID, draft.Rev))
	wantCode(t, func() error { _, err := db.FindProposalByID(ctx, draft.ID); return err }(), domain.ENOTFOUND)

	// An issued proposal keeps its number, also once edited back to a draft.
	p, err := db.FindProposalByID(ctx, sent.ID)
	must(t, err)
	p.Title = "Changed after it was sent"
	must(t, db.UpdateProposal(ctx, p))
	p, err = db.FindProposalByID(ctx, sent.ID)
	must(t, err)
	if p.Status != domain.ProposalDraft {
		t.Fatalf("status %s after an edit, want draft", p.Status)
	}
	err = db.DeleteProposal(ctx, p.ID, p.Rev)
	wantCode(t, err, domain.ECONFLICT)
	if _, err := db.FindProposalByID(ctx, sent.ID); err != nil {
		t.Errorf("the issued proposal is gone after a refused delete: %v", err)
	}
	wantCode(t, db.DeleteProposal(ctx, 999, 1), domain.ENOTFOUND)
}

func TestDeleteClient_onlyWhenNothingNamesIt(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	named := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, named))
	alone := testClient("Nobody's client", 7654321)
	must(t, db.CreateClient(ctx, alone))
	m := testManager("An Peeters", "an@example.be")
	must(t, db.CreateManager(ctx, m))
	must(t, db.CreateProposal(ctx, testProposal(named.ID, m.ID)))

	err := db.DeleteClient(ctx, named.ID)
	wantCode(t, err, domain.ECONFLICT)
	if _, err := db.FindClientByID(ctx, named.ID); err != nil {
		t.Errorf("a named client is gone after a refused delete: %v", err)
	}
	must(t, db.DeleteClient(ctx, alone.ID))
	wantCode(t, func() error { _, err := db.FindClientByID(ctx, alone.ID); return err }(), domain.ENOTFOUND)
	// Nor is it found by the search index any more.
	if list, _, err := db.FindClients(ctx, domain.ClientFilter{Query: "Nobody"}); err != nil || len(list) != 0 {
		t.Errorf("search after delete: %v, %v", list, err)
	}
	wantCode(t, db.DeleteClient(ctx, alone.ID), domain.ENOTFOUND)
}
