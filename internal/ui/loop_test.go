package ui

import (
	"sort"
	"sync"
	"testing"
	"time"
)

// idleTimeout bounds waitIdle: a lost result fails the test with a message
// instead of hanging it until go test gives up.
const idleTimeout = 30 * time.Second

// testLoop is the UI goroutine of a test: results of background work queue
// up until the test drains them on its own goroutine (waitIdle), so every
// widget change happens where the test can see it, never beside it.
type testLoop struct {
	t     testing.TB
	queue chan func()
	clock *fakeClock
	// timeout is idleTimeout but in the test of waitIdle itself.
	timeout time.Duration
}

func newTestLoop(t testing.TB) *testLoop {
	return &testLoop{t: t, queue: make(chan func(), 4096), clock: &fakeClock{}, timeout: idleTimeout}
}

func (l *testLoop) do(fn func()) { l.queue <- fn }

// loopOf is the test loop of an app started by newTestUI.
func loopOf(u *App) *testLoop { return u.loop.(*testLoop) }

// waitIdle runs the results of background work on the calling goroutine
// until none is pending, including work that those results started. It
// fails the test when that takes longer than idleTimeout. A debounced
// search waits for the test's clock: advance it first.
func (u *App) waitIdle() {
	loopOf(u).t.Helper()
	loopOf(u).waitIdle(u.worker)
}

// waitIdle is App.waitIdle for a worker of l's, as a screen built alone
// has.
func (l *testLoop) waitIdle(w *worker) {
	l.t.Helper()
	deadline := time.NewTimer(l.timeout)
	defer deadline.Stop()
	for w.pending.Load() > 0 {
		select {
		case fn := <-l.queue:
			fn()
		case <-deadline.C:
			l.t.Fatalf("waitIdle: %d background results still pending after %v: a result was lost, a query hangs, or a debounced search waits for the test clock",
				w.pending.Load(), l.timeout)
		}
	}
}

// fakeClock is the debounce's clock in tests: its timers fire when the test
// advances it, on the test's goroutine, never on their own.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Duration
	timers []*fakeTimer
}

type fakeTimer struct {
	clock   *fakeClock
	at      time.Duration
	f       func()
	stopped bool
}

// after is an afterFunc.
func (c *fakeClock) after(d time.Duration, f func()) timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTimer{clock: c, at: c.now + d, f: f}
	c.timers = append(c.timers, t)
	return t
}

// Stop reports whether it stopped the timer before it fired.
func (t *fakeTimer) Stop() bool {
	t.clock.mu.Lock()
	defer t.clock.mu.Unlock()
	for i, x := range t.clock.timers {
		if x == t {
			t.clock.timers = append(t.clock.timers[:i], t.clock.timers[i+1:]...)
			t.stopped = true
			return true
		}
	}
	return false
}

// advance moves the clock on by d and fires the timers that came due, the
// earliest first.
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now += d
	var due, rest []*fakeTimer
	for _, t := range c.timers {
		if t.at <= c.now {
			due = append(due, t)
		} else {
			rest = append(rest, t)
		}
	}
	c.timers = rest
	c.mu.Unlock()
	sort.SliceStable(due, func(i, j int) bool { return due[i].at < due[j].at })
	for _, t := range due {
		t.f()
	}
}

// scheduled is how many timers wait for the clock.
func (c *fakeClock) scheduled() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.timers)
}
