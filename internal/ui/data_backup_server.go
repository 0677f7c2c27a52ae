package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// serverBackups is the Backups dialog of a database that keeps no backup
// files of its own: the firm's shared database on a PostgreSQL server.
type serverBackups struct {
	dialog    *dialog.CustomDialog
	exportBtn *widget.Button
}

// showServerBackups says who backs up a shared database (its
// administrator, with pg_dump) and offers the copy anybody can keep: the
// JSON export, which also moves the firm back into a file of its own.
func (u *App) showServerBackups() {
	text := widget.NewLabel(lang.X("backups.server",
		"This firm's database is on a PostgreSQL server, so Interim Desk keeps no backup files of it here: the server's administrator backs it up (pg_dump, see docs/TEAM.md). To keep a copy of your own, export everything as a JSON file; Import everything reads it back into an empty database, on a server or in a file."))
	text.Wrapping = fyne.TextWrapWord
	b := &serverBackups{}
	b.exportBtn = widget.NewButton(lang.L("Export everything (JSON)…"), func() {
		b.dialog.Hide()
		u.exportJSON()
	})
	b.dialog = dialog.NewCustom(lang.L("Backups"), lang.L("Close"),
		container.NewVBox(text, container.NewHBox(b.exportBtn)), u.win)
	b.dialog.Resize(fyne.NewSize(520, 0))
	u.data.serverBackups = b
	b.dialog.Show()
}
