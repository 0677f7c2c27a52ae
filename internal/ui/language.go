package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// languageChoice is the screen language drop-down of Firm settings. It is
// not part of the firm's form: choosing applies at once, on this computer.
type languageChoice struct {
	// leaveThen saves or discards the firm's form first; setLanguage
	// applies the choice (App.setLanguage).
	leaveThen   func(next func())
	setLanguage func(pref string)
	sel         *widget.Select
	pref        string // the preference the drop-down shows
	revert      bool   // the code sets the drop-down; not a choice
}

func newLanguageChoice(prefs fyne.Preferences, leaveThen func(next func()), setLanguage func(pref string)) *languageChoice {
	c := &languageChoice{leaveThen: leaveThen, setLanguage: setLanguage, pref: prefs.String(prefLanguage)}
	c.sel = widget.NewSelect(languageOptions(), c.chosen)
	c.show(c.pref)
	return c
}

// chosen applies a new choice. The window is built again in the new
// language, so changes in the firm's form are saved or discarded first, as
// when leaving the screen. Until then the drop-down goes on showing the
// language that applies: after Cancel, or a save the store refused,
// nothing changed.
func (c *languageChoice) chosen(option string) {
	if c.revert {
		return
	}
	pref := prefFromOption(option)
	if pref == c.pref {
		return
	}
	c.show(c.pref)
	apply := func() {
		c.pref = pref
		c.show(pref)
		c.setLanguage(pref)
	}
	c.leaveThen(apply)
}

// show sets the drop-down to a preference without it counting as a choice.
func (c *languageChoice) show(pref string) {
	c.revert = true
	c.sel.SetSelected(languageOption(pref))
	c.revert = false
}

// setLanguage remembers the screen language (pref "" follows the system)
// and, when it changes the language, shows the window in it at once.
func (u *App) setLanguage(pref string) {
	u.fyneApp.Preferences().SetString(prefLanguage, pref)
	l := languageFor(pref)
	if l == screenLang() {
		return
	}
	useLanguage(l)
	u.relocalize()
}

// relocalize builds the window again in the screen language: Fyne widgets
// keep the text they were made with, so every screen, the navigation and
// the menu are made anew. The screen that was open stays open and reads
// its data again; a form being edited was saved or discarded before.
func (u *App) relocalize() {
	name := screenFirm
	if u.current != nil {
		name = u.current.name()
	}
	u.buildWindow()
	u.switchTo(u.screenNamed(name))
	if u.firmProfile != nil {
		u.setFirm(u.firmProfile)
	}
}
