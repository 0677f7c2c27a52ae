package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestRecordStory_managerListsTheirProposals: a manager's card lists the
// proposals naming them beside their engagements, each with its client,
// role, outcome and dates, and opens them.
func TestRecordStory_managerListsTheirProposals(t *testing.T) {
	bw := newBoardWorld(t)
	u := bw.u
	draft := *bw.proposal
	draft.ID, draft.Interim.Role, draft.Interim.Start = 0, "Interim CTO", domain.Date{}
	if err := bw.svc.Proposals.CreateProposal(context.Background(), &draft); err != nil {
		t.Fatal(err)
	}
	u.managers.open(bw.zoe.ID)
	u.waitIdle()
	got := buttonTexts(u.managers.story.lines)
	for _, want := range []string{
		bw.client + ", CFO: Active, 01/04/2026 – 10/06/2026",
		bw.client + ", CEO (proposal " + bw.proposal.Number + "): Issued on 09/05/2026, 01/06/2026 – 28/06/2026",
		bw.client + ", Interim CTO (proposal): Draft, No start date",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Zoë's story lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Yves") || strings.Contains(got, "CHRO") {
		t.Errorf("Zoë's story shows another manager's records:\n%s", got)
	}
	var line *widget.Button
	for _, b := range u.managers.story.lines {
		if strings.Contains(b.Text, bw.proposal.Number) {
			line = b
		}
	}
	if line == nil {
		t.Fatal("no line for the issued proposal")
	}
	tap(u, line)
	if u.current != u.proposals || u.proposals.loaded == nil || u.proposals.loaded.ID != bw.proposal.ID {
		t.Errorf("the proposal's line opens %s, %v", u.current.name(), u.proposals.loaded)
	}
}
