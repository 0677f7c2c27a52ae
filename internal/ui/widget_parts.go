package ui

import "fyne.io/fyne/v2"

// widgetParts are what the shared widgets (list view, pager, picker) need
// of the window, and nothing more: they never see the App or a screen, so
// one can be built and tested alone.
type widgetParts struct {
	win   fyne.Window
	work  *worker
	prefs fyne.Preferences
	// logf writes the detail of a failure the window only summarises.
	logf func(format string, args ...any)
	// showError says why something failed, in a dialog on win.
	showError func(error)
	// rec is told of the dialogs shown, for tests; nil is fine.
	rec *recorder
	// leaveThen runs next once the form on view has been saved or
	// discarded, or at once when it holds no edits.
	leaveThen func(next func())
}

// partsSource is anything that has widget parts: the parts themselves, or
// the App, for code that still holds it.
type partsSource interface {
	parts() widgetParts
}

func (p widgetParts) parts() widgetParts { return p }

// parts are the window's widget parts.
func (u *App) parts() widgetParts {
	return widgetParts{win: u.win, work: u.worker, prefs: u.fyneApp.Preferences(), logf: u.logf, showError: u.showError, leaveThen: u.leaveThen, rec: &u.rec}
}
