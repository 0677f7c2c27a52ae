package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A client nothing names is deleted after a confirmation; one a proposal
// names is refused with the sentence that says to archive it, and stays.
func TestClientDelete_onlyWhatNothingNames(t *testing.T) {
	db := openStore(t)
	ctx := context.Background()
	alone := &domain.Client{LegalName: "Added By Mistake BV", Address: domain.Address{Country: "NL"}, Language: domain.LangNL}
	mustDo(t, db.CreateClient(ctx, alone))
	named := &domain.Client{LegalName: "Brouwerij Van Damme NV", Address: domain.Address{Country: "BE"}, Language: domain.LangNL}
	mustDo(t, db.CreateClient(ctx, named))
	p := domain.NewProposal()
	p.ClientID, p.Title = named.ID, "Interim CFO"
	mustDo(t, db.CreateProposal(ctx, p))

	u, w := newTestUI(t, servicesOf(db), Options{})
	press(u, fyne.Key2)
	u.clients.open(alone.ID)
	u.waitIdle()
	if !u.clients.deleteBtn.Visible() {
		t.Fatal("no Delete button on a saved client")
	}
	tap(u, u.clients.deleteBtn)
	if !strings.Contains(overlayTexts(w), "cannot be undone") {
		t.Fatalf("deleting asks nothing: %q", overlayTexts(w))
	}
	tap(u, overlayButton(t, w, "Cancel"))
	if _, err := db.FindClientByID(ctx, alone.ID); err != nil {
		t.Fatalf("Cancel deleted the client: %v", err)
	}
	tap(u, u.clients.deleteBtn)
	tap(u, overlayButton(t, w, "Delete"))
	if _, err := db.FindClientByID(ctx, alone.ID); domain.ErrorCode(err) != domain.ENOTFOUND {
		t.Fatalf("the client is still there after Delete: %v", err)
	}
	if u.clients.pane.isOpen() {
		t.Error("the deleted client's form is still open")
	}
	if got := u.clients.list.count.Text; got != "1 client" {
		t.Errorf("the list says %q after the delete, want 1 client", got)
	}

	u.clients.open(named.ID)
	u.waitIdle()
	tap(u, u.clients.deleteBtn)
	tap(u, overlayButton(t, w, "Delete"))
	if !strings.Contains(overlayTexts(w), "archive it instead") {
		t.Errorf("deleting a named client says %q, want the sentence that says to archive it", overlayTexts(w))
	}
	if _, err := db.FindClientByID(ctx, named.ID); err != nil {
		t.Errorf("a named client was deleted: %v", err)
	}
}

// The Delete button is not offered on a new, unsaved client.
func TestClientDelete_notOnANewClient(t *testing.T) {
	u, _ := newTestUI(t, (&fakeStore{}).services(), Options{})
	press(u, fyne.Key2)
	press(u, fyne.KeyN)
	if u.clients.deleteBtn.Visible() {
		t.Error("Delete offered on a client that is not saved")
	}
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// A draft that was never issued is deleted after a confirmation, with its
// form closed and the list without it; an issued proposal offers no Delete.
func TestProposalDelete_aDraftNeverIssued(t *testing.T) {
	db := openStore(t)
	ctx := context.Background()
	c := &domain.Client{LegalName: "Brouwerij Van Damme NV", Address: domain.Address{Country: "BE"}, Language: domain.LangNL}
	mustDo(t, db.CreateClient(ctx, c))
	draft := domain.NewProposal()
	draft.ClientID, draft.Title = c.ID, "Started twice"
	mustDo(t, db.CreateProposal(ctx, draft))

	u, w := newTestUI(t, servicesOf(db), Options{})
	press(u, fyne.Key3)
	u.proposals.open(draft.ID)
	u.waitIdle()
	b := u.proposals.deletion.button
	if !b.Visible() {
		t.Fatal("no Delete draft button on a saved draft")
	}
	tap(u, b)
	if !strings.Contains(overlayTexts(w), "never issued") {
		t.Fatalf("deleting asks nothing: %q", overlayTexts(w))
	}
	tap(u, overlayButton(t, w, "Delete"))
	if _, err := db.FindProposalByID(ctx, draft.ID); domain.ErrorCode(err) != domain.ENOTFOUND {
		t.Fatalf("the draft is still there: %v", err)
	}
	if u.proposals.pane.isOpen() {
		t.Error("the deleted draft's form is still open")
	}
	if got := u.proposals.list.count.Text; got != "0 proposals" {
		t.Errorf("the list says %q after the delete", got)
	}

	// A new proposal and an issued one offer no Delete.
	press(u, fyne.KeyN)
	if b.Visible() {
		t.Error("Delete draft offered on an unsaved proposal")
	}
	issued := *draft
	issued.Number, issued.Version, issued.Status = "OFF-2026-0001", 1, domain.ProposalIssued
	u.proposals.deletion.update(&issued)
	if b.Visible() {
		t.Error("Delete draft offered on an issued proposal")
	}
}
