package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
)

// background runs work off the UI goroutine and then runs the function it
// returns back on the UI goroutine. A store query never freezes the window
// this way. A nil result means there is nothing to show.
//
// Every call is counted in u.pending until its result has been applied, so
// a test can wait for "the query finished and the list shows it" without
// sleeping.
func (u *App) background(work func(ctx context.Context) func()) {
	u.pending.Add(1)
	go func() {
		apply := work(u.ctx)
		u.post(func() {
			defer u.pending.Add(-1)
			if apply != nil && u.ctx.Err() == nil {
				apply()
			}
		})
	}()
}

// post runs fn on the UI goroutine: through fyne.Do in the app, through
// the test's queue in tests. Fyne's test driver runs fyne.Do at once on the
// calling goroutine, which would let a result race with the test; the queue
// keeps every widget change on the test's goroutine, as on the real main
// goroutine.
func (u *App) post(fn func()) {
	if u.queue != nil {
		u.queue <- fn
		return
	}
	fyne.Do(fn)
}

// waitIdle runs the results of background work on the calling goroutine
// until none is pending, including work that those results started. For
// tests, which set a queue.
func (u *App) waitIdle() {
	for u.pending.Load() > 0 {
		(<-u.queue)()
	}
}

// debouncer calls a function once typing has paused for the app's search
// delay. With a delay of 0 (tests) it calls it at once.
type debouncer struct {
	app   *App
	timer *time.Timer
	// seq makes a timer that fired just as it was replaced do nothing.
	seq int
}

// trigger schedules fn, replacing whatever was scheduled before. It must be
// called on the UI goroutine; fn runs on it too. A scheduled call counts as
// a background task, so waitIdle also waits for a pending search.
func (d *debouncer) trigger(fn func()) {
	d.seq++
	if d.timer != nil && d.timer.Stop() {
		d.app.pending.Add(-1) // the replaced call will never run
	}
	d.timer = nil
	if d.app.searchDelay <= 0 {
		fn()
		return
	}
	seq := d.seq
	d.app.pending.Add(1)
	d.timer = time.AfterFunc(d.app.searchDelay, func() {
		d.app.post(func() {
			defer d.app.pending.Add(-1)
			if seq == d.seq {
				d.timer = nil
				fn()
			}
		})
	})
}
