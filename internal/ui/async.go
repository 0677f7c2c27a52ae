package ui

import (
	"context"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
)

// uiLoop runs functions on the UI goroutine. The window uses Fyne's
// (fyneLoop); tests use a queue they drain on their own goroutine, because
// Fyne's test driver runs fyne.Do at once on the calling goroutine, which
// would let a result race with the test.
type uiLoop interface {
	do(fn func())
}

// fyneLoop is the real UI goroutine.
type fyneLoop struct{}

func (fyneLoop) do(fn func()) { fyne.Do(fn) }

// timer is what the debounce needs of a *time.Timer.
type timer interface {
	Stop() bool
}

// afterFunc starts a timer that calls f once d has passed: time.AfterFunc
// in the window, a clock the test advances in tests.
type afterFunc func(d time.Duration, f func()) timer

// realAfter is time.AfterFunc.
func realAfter(d time.Duration, f func()) timer { return time.AfterFunc(d, f) }

// worker runs the screens' work off the UI goroutine and brings the results
// back to it. One worker serves the whole window; a screen needs only this,
// not the App, to query the store without freezing the window.
type worker struct {
	ctx  context.Context
	loop uiLoop
	// after is the clock of the search debounce.
	after afterFunc
	// searchDelay debounces search-as-you-type.
	searchDelay time.Duration

	// pending counts background work whose result has not been shown yet;
	// tests wait on it instead of sleeping.
	pending atomic.Int64
}

func newWorker(ctx context.Context, loop uiLoop, after afterFunc) *worker {
	return &worker{ctx: ctx, loop: loop, after: after, searchDelay: defaultSearchDelay}
}

// background runs work off the UI goroutine and then runs the function it
// returns back on the UI goroutine. A store query never freezes the window
// this way. A nil result means there is nothing to show.
//
// Every call is counted in pending until its result has been applied, so a
// test can wait for "the query finished and the list shows it" without
// sleeping.
func (w *worker) background(work func(ctx context.Context) func()) {
	w.pending.Add(1)
	go func() {
		apply := work(w.ctx)
		w.post(func() {
			defer w.pending.Add(-1)
			if apply != nil && w.ctx.Err() == nil {
				apply()
			}
		})
	}()
}

// post runs fn on the UI goroutine.
func (w *worker) post(fn func()) { w.loop.do(fn) }

// debouncer calls a function once typing has paused for the worker's search
// delay. With a delay of 0 it calls it at once.
type debouncer struct {
	work  *worker
	timer timer
	// seq makes a timer that fired just as it was replaced do nothing.
	seq int
}

// trigger schedules fn, replacing whatever was scheduled before. It must be
// called on the UI goroutine; fn runs on it too. A scheduled call counts as
// a background task, so a test waiting for quiet also waits for a pending
// search.
func (d *debouncer) trigger(fn func()) {
	w := d.work
	d.seq++
	if d.timer != nil && d.timer.Stop() {
		w.pending.Add(-1) // the replaced call will never run
	}
	d.timer = nil
	if w.searchDelay <= 0 {
		fn()
		return
	}
	seq := d.seq
	w.pending.Add(1)
	d.timer = w.after(w.searchDelay, func() {
		w.post(func() {
			defer w.pending.Add(-1)
			if seq == d.seq {
				d.timer = nil
				fn()
			}
		})
	})
}
