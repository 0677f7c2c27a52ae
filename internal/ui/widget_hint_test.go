package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// Every screen draws its text upright: one italic word anywhere makes Fyne
// parse and keep an italic face for the session, about 9.5 MB of the
// desktop's resident memory (docs/PERFORMANCE.md). Hints use asHint.
func TestNoScreenDrawsItalicText(t *testing.T) {
	u, w := newTestUI(t, goldenStore(t).services(), Options{})
	w.Resize(fyne.NewSize(1366, 768))
	// Each screen with a record open, where the hints are.
	screens := []struct {
		key  fyne.KeyName
		open func()
	}{
		{todayKey, nil},
		{fyne.Key1, func() { u.managers.list.selectRow(0) }},
		{fyne.Key2, func() { u.clients.list.selectRow(0) }},
		{fyne.Key3, func() { u.proposals.list.selectRow(0) }},
		{fyne.Key4, func() { u.engagements.list.selectRow(0) }},
		{fyne.Key5, nil},
		{fyne.Key6, nil},
	}
	texts := 0
	for _, s := range screens {
		k := s.key
		press(u, k)
		if s.open != nil {
			s.open()
			u.waitIdle()
		}
		for _, o := range test.LaidOutObjects(w.Content()) {
			if txt, ok := o.(*canvas.Text); ok && o.Visible() {
				texts++
				if txt.TextStyle.Italic {
					t.Errorf("screen %s: %q is drawn in italics; use asHint", k, txt.Text)
				}
			}
		}
	}
	if texts < 100 {
		t.Fatalf("only %d texts were drawn on the seven screens; the walk missed them", texts)
	}
}
