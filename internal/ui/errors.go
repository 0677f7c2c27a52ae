package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// errorSentence is what a person reads about err, in the screen language:
// the domain's own sentence for a mistake they can fix (invalid, not
// found, conflict), with the label of the field it names, or a plain
// sentence for a failure on our side. The sentences are translated by
// internal/i18n, which the command line shares.
func errorSentence(err error) string {
	return i18n.ErrorSentence(screenLang(), err)
}

// showError is the one place errors reach the screen. A person's mistake is
// shown as the domain's sentence; a failure is logged in full and shown as a
// plain sentence. It must run on the UI goroutine: background work returns
// it from its apply function.
func (u *App) showError(err error) {
	if err == nil {
		return
	}
	title := lang.L("Please check")
	if domain.ErrorCode(err) == domain.EINTERNAL {
		u.logf("interimdesk: %v", err)
		title = lang.L("Something went wrong")
	}
	showMessage(u.win, title, errorSentence(err))
}

// showInfo shows a short message with an OK button.
func showInfo(w fyne.Window, title, msg string) {
	showMessage(w, title, msg)
}

// showMessage is a dialog whose text wraps, so a long sentence is never cut.
func showMessage(w fyne.Window, title, msg string) {
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, lang.X("action.ok", "OK"), l, w)
	d.Resize(fyne.NewSize(440, 0))
	d.Show()
}

func cancelText() string { return lang.X("action.cancel", "Cancel") }
