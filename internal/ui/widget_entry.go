package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/driver/mobile"
	"fyne.io/fyne/v2/widget"
)

// textField is the entry every screen and dialog uses. It adds to Fyne's
// entry what desktop users expect of a field and Fyne does not do:
//
//   - Tab into a filled one-line field selects its text, so that typing
//     replaces it; a click keeps the caret where it landed. A multi-line
//     field (notes, a CV) keeps its caret: replacing a page of notes by
//     the first key typed after Tab would lose them.
//   - In a dialog, Esc cancels and Enter (in a one-line field) confirms,
//     as they do with no field focused (dialog_keys.go). Fyne's entry eats
//     both keys, so a dialog with its field focused answered neither.
//
// Fyne's Form treats only its own *widget.Entry specially (it greys a hint
// until the field was typed in); ours shows the hint the same way whether
// the field was touched or not, which is what fieldMark expects anyway.
type textField struct {
	widget.Entry

	// pointer is set while a mouse button or a finger puts the focus
	// here: that focus keeps the caret at the click.
	pointer bool
	// focused is ours, not Fyne's (unexported there): test.Type calls
	// FocusGained on every call, and a second call must not select what
	// the first typed.
	focused bool
}

// newTextField is a one-line field.
func newTextField() *textField {
	e := &textField{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrapOff
	return e
}

// newMultiLineField is a field of several lines.
func newMultiLineField() *textField {
	e := &textField{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// FocusGained selects the whole text when the focus came from the
// keyboard (Tab, Shift+Tab, or a screen focusing its first field).
func (e *textField) FocusGained() {
	again := e.focused
	e.focused = true
	e.Entry.FocusGained()
	if again || e.pointer || e.MultiLine || e.Text == "" {
		return
	}
	e.Entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// FocusLost forgets the focus, so that the next Tab in selects again.
func (e *textField) FocusLost() {
	e.focused = false
	e.Entry.FocusLost()
}

// SetText replaces the text. Fyne keeps a selection across SetText,
// clamped to the new text, and the next key typed then erases what the
// stale selection still spans: a field selected by Tab and refilled by
// the screen lost the first character typed into it. The caret goes to
// the end of the new text instead.
func (e *textField) SetText(text string) {
	e.Entry.SetText(text)
	if e.focused && !e.MultiLine {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // ends a selection
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	}
}

// MouseDown puts the focus here from the mouse: the caret goes where the
// click is, nothing is selected.
func (e *textField) MouseDown(m *desktop.MouseEvent) {
	e.pointer = true
	defer func() { e.pointer = false }()
	e.Entry.MouseDown(m)
}

// TouchDown is MouseDown for a finger.
func (e *textField) TouchDown(ev *mobile.TouchEvent) {
	e.pointer = true
	defer func() { e.pointer = false }()
	e.Entry.TouchDown(ev)
}

// TypedKey gives Esc, and Enter in a one-line field that has no action of
// its own, to the dialog the field is in. Anywhere else the keys are the
// entry's.
func (e *textField) TypedKey(ev *fyne.KeyEvent) {
	if e.dialogKey(ev) {
		return
	}
	e.Entry.TypedKey(ev)
}

func (e *textField) dialogKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyEscape:
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.MultiLine || e.OnSubmitted != nil {
			return false // a new line, or the field's own action
		}
	default:
		return false
	}
	// Keys reach a field only through the focus of the top layer: a
	// field focused while a dialog is on top is that dialog's.
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil || c.Overlays().Top() == nil || c.Focused() != fyne.Focusable(e) {
		return false
	}
	return handleDialogKey(c, ev)
}
