package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The notice is kept with the proposal and its issued version; accepting
// the version gives the engagement that notice, even when the live
// proposal changed it since.
func TestAcceptGivesTheNoticeTheVersionPromised(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, _ := issueSetup(t, db)
	if a.NoticeDays != domain.DefaultNoticeDays {
		t.Errorf("a new proposal is stored with %d days' notice", a.NoticeDays)
	}
	a.NoticeDays = 45
	must(t, db.UpdateProposal(ctx, a))
	stored, err := db.FindProposalByID(ctx, a.ID)
	must(t, err)
	if stored.NoticeDays != 45 {
		t.Fatalf("stored notice %d", stored.NoticeDays)
	}
	_, err = db.IssueProposal(ctx, a.ID, testToday)
	must(t, err)
	if _, err := db.db.Exec(`UPDATE proposals SET content = json_set(content, '$.notice_days', 90) WHERE id = ?`, a.ID); err != nil {
		t.Fatal(err)
	}
	e, err := db.AcceptProposal(ctx, a.ID, domain.KindInterim, domain.AcceptOptions{On: domain.NewDate(2026, time.May, 20)})
	must(t, err)
	if e.NoticeDays != 45 {
		t.Errorf("the engagement has %d days' notice; version 1 promised 45", e.NoticeDays)
	}
}
