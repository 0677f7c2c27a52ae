package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// Two mistakes show at once, each field marked, and the sentences wrap
// under the form: the window's content never asks to be wider than a
// 1280-pixel screen, whatever the sentences' length.
func TestManagerForm_everyMistakeAtOnceWithinTheScreen(t *testing.T) {
	store := &fakeStore{}
	u, w := newTestUI(t, store.services(), Options{})
	w.Resize(fyne.NewSize(1280, 720))
	s := u.managers
	press(u, fyne.KeyN)
	typeText(u, s.fullName, "Anne Peeters")
	typeText(u, s.email, "anne peeters at example dot be, or call her on her mobile")
	typeText(u, s.companyVAT, "BE0123456788")
	typeText(u, s.companyIBAN, "BE71 0961 2345 6760")
	msg := s.ed.message.Text
	for _, want := range []string{"E-mail:", "Company VAT number:", "Company IBAN:"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the form says %q; %q is missing", msg, want)
		}
	}
	for name, e := range map[string]interface{ Validate() error }{"e-mail": s.email, "VAT": s.companyVAT, "IBAN": s.companyIBAN} {
		if e.Validate() == nil {
			t.Errorf("the %s field is not marked", name)
		}
	}
	if s.fullName.Validate() != nil {
		t.Error("the name field is marked, though it is right")
	}
	if got := w.Content().MinSize().Width; got > 1280 {
		t.Errorf("the window asks for %.0f px; errors must wrap within 1280", got)
	}
	if s.ed.saveBtn.Disabled() == false {
		t.Error("Save is enabled with three mistakes")
	}
}

// A field's mark never changes the height of the form: the line under an
// entry keeps its hint, or stays empty, instead of the sentence.
func TestManagerForm_fieldsDoNotJumpWhileTyping(t *testing.T) {
	store := &fakeStore{}
	u, w := newTestUI(t, store.services(), Options{})
	w.Resize(fyne.NewSize(1280, 720))
	s := u.managers
	press(u, fyne.KeyN)
	before := s.ed.form.MinSize().Height
	typeText(u, s.email, "anne@")
	if got := s.ed.form.MinSize().Height; got != before {
		t.Errorf("the form is %.0f px high with a wrong e-mail, %.0f before: the fields below moved", got, before)
	}
	typeText(u, s.email, "anne@peeters.be")
	if got := s.ed.form.MinSize().Height; got != before {
		t.Errorf("the form is %.0f px high once fixed, %.0f before", got, before)
	}
}
