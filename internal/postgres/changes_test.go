package postgres

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
)

// A colleague's new manager reaches an open window: the window's store
// LISTENs, another connection (another person, the command line) writes.
func TestWatchChangesHearsAColleague(t *testing.T) {
	url := pgtest.NewDatabase(t)
	open := func() *DB {
		db, err := Open(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		db.Now = func() time.Time { return testNow }
		return db
	}
	window, colleague := open(), open()

	ctx, cancel := context.WithCancel(context.Background())
	heard := make(chan struct{}, 16)
	stopped := make(chan error, 1)
	go func() {
		stopped <- window.WatchChanges(ctx, 20*time.Millisecond, func() { heard <- struct{}{} })
	}()
	// The LISTEN is in place once the watch holds its connection; a write
	// before that would not be announced to it, so write until one is.
	for window.db.Stats().InUse == 0 {
		time.Sleep(time.Millisecond)
	}
	reported := false
	for i := 0; i < 5 && !reported; i++ {
		m := &domain.Manager{Name: fmt.Sprintf("Aline Zeeman %d", i), Active: true, MaxDaysPerWeek: 5}
		if err := colleague.CreateManager(ctx, m); err != nil {
			t.Fatal(err)
		}
		select {
		case <-heard:
			reported = true
		case <-time.After(2 * time.Second):
		}
	}
	if !reported {
		t.Fatal("five managers a colleague added were not reported")
	}

	cancel()
	select {
	case err := <-stopped:
		if err != nil {
			t.Errorf("WatchChanges ended with %v, want nil when its context ends", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("WatchChanges did not return when its context ended")
	}
}
