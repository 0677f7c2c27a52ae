package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// A window on the file hears of a client another program added: the
// command line, or a second window, through a connection of its own.
func TestWatchChangesHearsAnotherConnection(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	window := openTestDBAt(t, path)
	other := openTestDBAt(t, path)

	ctx, cancel := context.WithCancel(context.Background())
	heard := make(chan struct{}, 16)
	stopped := make(chan error, 1)
	go func() {
		stopped <- window.WatchChanges(ctx, 5*time.Millisecond, func() { heard <- struct{}{} })
	}()
	// A write made before the watch's first look is part of what it
	// starts from: wait until it holds its connection, and write again
	// if the first write fell in the moment before that look.
	for window.db.Stats().InUse == 0 {
		time.Sleep(time.Millisecond)
	}
	reported := false
	for i := 0; i < 5 && !reported; i++ {
		if err := other.CreateClient(ctx, testClient(fmt.Sprintf("Acme %d", i), 1234567+i)); err != nil {
			t.Fatal(err)
		}
		select {
		case <-heard:
			reported = true
		case <-time.After(2 * time.Second):
		}
	}
	if !reported {
		t.Fatal("five clients added through another connection were not reported")
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
