package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The File menu's data entries move data in and out of the database: CSV
// import and export of clients and managers, the JSON export of
// everything and its import into an empty database, backups and the
// restore of one. Each needs a service a Services may lack (an older fake
// in a test); without it the entries are left out rather than failing.

// dataDialogs are the dialogs these entries opened last, kept so that
// tests can tap their real buttons.
type dataDialogs struct {
	open     *dialog.FileDialog
	preview  *importPreview
	progress *importProgress
	backups  *backupsDialog
	// serverBackups is the Backups dialog of a database on a server.
	serverBackups *serverBackups
	restore       *restoreQuestion
	personal      *personalDialog
	erasure       *erasure
}

// dataMenuItems are the File menu's entries for data, in the order a
// person reaches for them: bring data in, take it out, keep it safe.
func (u *App) dataMenuItems() []*fyne.MenuItem {
	var items []*fyne.MenuItem
	add := func(label string, action func()) {
		items = append(items, fyne.NewMenuItem(label, action))
	}
	add(lang.L("Import clients…"), func() { u.importCSV(u.clientsCSV()) })
	add(lang.L("Import managers…"), func() { u.importCSV(u.managersCSV()) })
	add(lang.L("Export clients (CSV)…"), func() { u.exportCSV(u.clientsCSV()) })
	add(lang.L("Export managers (CSV)…"), func() { u.exportCSV(u.managersCSV()) })
	add(lang.L("Export everything (JSON)…"), u.exportJSON)
	add(lang.L("Import everything (JSON)…"), u.importJSON)
	items = append(items, fyne.NewMenuItemSeparator())
	if u.svc.Backups.BackupDir() == "" {
		// A shared database on a server has no backups folder: one entry
		// says how it is kept safe, instead of three that would refuse.
		add(lang.L("Backups…"), u.showServerBackups)
		return items
	}
	add(lang.L("Back up now"), u.backUpNow)
	add(lang.L("Backups…"), u.showBackups)
	add(lang.L("Restore a backup…"), u.chooseRestore)
	return items
}

// showSentences is showInfo for a result told in a few sentences, each a
// translation of its own: "3 added." and "1 refused line was left out."
// are two texts, whichever of them a result needs.
func (u *App) showSentences(title string, sentences ...string) {
	d := dialog.NewCustom(title, lang.X("action.ok", "OK"), sentencesBox(sentences...), u.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

// sentencesBox puts sentences under each other, each wrapping at the
// width of the dialog.
func sentencesBox(sentences ...string) *fyne.Container {
	box := container.NewVBox()
	for _, s := range sentences {
		l := widget.NewLabel(s)
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	return box
}
