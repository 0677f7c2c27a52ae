package ui

import (
	"crypto/sha256"
	"encoding/hex"

	"fyne.io/fyne/v2"
)

// widgetParts are what the shared widgets (list view, pager, picker) need
// of the window, and nothing more: they never see the App or a screen, so
// one can be built and tested alone.
type widgetParts struct {
	win   fyne.Window
	work  *worker
	prefs fyne.Preferences
	// database is Options.Database: "" for the person's own file.
	database string
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

// dbPref is the preference key of what is remembered for each database:
// key itself for the person's own file, as before there were others, and
// key with a short hash of the database's name for another, which keeps
// paths and addresses out of the keys.
func (p widgetParts) dbPref(key string) string {
	if p.database == "" {
		return key
	}
	sum := sha256.Sum256([]byte(p.database))
	return key + "@" + hex.EncodeToString(sum[:6])
}

// parts are the window's widget parts.
func (u *App) parts() widgetParts {
	return widgetParts{win: u.win, work: u.worker, prefs: u.fyneApp.Preferences(), database: u.opts.Database, logf: u.logf, showError: u.showError, leaveThen: u.leaveThen, rec: &u.rec}
}
