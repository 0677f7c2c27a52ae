package ui

import (
	"context"
	"time"
)

// fromElsewhere publishes what others wrote: another window, the command
// line, a colleague on the shared database.
const fromElsewhere = "elsewhere"

// changeInterval is how often the window asks the store whether others
// wrote: soon enough that a colleague's new manager is on the roster by
// the time anyone asks, and a question too small to notice.
const changeInterval = 2 * time.Second

// watchChanges reads the lists again whenever the store reports a write
// made elsewhere. The screens hear "some records of every kind changed",
// as after an import: each reloads its list and reopens the record in its
// form unless that has unsaved edits, which stay; saving them over a
// record changed meanwhile is refused with the Reload sentence.
func (u *App) watchChanges() {
	go func() {
		err := u.svc.Changes.WatchChanges(u.ctx, changeInterval, func() {
			// Through the worker, so that it counts as work under way
			// until the screens have heard it.
			u.worker.background(func(context.Context) func() { return u.heardElsewhere })
		})
		if err != nil && u.ctx.Err() == nil {
			u.logf("interimdesk: changes made elsewhere will not show until a list is read again: %v", err)
		}
	}()
}

func (u *App) heardElsewhere() {
	if u.ctx.Err() != nil {
		return
	}
	for _, kind := range []recordKind{clientRecord, managerRecord, proposalRecord, engagementRecord} {
		u.changes.publish(fromElsewhere, recordChanged{kind, 0})
	}
}
