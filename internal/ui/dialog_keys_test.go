package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// key types a key on the window's canvas with no field focused.
func key(u *App, k fyne.KeyName) {
	u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k})
	u.waitIdle()
}

func TestDialogs_escCancelsAndEnterConfirms(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u, c := ew.u, ew.u.engagements.contract
	e := ew.open("CFO ad interim")

	// The question before the first print: Esc leaves it, nothing frozen.
	tap(u, c.first)
	key(u, fyne.KeyEscape)
	if ew.w.Canvas().Overlays().Top() != nil || ew.contractVersions(e.ID) != 0 {
		t.Fatalf("Esc left the question open (%v) or froze the contract", ew.w.Canvas().Overlays().Top() != nil)
	}

	// Enter takes the main action (Print…), and in the print dialog
	// Enter prints.
	tap(u, c.first)
	key(u, fyne.KeyReturn)
	ew.printDialog()
	key(u, fyne.KeyReturn)
	if len(ew.printer.sent()) != 1 {
		t.Fatalf("Enter in the print dialog sent %d documents", len(ew.printer.sent()))
	}
	// The message that says so closes with Esc, and with Enter.
	if !strings.Contains(overlayTexts(ew.w), "Sent to printer PDF") {
		t.Fatalf("after printing the window says %q", overlayTexts(ew.w))
	}
	key(u, fyne.KeyEscape)
	if top := ew.w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("Esc left the message open: %q", overlayTexts(ew.w))
	}

	// A confirmation (Reissue) closes with Esc and does nothing.
	tap(u, c.reopen)
	key(u, fyne.KeyEscape)
	if n := ew.contractVersions(e.ID); n != 1 || ew.w.Canvas().Overlays().Top() != nil {
		t.Errorf("Esc on the reissue question: %d versions, dialog open %v", n, ew.w.Canvas().Overlays().Top() != nil)
	}
	// Without a dialog, the keys do nothing.
	key(u, fyne.KeyEscape)
	key(u, fyne.KeyReturn)
	if ew.w.Canvas().Overlays().Top() != nil {
		t.Error("a key opened something")
	}
}
