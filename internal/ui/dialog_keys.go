package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Fyne's dialogs answer no key: Esc does not cancel and Enter does not
// confirm. handleDialogKey, installed on the window's canvas, does both
// for whatever dialog is on top, by its own buttons: Esc taps Cancel (or
// the only button, the OK of a message), Enter taps the main button (the
// one of high importance, or the only one). A key typed into a focused
// field goes to the field, as it should; in a one-line field of a dialog
// Enter submits where the dialog says so.
func handleDialogKey(c fyne.Canvas, ev *fyne.KeyEvent) bool {
	top := c.Overlays().Top()
	if top == nil {
		return false
	}
	buttons := dialogButtons(top)
	var b *widget.Button
	switch ev.Name {
	case fyne.KeyEscape:
		b = cancelButton(buttons)
	case fyne.KeyReturn, fyne.KeyEnter:
		b = mainButton(buttons)
	}
	if b == nil || b.Disabled() {
		// A disabled main button (the form is not valid yet) keeps
		// Enter from doing anything: it must not fall to Cancel.
		return false
	}
	if b.OnTapped != nil {
		b.OnTapped()
	}
	return true
}

// dialogButtons are the visible buttons of a dialog: Fyne builds
// a dialog from containers, with its buttons and those given to
// SetButtons in a container of their own.
func dialogButtons(o fyne.CanvasObject) []*widget.Button {
	if o == nil || !o.Visible() {
		return nil
	}
	switch v := o.(type) {
	case *widget.PopUp:
		return dialogButtons(v.Content)
	case *fyne.Container:
		var out []*widget.Button
		for _, c := range v.Objects {
			out = append(out, dialogButtons(c)...)
		}
		return out
	case *widget.Button:
		return []*widget.Button{v}
	}
	return nil
}

func cancelButton(bs []*widget.Button) *widget.Button {
	for _, b := range bs {
		if isCancel(b) {
			return b
		}
	}
	if len(bs) == 1 {
		return bs[0]
	}
	return nil
}

func mainButton(bs []*widget.Button) *widget.Button {
	var main *widget.Button
	for _, b := range bs {
		if b.Importance == widget.HighImportance {
			if main != nil {
				return nil // two main buttons: Enter would have to guess
			}
			main = b
		}
	}
	if main == nil && len(bs) == 1 && !isCancel(bs[0]) {
		// The OK of a message; never the Cancel of a dialog whose only
		// button it is (a search to pick from): Enter there must not
		// throw the search away.
		main = bs[0]
	}
	return main
}

// isCancel reports whether b leaves its dialog without doing anything:
// Cancel, or the Close of a dialog whose other buttons act (Backups, a
// manager's personal data, the contract settings).
func isCancel(b *widget.Button) bool {
	return b.Text == cancelText() || b.Text == lang.L("Cancel") || b.Text == lang.L("Close")
}
