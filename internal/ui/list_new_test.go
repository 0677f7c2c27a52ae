package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// Every list has a visible New button beside its search, doing what
// Ctrl+N does on that screen.
func TestLists_haveAVisibleNewButton(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u := ew.u
	for _, tc := range []struct {
		key  fyne.KeyName
		name string
		tap  func()
		open func() bool
	}{
		{fyne.Key1, "managers", func() { tap(u, u.managers.list.newBtn) }, func() bool { return u.managers.pane.isOpen() && u.managers.pane.id == 0 }},
		{fyne.Key2, "clients", func() { tap(u, u.clients.list.newBtn) }, func() bool { return u.clients.pane.isOpen() && u.clients.pane.id == 0 }},
		{fyne.Key3, "proposals", func() { tap(u, u.proposals.list.newBtn) }, func() bool { return u.proposals.pane.isOpen() && u.proposals.pane.id == 0 }},
		{fyne.Key4, "engagements", func() { tap(u, u.engagements.list.newBtn) }, func() bool { return strings.Contains(overlayTexts(ew.w), "New engagement") }},
	} {
		press(u, tc.key)
		if u.current.name() != tc.name {
			t.Fatalf("on %s, want %s", u.current.name(), tc.name)
		}
		tc.tap()
		if !tc.open() {
			t.Errorf("%s: New opened no new record", tc.name)
		}
		ew.closeDialogs()
	}
}
