package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// editor is the detail form of a screen: its fields, the sentence that says
// what is wrong, and the Save button. Validation is the domain's own: on
// every change the screen builds the entity from all fields and runs its
// Validate; the field the error names is marked and Save stays disabled
// until the entity is valid and differs from what was loaded.
type editor struct {
	form    *widget.Form
	message *widget.Label
	saveBtn *widget.Button
	// reloadBtn reads the record again after a save found it changed
	// elsewhere (another window, another process); it is shown only with
	// that sentence, and never throws the edits away before it is pressed.
	reloadBtn *widget.Button

	// validate builds the entity from the fields and validates it; errors
	// reading a field (an amount, a date) come first, as EINVALID.
	validate func() error
	// save writes the entity and calls done with whether it worked.
	save func(done func(ok bool))
	// discard puts back what was loaded.
	discard func()
	// after, if set, runs after every change, e.g. to recompute totals.
	after func()
	// reopener, set by the screen that owns the form, returns how to read
	// its record again from the store (with the list beside it), or nil
	// when the form holds nothing stored. The editor needs no knowledge of
	// the screens this way.
	reopener func() func()

	values  []func() string // every field's current value, for dirty tracking
	entries []fieldEntry
	clean   string // the values as loaded or last saved
	filling bool   // the screen is filling the fields; not a user change
	saving  bool
	active  bool // a record is in the form
	lastErr error
	// conflict is the sentence of a save refused because the record
	// changed since it was read; the Reload button shows beside it.
	conflict string

	// fields are the widgets the person edits, to lock them all at once.
	fields []fyne.Disableable
	// readOnly is set while the form shows a record that must not change
	// (an erased manager): the fields are locked, Save stays disabled and
	// nothing counts as a change worth asking about.
	readOnly bool
	// locked are the fields setReadOnly disabled, and only those: a field
	// a screen disabled for its own reasons stays so when unlocked.
	locked []fyne.Disableable
	// placeholders are the example texts of the locked entries: on a
	// record nobody may fill in, "Interim CFO" in an empty field reads as
	// if it were the record's.
	placeholders map[*textField]string
	// hints are the texts under the entries that have one; a marked
	// entry keeps showing its hint (see fieldMark).
	hints map[*textField]string
}

// fieldEntry ties an entry to the domain field names (Error.Field) it shows.
type fieldEntry struct {
	entry  *textField
	fields []string
}

// fieldMark is the validation error an entry shows for a problem: the
// entry turns red, and the line under it keeps its hint (or stays empty)
// instead of the sentence. Fyne draws that line as one unwrapped text, so
// a long sentence there widened the window past the screen, and its coming
// and going moved every field below; the sentences wrap under the form.
type fieldMark struct{ hint string }

func (m fieldMark) Error() string { return m.hint }

func newEditor() *editor {
	ed := &editor{}
	ed.form = widget.NewForm()
	ed.message = widget.NewLabel("")
	ed.message.Wrapping = fyne.TextWrapWord
	ed.message.Importance = widget.DangerImportance
	ed.message.Hide()
	ed.saveBtn = widget.NewButton(lang.X("action.save", "Save"), ed.onSave)
	ed.saveBtn.Importance = widget.HighImportance
	ed.saveBtn.Disable()
	ed.reloadBtn = widget.NewButton(lang.L("Reload"), ed.onReload)
	ed.reloadBtn.Hide()
	return ed
}

// add appends a row to the form.
func (ed *editor) add(label string, w fyne.CanvasObject) {
	ed.form.Append(label, w)
}

// addHint appends a row with a hint under the field.
func (ed *editor) addHint(label, hint string, w fyne.CanvasObject) {
	ed.form.AppendItem(&widget.FormItem{Text: label, Widget: w, HintText: hint})
	if e, ok := w.(*textField); ok {
		if ed.hints == nil {
			ed.hints = map[*textField]string{}
		}
		ed.hints[e] = hint
	}
}

// entry returns a one-line entry whose mark comes from the domain errors
// about the given fields.
func (ed *editor) entry(fields ...string) *textField {
	return ed.setup(newTextField(), fields)
}

// multiLine returns a multi-line entry, like entry.
func (ed *editor) multiLine(rows int, fields ...string) *textField {
	e := newMultiLineField()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	return ed.setup(e, fields)
}

func (ed *editor) setup(e *textField, fields []string) *textField {
	if len(fields) > 0 {
		e.Validator = func(string) error { return ed.mark(e, fieldError(ed.currentError(), fields)) }
		ed.entries = append(ed.entries, fieldEntry{entry: e, fields: fields})
	}
	e.OnChanged = func(string) { ed.changed() }
	ed.values = append(ed.values, func() string { return e.Text })
	ed.fields = append(ed.fields, e)
	return e
}

// selectBox returns a drop-down whose changes count as edits.
func (ed *editor) selectBox(options []string) *widget.Select {
	s := widget.NewSelect(options, nil)
	s.OnChanged = func(string) { ed.changed() }
	ed.values = append(ed.values, func() string { return s.Selected })
	ed.fields = append(ed.fields, s)
	return s
}

// check returns a check box whose changes count as edits.
func (ed *editor) check(label string) *widget.Check {
	c := widget.NewCheck(label, nil)
	c.OnChanged = func(bool) { ed.changed() }
	ed.values = append(ed.values, func() string { return strconv.FormatBool(c.Checked) })
	ed.fields = append(ed.fields, c)
	return c
}

// track adds the value of a custom field to the dirty tracking; the field
// calls ed.changed itself.
func (ed *editor) track(value func() string) {
	ed.values = append(ed.values, value)
}

// currentError validates what the fields hold now.
func (ed *editor) currentError() error {
	if !ed.active || ed.validate == nil {
		return nil
	}
	return ed.validate()
}

// fieldError returns the sentence of the problem of err (the first, or
// one of those Validate gathered) about one of fields, as a plain error.
func fieldError(err error, fields []string) error {
	for _, p := range domain.AllErrors(err) {
		for _, name := range fields {
			if p.Field == name {
				return errors.New(errorSentence(p))
			}
		}
	}
	return nil
}

// mark is what the entry e shows for err: nothing, or its hint in red.
func (ed *editor) mark(e *textField, err error) error {
	if err == nil {
		return nil
	}
	return fieldMark{hint: ed.hints[e]}
}

// errorSentences is every problem of err, one sentence a line, in the
// order of the form.
func errorSentences(err error) string {
	all := domain.AllErrors(err)
	if len(all) < 2 {
		return errorSentence(err)
	}
	lines := make([]string, len(all))
	for i, p := range all {
		lines[i] = errorSentence(p)
	}
	return strings.Join(lines, "\n")
}

// snapshot is the fields' values as one string.
func (ed *editor) snapshot() string {
	var b strings.Builder
	for _, v := range ed.values {
		b.WriteString(v())
		b.WriteByte(0)
	}
	return b.String()
}

// dirty reports whether the form holds changes that were not saved. A
// read-only form has none worth saving, whatever its fields hold.
func (ed *editor) dirty() bool {
	return ed.active && !ed.readOnly && ed.snapshot() != ed.clean
}

// setReadOnly locks or unlocks every field of the form. A screen calls it
// after fill, for each record it shows.
func (ed *editor) setReadOnly(on bool) {
	if on == ed.readOnly {
		return
	}
	ed.readOnly = on
	if on {
		ed.placeholders = map[*textField]string{}
		for _, f := range ed.fields {
			if e, ok := f.(*textField); ok && e.PlaceHolder != "" {
				ed.placeholders[e] = e.PlaceHolder
				e.SetPlaceHolder("")
			}
			if !f.Disabled() {
				f.Disable()
				ed.locked = append(ed.locked, f)
			}
		}
	} else {
		for _, f := range ed.locked {
			f.Enable()
		}
		for e, text := range ed.placeholders {
			e.SetPlaceHolder(text)
		}
		ed.locked, ed.placeholders = nil, nil
	}
	ed.changed()
}

// changed runs after every edit: it validates, marks the fields, shows the
// first problem and enables Save when there is something valid to save.
func (ed *editor) changed() {
	if ed.filling {
		return
	}
	err := ed.currentError()
	ed.lastErr = err
	for _, fe := range ed.entries {
		fe.entry.SetValidationError(ed.mark(fe.entry, fieldError(err, fe.fields)))
	}
	if err != nil {
		ed.say(errorSentences(err))
	} else {
		ed.say("")
	}
	if err == nil && ed.dirty() && !ed.saving && !ed.readOnly {
		ed.saveBtn.Enable()
	} else {
		ed.saveBtn.Disable()
	}
	if ed.after != nil {
		ed.after()
	}
}

// say shows a sentence under the form; an empty one takes no room. The
// Reload button shows only beside the sentence of a conflict.
func (ed *editor) say(msg string) {
	ed.message.SetText(msg)
	if msg == "" {
		ed.message.Hide()
	} else {
		ed.message.Show()
	}
	if msg != "" && msg == ed.conflict {
		ed.reloadBtn.Show()
	} else {
		ed.reloadBtn.Hide()
	}
}

// failed says why a save was refused. When the record changed elsewhere
// since it was read, Reload is offered next to the sentence: the person
// decides whether their edits give way to the stored record.
func (ed *editor) failed(err error) {
	msg := errorSentence(err)
	if isStale(err) && ed.reopen() != nil {
		ed.conflict = msg
	}
	ed.say(msg)
}

// onReload reads the record again from the store, dropping the edits the
// person chose to give up.
func (ed *editor) onReload() {
	ed.conflict = ""
	ed.say("")
	if open := ed.reopen(); open != nil {
		open()
	}
}

// reopen is the owning screen's way to read the form's record again, or
// nil.
func (ed *editor) reopen() func() {
	if ed.reopener == nil {
		return nil
	}
	return ed.reopener()
}

// fill lets the screen set all fields from a record without it counting as
// an edit; afterwards the form is clean. A new record is clean too until the
// user types: its defaults alone are never worth a "Save changes?".
func (ed *editor) fill(set func()) {
	ed.conflict = ""
	ed.filling = true
	set()
	ed.filling = false
	ed.active = true
	ed.clean = ed.snapshot()
	ed.changed()
}

// markUnsaved makes what fill put in the form count as a change: a copy
// of another record is work that is lost unless saved, so Save is offered
// at once and leaving the form asks. No snapshot is empty (each value ends
// in a separator), so nothing typed makes the form clean but a save.
func (ed *editor) markUnsaved() {
	ed.clean = ""
	ed.changed()
}

func (ed *editor) onSave() { ed.trySave(nil) }

// trySave saves when the form is valid; then, if given, calls done with the
// outcome. An invalid form is not saved and its problem is said again.
func (ed *editor) trySave(done func(ok bool)) {
	if ed.readOnly {
		// Ctrl+S on a locked form: there is nothing the person may save.
		if done != nil {
			done(false)
		}
		return
	}
	if err := ed.currentError(); err != nil {
		ed.say(errorSentence(err))
		if done != nil {
			done(false)
		}
		return
	}
	if !ed.dirty() || ed.saving {
		if done != nil {
			done(!ed.saving)
		}
		return
	}
	ed.saving = true
	ed.saveBtn.Disable()
	ed.save(func(ok bool) {
		ed.saving = false
		if ok {
			ed.clean = ed.snapshot()
			ed.changed()
		} else {
			// Keep the store's sentence (a conflict, say) until the next
			// edit, which validates afresh.
			said := ed.message.Text
			ed.changed()
			if ed.lastErr == nil {
				ed.say(said)
			}
		}
		if done != nil {
			done(ok)
		}
	})
}

// leaveThen runs next once the current screen's form has no unsaved
// changes: at once when it is clean, otherwise after asking whether to save
// them, discard them or stay.
func (u *App) leaveThen(next func()) {
	if u.current == nil {
		next()
		return
	}
	ed := u.current.editor()
	if ed == nil || !ed.dirty() {
		next()
		return
	}
	u.askUnsaved(ed, next)
}

// unsavedPrompt is the open question about unsaved changes; told to the
// recorder so tests can answer it by tapping its real buttons.
type unsavedPrompt struct {
	dialog                *dialog.CustomDialog
	save, discard, cancel *widget.Button
}

// askUnsaved is the "Save changes / Discard / Cancel" question.
func (u *App) askUnsaved(ed *editor, next func()) {
	msg := widget.NewLabel(lang.L("This form has changes that were not saved."))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	save := widget.NewButton(lang.L("Save changes"), func() {
		d.Hide()
		ed.trySave(func(ok bool) {
			if ok {
				next()
			}
		})
	})
	save.Importance = widget.HighImportance
	if ed.currentError() != nil {
		save.Disable() // nothing valid to save; the message says why
		msg.SetText(lang.L("This form has changes that cannot be saved yet: {{.Problem}}",
			map[string]any{"Problem": errorSentence(ed.currentError())}))
	}
	discard := widget.NewButton(lang.L("Discard"), func() {
		d.Hide()
		ed.discard()
		next()
	})
	discard.Importance = widget.DangerImportance
	cancel := widget.NewButton(lang.X("action.cancel", "Cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(lang.L("Unsaved changes"), msg, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Resize(fyne.NewSize(460, 0))
	u.rec.shown(&unsavedPrompt{dialog: d, save: save, discard: discard, cancel: cancel})
	d.Show()
}
