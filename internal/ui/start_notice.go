package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// startNotice is the line at the foot of the window that says, once at
// start, which temporary files a crashed run (a restore, a backup, an
// import killed half-way) had left and the store removed. Nothing is
// wrong any more, so it asks nothing and blocks nothing: a dialog would
// stand between the person and their work for a piece of housekeeping.
// Close takes it away for the rest of the session.
type startNotice struct {
	bar      *fyne.Container
	label    *widget.Label
	closeBtn *widget.Button
	closed   bool
}

// startNoticeBar is the notice for the window's foot, or nil when there is
// nothing to say or it was closed. buildWindow calls it again when the
// screen language changes, and it is worded anew.
func (u *App) startNoticeBar() fyne.CanvasObject {
	n := &u.notice
	files := u.opts.LeftoversRemoved
	if len(files) == 0 || n.closed {
		return nil
	}
	n.label = widget.NewLabel(pluralText("start.leftovers",
		"Removed {{.Count}} temporary files that an interrupted backup, restore or import had left: {{.Files}}.",
		len(files), map[string]any{"Count": formatCount(len(files)), "Files": baseNames(files)}))
	n.label.Wrapping = fyne.TextWrapWord
	n.closeBtn = widget.NewButton(lang.L("Close"), func() {
		n.closed = true
		n.bar.Hide()
	})
	n.closeBtn.Importance = widget.LowImportance
	n.bar = container.NewBorder(widget.NewSeparator(), nil, nil, n.closeBtn, n.label)
	return n.bar
}

// baseNames lists files by their names alone, the folder being the one the
// person knows (the backups folder, the database's): "a.db, b.db".
func baseNames(paths []string) string {
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return strings.Join(names, ", ")
}
