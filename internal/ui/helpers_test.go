package ui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// testNow is the fixed clock of every test: Saturday 9 May 2026.
var testNow = time.Date(2026, time.May, 9, 10, 0, 0, 0, time.UTC)

// newTestUI starts the window on Fyne's headless driver with a fixed clock
// and no search delay, and waits until the first queries were shown.
func newTestUI(t *testing.T, svc domain.Services, opts Options) (*App, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	return newTestUIOn(t, a, svc, opts)
}

// newTestUIOn is newTestUI on a given app, to test what is remembered
// between two runs.
func newTestUIOn(t *testing.T, a fyne.App, svc domain.Services, opts Options) (*App, fyne.Window) {
	t.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return testNow }
	}
	if opts.Logf == nil {
		opts.Logf = t.Logf
	}
	// The screens are in English unless a test chose a language, whatever
	// the locale of the machine running the tests.
	if a.Preferences().StringWithFallback(prefLanguage, "unset") == "unset" {
		a.Preferences().SetString(prefLanguage, "en")
	}
	// The tests written before the first screen existed start on the
	// roster, as the window did then; a test of a fresh start sets the
	// preference to "" first (today_test.go).
	if a.Preferences().StringWithFallback(prefLastScreen, "unset") == "unset" {
		a.Preferences().SetString(prefLastScreen, screenManagers)
	}
	w := test.NewWindow(nil)
	loop := newTestLoop(t)
	u := newApp(a, w, svc, opts, loop, loop.clock.after)
	u.rec.r = &lastShown{last: map[reflect.Type]any{}}
	u.searchDelay = 0
	u.waitIdle()
	t.Cleanup(func() {
		u.waitIdle()
		if u.ctx.Err() == nil { // not quit by the test itself
			u.Close()
			w.Close()
		}
	})
	return u, w
}

// typeText replaces the text of an entry the way a person does: select all
// away, then type character by character, so validation runs per keystroke.
func typeText(u *App, e *textField, s string) {
	e.SetText("")
	test.Type(e, s)
	u.waitIdle()
}

// tap taps a button and waits for what it started.
func tap(u *App, b *widget.Button) {
	test.Tap(b)
	u.waitIdle()
}

// press types a Ctrl+key shortcut on the window's canvas.
func press(u *App, k fyne.KeyName) {
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(shortcut(k))
	u.waitIdle()
}

// objects returns o and everything inside it that is visible.
func objects(o fyne.CanvasObject) []fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	out := []fyne.CanvasObject{o}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			out = append(out, objects(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, objects(c)...)
		}
	}
	return out
}

// overlayTexts is all the label text of the topmost dialog.
func overlayTexts(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	for _, o := range objects(top) {
		switch v := o.(type) {
		case *widget.Label:
			b.WriteString(v.Text + "\n")
		case *widget.RichText:
			b.WriteString(v.String() + "\n")
		}
	}
	// The hair spaces that let a path wrap (wrappablePath) are not read.
	return strings.ReplaceAll(b.String(), pathBreak, "")
}

// overlayButton finds a button by its text in the topmost dialog.
func overlayButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is open; wanted a %q button", text)
	}
	for _, o := range objects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("the dialog has no %q button; it says:\n%s", text, overlayTexts(w))
	return nil
}

// listTexts is the text of the rows a list view has loaded, one string per
// row with the cells separated by " | ".
func listTexts[T any](lv *listView[T], max int) []string {
	var out []string
	for i := 0; i < lv.pager.count() && i < max; i++ {
		it, ok := lv.pager.item(i)
		if !ok {
			out = append(out, "…")
			continue
		}
		var cells []string
		for _, c := range lv.cols {
			cell := c.value(it)
			if c.detail != nil {
				cell += " / " + c.detail(it)
			}
			cells = append(cells, cell)
		}
		out = append(out, strings.Join(cells, " | "))
	}
	return out
}

// lastShown keeps the last dialog of each kind the window showed.
type lastShown struct{ last map[reflect.Type]any }

func (l *lastShown) shown(d any) { l.last[reflect.TypeOf(d)] = d }

// shownLast is the last dialog of type T (*unsavedPrompt,
// *dialog.FileDialog, *answerDialog, *clauseEditor) that u showed, or nil.
func shownLast[T any](u *App) T {
	var none T
	d, ok := u.rec.r.(*lastShown).last[reflect.TypeOf(none)]
	if !ok {
		return none
	}
	return d.(T)
}

// forgetShown forgets the dialogs of type T shown so far.
func forgetShown[T any](u *App) {
	var none T
	delete(u.rec.r.(*lastShown).last, reflect.TypeOf(none))
}
