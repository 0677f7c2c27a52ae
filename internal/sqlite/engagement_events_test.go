package sqlite

import (
	"context"
	"database/sql"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// TestHistoryKeepsTheFacts reads back an override with the facts it was
// written with, beside an event of an earlier version, which has only its
// English detail; erasing the manager takes the name out of the facts as
// out of the detail.
func TestHistoryKeepsTheFacts(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c, m := proposalSetup(t, db)
	e := book(t, db, c.ID, m.ID, testToday.AddDays(-60), testToday.AddDays(-30), 4, domain.EngagementCompleted)
	conflict := &domain.CapacityConflict{Manager: m.Name, MaxDays: 4, Day: testToday, Days: 5, Total: 5}
	err := db.write(ctx, func(tx *sql.Tx) error {
		return logEngagementEvent(ctx, tx, e.ID, testNow, domain.EventCapacityOverride, domain.EventFacts{Reason: "Board asked.", Check: conflict})
	})
	must(t, err)
	if _, err := db.db.ExecContext(ctx, `INSERT INTO events (entity, entity_id, at, what, detail) VALUES ('engagement', ?, ?, 'extended', ?)`,
		e.ID, sqlcol.TimeText(testNow), "end 2026-09-18 → 2026-10-31"); err != nil {
		t.Fatal(err)
	}

	h, err := db.EngagementHistory(ctx, e.ID)
	must(t, err)
	var override, old *domain.EngagementEvent
	for i := range h {
		switch h[i].What {
		case domain.EventCapacityOverride:
			override = &h[i]
		case domain.EventExtended:
			old = &h[i]
		}
	}
	if override == nil || override.Facts == nil || override.Facts.Check == nil || override.Facts.Check.Manager != m.Name ||
		override.Facts.Reason != "Board asked." || override.Facts.Check.Days != 5 {
		t.Fatalf("the override reads back as %+v", override)
	}
	if s, _ := override.Sentence(); s.String() != override.Detail {
		t.Errorf("the facts say %q, the detail %q", s, override.Detail)
	}
	if old == nil || old.Facts != nil || old.Detail != "end 2026-09-18 → 2026-10-31" {
		t.Errorf("the event of an earlier version reads back as %+v", old)
	}

	plan, err := db.PlanErasure(ctx, m.ID)
	must(t, err)
	_, err = db.EraseManager(ctx, m.ID, plan.Rev)
	must(t, err)
	h, err = db.EngagementHistory(ctx, e.ID)
	must(t, err)
	for _, ev := range h {
		if ev.What == domain.EventCapacityOverride && ev.Facts.Check.Manager != domain.ErasedManagerName(m.ID) {
			t.Errorf("after the erasure the override's facts name %q", ev.Facts.Check.Manager)
		}
	}
}
