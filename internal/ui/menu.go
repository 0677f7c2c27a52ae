package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// shortcut is Ctrl+key (Cmd+key on macOS).
func shortcut(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// screenKeys are Ctrl+1 … Ctrl+5, in the order of the navigation after
// the first screen, which is Ctrl+0 (todayKey): the five kept their keys
// when it came.
var screenKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5}

// todayKey is Ctrl+0, the first screen.
const todayKey = fyne.Key0

// boardKey is Ctrl+6, the planning board: it came after the others had
// their keys and sits before the firm's settings without taking theirs.
const boardKey = fyne.Key6

// screenKey is the Ctrl+key that shows the screen named name.
func screenKey(name string) fyne.KeyName {
	switch name {
	case screenToday:
		return todayKey
	case screenBoard:
		return boardKey
	}
	for i, n := range []string{screenManagers, screenClients, screenProposals, screenEngagements, screenFirm} {
		if n == name {
			return screenKeys[i]
		}
	}
	return ""
}

// mainMenu is File, Edit, View and Help. The desktop driver triggers the
// items' shortcuts even while an entry has the focus.
func (u *App) mainMenu() *fyne.MainMenu {
	item := func(label string, key fyne.KeyName, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		if key != "" {
			it.Shortcut = shortcut(key)
		}
		return it
	}
	quit := item(lang.X("action.quit", "Quit"), fyne.KeyQ, u.quit)
	quit.IsQuit = true

	file := fyne.NewMenu(lang.X("menu.file", "File"),
		item(lang.L("New"), fyne.KeyN, u.newRecord),
		item(lang.X("action.save", "Save"), fyne.KeyS, u.save),
		item(lang.L("Generate document"), fyne.KeyP, u.generate),
		fyne.NewMenuItemSeparator(),
	)
	file.Items = append(file.Items, item(lang.L("Print contracts…"), "", u.printContracts), fyne.NewMenuItemSeparator())
	if data := u.dataMenuItems(); len(data) > 0 {
		file.Items = append(file.Items, data...)
		file.Items = append(file.Items, fyne.NewMenuItemSeparator())
	}
	file.Items = append(file.Items, quit)
	edit := fyne.NewMenu(lang.L("Edit"),
		item(lang.L("Find"), fyne.KeyF, u.focusSearch),
	)
	var views []*fyne.MenuItem
	for _, s := range u.screens {
		s := s
		views = append(views, item(s.title(), screenKey(s.name()), func() { u.Show(s.name()) }))
	}
	view := fyne.NewMenu(lang.L("View"), views...)
	help := fyne.NewMenu(lang.L("Help"),
		fyne.NewMenuItem(lang.L("Keyboard shortcuts"), u.showShortcuts),
		fyne.NewMenuItem(lang.L("About Interim Desk"), u.showAbout),
	)
	return fyne.NewMainMenu(file, edit, view, help)
}

// addShortcuts registers the menu's shortcuts on the canvas as well, for
// drivers that show no menu bar. The desktop driver handles the menu's own
// first, so none runs twice.
func (u *App) addShortcuts() {
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut == nil || it.Action == nil {
				continue
			}
			action := it.Action
			u.win.Canvas().AddShortcut(it.Shortcut, func(fyne.Shortcut) { action() })
		}
	}
}

func (u *App) newRecord() { u.leaveThen(u.current.newRecord) }

func (u *App) focusSearch() { u.current.focusSearch() }

func (u *App) generate() { u.current.generate() }

// save saves the current form (Ctrl+S).
func (u *App) save() {
	if ed := u.current.editor(); ed != nil && ed.active {
		ed.trySave(nil)
	}
}

// quit closes the window once unsaved changes are dealt with; it is also
// the close intercept, so the window's close button asks the same question.
func (u *App) quit() {
	u.leaveThen(func() {
		u.saveWindowSize()
		u.Close()
		u.win.Close()
	})
}

// The window size is remembered between runs.
func (u *App) saveWindowSize() {
	sz := u.win.Canvas().Size()
	if sz.Width < 100 || sz.Height < 100 {
		return
	}
	p := u.fyneApp.Preferences()
	p.SetFloat(prefWindowWidth, float64(sz.Width))
	p.SetFloat(prefWindowHeight, float64(sz.Height))
}

func (u *App) restoreWindowSize() {
	p := u.fyneApp.Preferences()
	w := p.FloatWithFallback(prefWindowWidth, 1280)
	h := p.FloatWithFallback(prefWindowHeight, 760)
	u.win.Resize(fyne.NewSize(float32(w), float32(h)))
}

func (u *App) showShortcuts() {
	rows := [][2]string{
		{"Ctrl+N", lang.L("New record")},
		{"Ctrl+S", lang.X("action.save", "Save")},
		{"Ctrl+F", lang.L("Search")},
		{"Ctrl+P", lang.L("Proposals: issue and open a changed draft, or open the latest issued version")},
		{"Ctrl+0", lang.L("Today: what needs doing")},
		{"Ctrl+1 … Ctrl+5", lang.L("Managers, Clients, Proposals, Engagements, Firm settings")},
		{"Ctrl+6", lang.L("Planning: who is free when")},
		{"Ctrl+Q", lang.X("action.quit", "Quit")},
	}
	form := widget.NewForm()
	for _, r := range rows {
		l := widget.NewLabel(r[1])
		l.Wrapping = fyne.TextWrapWord
		form.Append(r[0], l)
	}
	d := dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), form, u.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

func (u *App) showAbout() {
	showInfo(u.win, lang.L("About Interim Desk"),
		lang.L("Interim Desk keeps the roster, the clients and the pipeline of an interim-management and advisory firm, offline."))
}
