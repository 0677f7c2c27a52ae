package ui

import (
	"context"
)

// The screens read, save and flag their records the same way; these helpers
// hold that way once, so a change to how results come back, or to how a
// failure is said, is made in one place.

// openRecord reads a record in the background and shows it; a failure is
// shown as a dialog and the form stays as it was.
func openRecord[T any](from partsSource, read func(ctx context.Context) (T, error), show func(T)) {
	u := from.parts()
	u.work.background(func(ctx context.Context) func() {
		rec, err := read(ctx)
		return func() {
			if err != nil {
				u.showError(err)
				return
			}
			show(rec)
		}
	})
}

// saveRecord writes a record in the background and reads it back as
// stored, then hands it to shown and reports success to done. A failure
// (a conflict, say) is said under the form and in a dialog, and the typed
// values stay in the form; a record changed elsewhere offers Reload.
func saveRecord[T any](u widgetParts, ed *editor, write func(ctx context.Context) (T, error), shown func(T), done func(bool)) {
	u.work.background(func(ctx context.Context) func() {
		stored, err := write(ctx)
		return func() {
			if err != nil {
				ed.failed(err)
				u.showError(err)
				done(false)
				return
			}
			shown(stored)
			done(true)
		}
	})
}

// setFlag archives, restores, deactivates or reactivates a record: after
// the question about unsaved changes, and after a confirmation when ask is
// given, it runs change in the background and then after.
func setFlag(u widgetParts, ask *question, change func(ctx context.Context) error, after func()) {
	apply := func() {
		u.leaveThen(func() {
			u.work.background(func(ctx context.Context) func() {
				err := change(ctx)
				return func() {
					if err != nil {
						u.showError(err)
						return
					}
					after()
				}
			})
		})
	}
	if ask == nil {
		apply()
		return
	}
	confirm(u.win, ask.title, ask.message, ask.yes, apply)
}

// question is a yes/no confirmation: its title, its sentence and the
// label of the button that goes ahead.
type question struct {
	title, message, yes string
}
