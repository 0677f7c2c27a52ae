package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// An edit that commits while the erasure waits for the manager's row: the
// erasure then sees the edit's rev and refuses, instead of erasing a state
// the person never saw in the plan (and the edit is not lost under it).
func TestEraseManagerWaitsForAnEditAndRefusesIt(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	m := &domain.Manager{Name: "Anna Claes", Email: "anna@example.be", MaxDaysPerWeek: 5, Active: true}
	if err := db.CreateManager(ctx, m); err != nil {
		t.Fatal(err)
	}
	plan, err := db.PlanErasure(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Someone's save holds the row, not committed yet.
	edit, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer edit.Rollback()
	if _, err := edit.ExecContext(ctx, `UPDATE managers SET city = 'Brugge', rev = rev + 1 WHERE id = $1`, m.ID); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := db.EraseManager(ctx, m.ID, plan.Rev)
		done <- err
	}()
	waitForLockWait(t, db)
	if err := edit.Commit(); err != nil {
		t.Fatal(err)
	}
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the erasure did not end after the edit committed")
	}
	if domain.ErrorCode(err) != domain.ECONFLICT {
		t.Fatalf("erasure after a concurrent edit: %v, want ECONFLICT", err)
	}
	got, err := db.FindManagerByID(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Anna Claes" || got.City != "Brugge" {
		t.Errorf("after the refused erasure: %q in %q", got.Name, got.City)
	}
}

// waitForLockWait returns once a session of the database waits for a
// lock, failing t after a deadline.
func waitForLockWait(t *testing.T, db *DB) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		var n int
		if err := db.db.QueryRow(`SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND wait_event_type = 'Lock'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("no session waits for a lock")
}
