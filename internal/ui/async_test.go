package ui

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// fatalRecorder is a testing.TB whose Fatalf ends only the goroutine that
// called it, as the real one does, and keeps the message.
type fatalRecorder struct {
	testing.TB
	said string
}

func (r *fatalRecorder) Helper() {}

func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.said = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// TestWaitIdle_failsWhenAResultIsLost: work that never reports back fails
// the waiting test with a sentence, instead of hanging it.
func TestWaitIdle_failsWhenAResultIsLost(t *testing.T) {
	rec := &fatalRecorder{TB: t}
	loop := newTestLoop(rec)
	loop.timeout = 10 * time.Millisecond
	u := &App{ctx: context.Background(), worker: newWorker(context.Background(), loop, loop.clock.after)}
	u.pending.Add(1) // a result that will never arrive

	done := make(chan struct{})
	go func() {
		defer close(done)
		u.waitIdle()
	}()
	select {
	case <-done:
	case <-time.After(idleTimeout):
		t.Fatal("waitIdle still waits after its deadline")
	}
	if !strings.Contains(rec.said, "1 background results still pending") {
		t.Errorf("waitIdle failed with %q", rec.said)
	}
}

// TestDebounce_replacedSearchNeverRuns: a keystroke before the pause
// cancels the search scheduled by the one before it.
func TestDebounce_replacedSearchNeverRuns(t *testing.T) {
	loop := newTestLoop(t)
	u := &App{ctx: context.Background(), worker: newWorker(context.Background(), loop, loop.clock.after)}
	u.searchDelay = 20 * time.Millisecond
	d := debouncer{work: u.worker}
	var ran []string
	d.trigger(func() { ran = append(ran, "first") })
	loop.clock.advance(10 * time.Millisecond)
	d.trigger(func() { ran = append(ran, "second") })
	loop.clock.advance(10 * time.Millisecond)
	if len(ran) != 0 || len(loop.queue) != 0 {
		t.Fatalf("ran %v (%d queued) 10 ms after the last trigger; want nothing yet", ran, len(loop.queue))
	}
	loop.clock.advance(10 * time.Millisecond)
	u.waitIdle()
	if strings.Join(ran, ",") != "second" {
		t.Errorf("ran %v; want only the second", ran)
	}
}
