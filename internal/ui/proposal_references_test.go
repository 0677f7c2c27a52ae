package ui

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestProposalReferences_tickSaveReopen: the interim offer lists the
// chosen manager's engagements with their outcome; ticking one and saving
// keeps it, reopening shows it ticked, and choosing another manager lists
// theirs and clears the ticks.
func TestProposalReferences_tickSaveReopen(t *testing.T) {
	bw := newBoardWorld(t)
	u, ctx := bw.u, context.Background()
	active, err := bw.svc.Engagements.FindEngagementByID(ctx, bw.active.ID)
	if err != nil {
		t.Fatal(err)
	}
	active.Outcome, active.Reference = "Closed the books in six weeks", "Jan Peeters, CEO"
	if err := bw.svc.Engagements.UpdateEngagement(ctx, active); err != nil {
		t.Fatal(err)
	}
	draft := *bw.proposal
	draft.ID, draft.Title, draft.Interim.Role = 0, "Referenties", "Interim CTO"
	if err := bw.svc.Proposals.CreateProposal(ctx, &draft); err != nil {
		t.Fatal(err)
	}
	s := u.proposals
	press(u, screenKey(screenProposals))
	s.open(draft.ID)
	u.waitIdle()
	if !s.refs.root.Visible() {
		t.Fatal("the mandates are hidden with a manager chosen")
	}
	rows := objectTexts(s.refs.rows)
	if len(s.refs.checks) != 2 || !strings.Contains(rows, "CFO") || !strings.Contains(rows, "Closed the books in six weeks") ||
		!strings.Contains(rows, "COO") || strings.Contains(rows, "CHRO") {
		t.Fatalf("Zoë's engagements to choose from: %d rows\n%s", len(s.refs.checks), rows)
	}
	if strings.Contains(rows, "€") {
		t.Errorf("the list shows an amount:\n%s", rows)
	}
	check := s.refs.checks[bw.active.ID]
	if check == nil || check.Checked {
		t.Fatalf("the active engagement's box: %v", check)
	}
	test.Tap(check)
	u.waitIdle()
	if s.ed.saveBtn.Disabled() {
		t.Fatalf("ticking a mandate is not an edit to save: err %v, chosen %v", s.ed.validate(), s.refs.chosen)
	}
	tap(u, s.ed.saveBtn)
	saved, err := bw.svc.Proposals.FindProposalByID(ctx, draft.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(saved.Interim.References, []int64{bw.active.ID}) {
		t.Fatalf("saved references %v, want [%d]", saved.Interim.References, bw.active.ID)
	}
	doc, err := bw.svc.Proposals.ProposalDocument(ctx, draft.ID, domain.Date{}, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.References) != 1 || doc.References[0].Outcome != "Closed the books in six weeks" {
		t.Errorf("the document's references %+v", doc.References)
	}

	// Away and back: still ticked.
	s.open(bw.proposal.ID)
	u.waitIdle()
	s.open(draft.ID)
	u.waitIdle()
	if c := s.refs.checks[bw.active.ID]; c == nil || !c.Checked {
		t.Fatal("the mandate is not ticked after reopening")
	}
	if c := s.refs.checks[bw.planned.ID]; c == nil || c.Checked {
		t.Error("the other mandate is ticked after reopening")
	}

	// Another manager: their engagements, nothing ticked.
	s.manager.set(bw.yves.ID, bw.yves.Name)
	s.manager.onPick(bw.yves, true)
	u.waitIdle()
	rows = objectTexts(s.refs.rows)
	if !strings.Contains(rows, "CHRO") || strings.Contains(rows, "Closed the books") {
		t.Errorf("Yves's engagements:\n%s", rows)
	}
	p, err := s.read()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Interim.References) != 0 {
		t.Errorf("the former manager's references stay: %v", p.Interim.References)
	}
	// No manager: the part is hidden.
	s.manager.set(0, "")
	s.manager.onPick(nil, false)
	u.waitIdle()
	if s.refs.root.Visible() {
		t.Error("the mandates show without a manager")
	}
}

// TestEngagementOutcome_editAndStory: the engagement form writes the
// outcome and the client reference, also of an engagement that ended, and
// the manager's story shows them.
func TestEngagementOutcome_editAndStory(t *testing.T) {
	bw := newBoardWorld(t)
	u, ctx := bw.u, context.Background()
	press(u, screenKey(screenEngagements))
	s := u.engagements
	s.open(bw.ended.ID)
	u.waitIdle()
	typeText(u, s.outcome, "Audit closed without reserves")
	typeText(u, s.reference, "An Claes, CFO")
	if s.ed.saveBtn.Disabled() {
		t.Fatal("Save is off after writing the outcome")
	}
	tap(u, s.ed.saveBtn)
	e, err := bw.svc.Engagements.FindEngagementByID(ctx, bw.ended.ID)
	if err != nil {
		t.Fatal(err)
	}
	if e.Outcome != "Audit closed without reserves" || e.Reference != "An Claes, CFO" || e.Status != domain.EngagementCompleted {
		t.Fatalf("saved outcome %q, reference %q, status %s", e.Outcome, e.Reference, e.Status)
	}
	// Two lines are refused, naming the field.
	s.outcome.SetText("Audit closed.\nNo reserves.")
	u.waitIdle()
	if !s.ed.saveBtn.Disabled() {
		t.Error("Save is on with an outcome of two lines")
	}
	if err := s.ed.validate(); domain.ErrorField(err) != "Outcome" {
		t.Errorf("the form's error: %v", err)
	}

	u.managers.open(bw.yves.ID)
	u.waitIdle()
	if got := buttonTexts(u.managers.story.lines); !strings.Contains(got, "Audit closed without reserves (reference: An Claes, CFO)") {
		t.Errorf("Yves's story lacks the outcome:\n%s", got)
	}
}

// objectTexts is the text of every label on view inside o, a line each.
func objectTexts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range objects(o) {
		if l, ok := x.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// TestProposalReferences_anEngagementThatChangedManager: a chosen
// engagement given to another manager since is no longer listed; the form
// drops it, so saving is not refused for a box nobody can untick.
func TestProposalReferences_anEngagementThatChangedManager(t *testing.T) {
	bw := newBoardWorld(t)
	u, ctx := bw.u, context.Background()
	draft := *bw.proposal
	draft.ID, draft.Title = 0, "Referenties"
	draft.Interim.References = []int64{bw.active.ID, bw.planned.ID}
	if err := bw.svc.Proposals.CreateProposal(ctx, &draft); err != nil {
		t.Fatal(err)
	}
	planned, err := bw.svc.Engagements.FindEngagementByID(ctx, bw.planned.ID)
	if err != nil {
		t.Fatal(err)
	}
	planned.ManagerID = bw.yves.ID
	if err := bw.svc.Engagements.UpdateEngagement(ctx, planned); err != nil {
		t.Fatal(err)
	}
	s := u.proposals
	press(u, screenKey(screenProposals))
	s.open(draft.ID)
	u.waitIdle()
	if len(s.refs.checks) != 1 || s.refs.checks[bw.active.ID] == nil || !s.refs.checks[bw.active.ID].Checked {
		t.Fatalf("rows %v", s.refs.checks)
	}
	if s.ed.saveBtn.Disabled() {
		t.Fatalf("dropping the other manager's engagement is not a change to save: %v", s.ed.validate())
	}
	tap(u, s.ed.saveBtn)
	saved, err := bw.svc.Proposals.FindProposalByID(ctx, draft.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(saved.Interim.References, []int64{bw.active.ID}) {
		t.Errorf("saved references %v", saved.Interim.References)
	}
}
