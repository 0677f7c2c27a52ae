package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// typeKey types a key as the desktop driver delivers it: to the focused
// widget when there is one, otherwise to the canvas.
func typeKey(u *App, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := u.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
	} else {
		u.win.Canvas().OnTypedKey()(ev)
	}
	u.waitIdle()
}

// click presses the primary mouse button at x pixels into a field, as
// the driver does: MouseDown, then Tapped.
func click(u *App, e *textField, x float32) {
	at := fyne.PointEvent{Position: fyne.NewPos(x, e.Size().Height/2)}
	e.MouseDown(&desktop.MouseEvent{PointEvent: at, Button: desktop.MouseButtonPrimary})
	e.MouseUp(&desktop.MouseEvent{PointEvent: at, Button: desktop.MouseButtonPrimary})
	e.Tapped(&at)
	u.waitIdle()
}

func TestKeys_tabIntoAFilledFieldSelectsItsText(t *testing.T) {
	u, w := newTestUI(t, goldenStore(t).services(), Options{})
	w.Resize(fyne.NewSize(1366, 768))
	s := u.managers
	s.list.selectRow(0)
	u.waitIdle()
	s.headline.SetText("Interim CFO")
	if s.fullName.Text == "" || s.headline.Text == "" {
		t.Fatalf("the manager's name %q or headline %q is empty", s.fullName.Text, s.headline.Text)
	}

	// A click puts the caret where it lands and selects nothing.
	click(u, s.fullName, 2)
	if w.Canvas().Focused() != fyne.Focusable(s.fullName) {
		t.Fatal("a click did not focus the name")
	}
	if got := s.fullName.SelectedText(); got != "" {
		t.Errorf("a click selected %q", got)
	}
	if s.fullName.CursorColumn != 0 {
		t.Errorf("a click at the start put the caret at column %d", s.fullName.CursorColumn)
	}

	// Tab goes to the headline and selects it: typing replaces it.
	test.FocusNext(w.Canvas())
	if w.Canvas().Focused() != fyne.Focusable(s.headline) {
		t.Fatalf("Tab from the name did not go to the headline")
	}
	if got, want := s.headline.SelectedText(), s.headline.Text; got != want {
		t.Errorf("Tab into the headline selected %q, want all of %q", got, want)
	}
	test.Type(s.headline, "Interim CHRO")
	if s.headline.Text != "Interim CHRO" {
		t.Errorf("typing after Tab gave %q, want the typed text alone", s.headline.Text)
	}
	// Typing on in the same field adds to it: the focus is the same.
	test.Type(s.headline, "!")
	if s.headline.Text != "Interim CHRO!" {
		t.Errorf("typing on gave %q", s.headline.Text)
	}

	// Shift+Tab back into the name selects it too.
	test.FocusPrevious(w.Canvas())
	if got := s.fullName.SelectedText(); got != s.fullName.Text {
		t.Errorf("Shift+Tab into the name selected %q", got)
	}
	// The screen refilling a selected field leaves no stale selection to
	// eat the next key.
	s.fullName.SetText("")
	test.Type(s.fullName, "Bram")
	if s.fullName.Text != "Bram" {
		t.Errorf("typing into a refilled field gave %q", s.fullName.Text)
	}

	// A multi-line field keeps its caret: notes are not replaced by the
	// first key typed after Tab.
	s.notes.SetText("Call back on Monday")
	w.Canvas().Focus(s.notes)
	if got := s.notes.SelectedText(); got != "" {
		t.Errorf("focusing the notes selected %q", got)
	}
}

func TestKeys_escAndEnterInADialogFieldAnswerTheDialog(t *testing.T) {
	open := func(t *testing.T) (*engWorld, *domain.Engagement, *stepDialog) {
		ew := newEngWorld(t, engOptions{})
		e := ew.open("CFO ad interim")
		tap(ew.u, ew.u.engagements.steps.terminate)
		d := shownLast[*stepDialog](ew.u)
		if ew.w.Canvas().Focused() != fyne.Focusable(d.fields[0]) {
			t.Fatalf("the dialog opened with %T focused, not its date", ew.w.Canvas().Focused())
		}
		return ew, e, d
	}

	t.Run("Esc in a field cancels", func(t *testing.T) {
		ew, e, _ := open(t)
		typeKey(ew.u, fyne.KeyEscape)
		if ew.w.Canvas().Overlays().Top() != nil {
			t.Fatalf("Esc in the date field left the dialog open:\n%s", overlayTexts(ew.w))
		}
		if got := ew.stored(e.ID); got.Rev != e.Rev {
			t.Errorf("Esc wrote the engagement: %+v", got)
		}
	})

	t.Run("Enter in a one-line field confirms, in a multi-line one adds a line", func(t *testing.T) {
		ew, e, d := open(t)
		typeText(ew.u, d.fields[0], "11-5-2026")
		test.FocusNext(ew.w.Canvas())
		if ew.w.Canvas().Focused() != fyne.Focusable(d.fields[1]) {
			t.Fatalf("Tab went to %T, not the reason", ew.w.Canvas().Focused())
		}
		test.Type(d.fields[1], "Sold.")
		typeKey(ew.u, fyne.KeyReturn)
		test.Type(d.fields[1], "The group has its own CFO.")
		if ew.w.Canvas().Overlays().Top() == nil {
			t.Fatal("Enter in the reason closed the dialog")
		}
		if want := "Sold.\nThe group has its own CFO."; d.fields[1].Text != want {
			t.Errorf("the reason is %q, want %q", d.fields[1].Text, want)
		}
		test.FocusPrevious(ew.w.Canvas())
		typeKey(ew.u, fyne.KeyReturn)
		if ew.w.Canvas().Overlays().Top() != nil {
			t.Fatalf("Enter in the date left the dialog open:\n%s", overlayTexts(ew.w))
		}
		got := ew.stored(e.ID)
		if got.EndReason != "Sold.\nThe group has its own CFO." || got.TerminatedOn.IsZero() {
			t.Errorf("Enter stored reason %q, last day %s", got.EndReason, got.TerminatedOn)
		}
	})

	t.Run("Enter while the main button is disabled does nothing", func(t *testing.T) {
		ew, e, d := open(t)
		if !d.ok.Disabled() {
			t.Fatal("notice can be given without a reason")
		}
		typeKey(ew.u, fyne.KeyReturn)
		if ew.w.Canvas().Overlays().Top() == nil {
			t.Fatal("Enter closed a dialog that cannot be confirmed")
		}
		if got := ew.stored(e.ID); got.Rev != e.Rev {
			t.Errorf("Enter wrote the engagement: %+v", got)
		}
	})
}

// A dialog whose only button is Cancel (the search that picks a client)
// is not cancelled by Enter: Enter there picks, or does nothing.
func TestKeys_enterNeverCancels(t *testing.T) {
	u, w := newTestUI(t, goldenStore(t).services(), Options{})
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	s := u.proposals
	s.client.open()
	u.waitIdle()
	test.Type(s.client.list.search, "no such client")
	u.waitIdle()
	typeKey(u, fyne.KeyReturn)
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("Enter in a search without a match closed the picker")
	}
	w.Canvas().Unfocus()
	typeKey(u, fyne.KeyReturn)
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("Enter with nothing focused tapped the picker's Cancel")
	}
	w.Canvas().Focus(s.client.list.search)
	typeKey(u, fyne.KeyEscape)
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("Esc in the picker's search left it open")
	}
	if s.client.id != 0 {
		t.Errorf("Esc picked client %d", s.client.id)
	}
}
