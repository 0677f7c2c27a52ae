package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// backUpNow writes a backup into the backups folder, a consistent copy
// even while another window writes, and says where it went.
func (u *App) backUpNow() {
	u.docs.withProgress(lang.L("Back up now"), lang.L("Writing a backup…"), func(ctx context.Context) (func(), error) {
		path, err := u.svc.Backups.BackupNow(ctx)
		if err != nil {
			return nil, err
		}
		return func() { showInfo(u.win, lang.L("Backup written"), backupWritten(path)) }, nil
	})
}

func backupWritten(path string) string {
	return lang.X("backup.written", "A backup was written to {{.Path}}.", map[string]any{"Path": wrappablePath(path)})
}

// backupsDialog lists the backups in the backups folder, newest first,
// with how many automatic ones are kept, and restores the one chosen.
//
// It holds what it uses, not the App: the widget parts, the backup service
// and the system's file opener (nil: no "Open the folder").
type backupsDialog struct {
	parts    widgetParts
	backups  domain.BackupService
	openFile func(path string) error
	dialog   *dialog.CustomDialog
	status   *widget.Label
	list     *widget.List
	files    []domain.BackupFile
	chosen   int // the row chosen in the list, -1 for none

	keep    *textField
	keepMsg *widget.Label

	saveKeep, backUp, restore, openFolder, closeBtn *widget.Button
}

// showBackups opens the Backups dialog and reads the list.
func (u *App) showBackups() {
	b := &backupsDialog{parts: u.parts(), backups: u.svc.Backups, openFile: u.opts.OpenFile, chosen: -1}
	folder := widget.NewLabel(lang.X("backups.folder", "Backups are kept in {{.Folder}}, next to the database. Copy that folder to another disk now and then: a backup on the same disk is lost with it.",
		map[string]any{"Folder": wrappablePath(u.svc.Backups.BackupDir())}))
	folder.Wrapping = fyne.TextWrapWord
	b.status = widget.NewLabel("")
	b.status.Wrapping = fyne.TextWrapWord
	b.status.Hide()

	b.list = widget.NewList(
		func() int { return len(b.files) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(backupText(b.files[i])) })
	b.list.OnSelected = func(i widget.ListItemID) {
		b.chosen = i
		b.restore.Enable()
	}
	b.list.OnUnselected = func(widget.ListItemID) {
		b.chosen = -1
		b.restore.Disable()
	}

	b.keep = newTextField()
	b.keep.OnChanged = func(string) { b.saveKeep.Enable() }
	b.keepMsg = widget.NewLabel("")
	b.keepMsg.Wrapping = fyne.TextWrapWord
	b.keepMsg.Hide()
	b.saveKeep = widget.NewButton(lang.X("action.save", "Save"), b.onSaveKeep)
	b.saveKeep.Disable()
	// A number of at most four digits: the field need not span the dialog.
	keepField := container.NewGridWrap(fyne.NewSize(110, b.keep.MinSize().Height), b.keep)
	keepRow := container.NewHBox(widget.NewLabel(lang.L("Backups to keep")), keepField, b.saveKeep)
	keepHint := widget.NewLabel(lang.L("Automatic backups are made at every start; beyond this number the oldest are removed. Backups made by hand and safety copies are never removed."))
	keepHint.Wrapping = fyne.TextWrapWord
	asHint(keepHint)

	b.closeBtn = widget.NewButton(lang.L("Close"), func() { b.dialog.Hide() })
	b.backUp = widget.NewButton(lang.L("Back up now"), b.onBackUp)
	b.restore = widget.NewButton(lang.L("Restore this backup…"), func() {
		if b.chosen >= 0 && b.chosen < len(b.files) {
			path := b.files[b.chosen].Path
			b.dialog.Hide()
			u.askRestore(path)
		}
	})
	b.restore.Importance = widget.WarningImportance
	b.restore.Disable()
	buttons := []fyne.CanvasObject{b.closeBtn}
	if u.opts.OpenFile != nil {
		b.openFolder = widget.NewButton(lang.L("Open the folder"), b.onOpenFolder)
		buttons = append(buttons, b.openFolder)
	}
	buttons = append(buttons, b.backUp, b.restore)

	top := container.NewVBox(folder, b.status)
	bottom := container.NewVBox(widget.NewSeparator(), keepRow, keepHint, b.keepMsg)
	b.dialog = dialog.NewCustomWithoutButtons(lang.L("Backups"), container.NewBorder(top, bottom, nil, nil, b.list), u.win)
	b.dialog.SetButtons(buttons)
	b.dialog.Resize(fyne.NewSize(760, 560))
	u.data.backups = b
	b.dialog.Show()
	b.load(true)
}

// load reads the list of backups, and with keep the setting too.
func (b *backupsDialog) load(keep bool) {
	b.parts.work.background(func(ctx context.Context) func() {
		files, err := b.backups.Backups()
		n := 0
		if keep && err == nil {
			n, err = b.backups.BackupKeep(ctx)
		}
		return func() {
			if err != nil {
				b.parts.showError(err)
				return
			}
			b.files = files
			b.chosen = -1
			b.list.UnselectAll()
			b.restore.Disable()
			b.list.Refresh()
			if len(files) == 0 {
				b.say(lang.L("There are no backups yet. Press Back up now to make one."))
			}
			if keep {
				b.keep.SetText(formatIntInput(n, false))
				b.saveKeep.Disable()
			}
		}
	})
}

// say shows a sentence above the list.
func (b *backupsDialog) say(msg string) {
	b.status.SetText(msg)
	b.status.Show()
}

func (b *backupsDialog) onBackUp() {
	b.backUp.Disable()
	b.parts.work.background(func(ctx context.Context) func() {
		path, err := b.backups.BackupNow(ctx)
		return func() {
			b.backUp.Enable()
			if err != nil {
				b.parts.showError(err)
				return
			}
			b.load(false)
			b.say(backupWritten(path))
		}
	})
}

// onSaveKeep saves how many automatic backups are kept; a number out of
// range is said under the field and nothing is saved.
func (b *backupsDialog) onSaveKeep() {
	// A blank field reads as 0, which the store refuses with the range.
	n, err := parseIntField("Backups to keep", b.keep.Text)
	if err != nil {
		b.keepSaid(err)
		return
	}
	b.saveKeep.Disable()
	b.parts.work.background(func(ctx context.Context) func() {
		err := b.backups.SetBackupKeep(ctx, n)
		return func() {
			if err != nil {
				b.saveKeep.Enable()
				b.keepSaid(err)
				return
			}
			b.keepMsg.Importance = widget.SuccessImportance
			b.keepMsg.SetText(pluralText("backups.keep.saved", "Saved: from the next start, {{.Count}} automatic backups are kept.", n,
				map[string]any{"Count": formatCount(n)}))
			b.keepMsg.Show()
		}
	})
}

// keepSaid shows why the number of backups to keep was not saved.
func (b *backupsDialog) keepSaid(err error) {
	if domain.ErrorCode(err) == domain.EINTERNAL {
		b.parts.showError(err)
		return
	}
	b.keepMsg.Importance = widget.DangerImportance
	b.keepMsg.SetText(errorSentence(err))
	b.keepMsg.Show()
}

func (b *backupsDialog) onOpenFolder() {
	dir := b.backups.BackupDir()
	b.parts.work.background(func(context.Context) func() {
		err := b.openFile(dir)
		return func() {
			if err != nil {
				b.parts.logf("interimdesk: opening %s: %v", dir, err)
				b.say(lang.X("backups.folder.notOpened", "The folder {{.Folder}} could not be opened here; there may be no backup in it yet.", map[string]any{"Folder": wrappablePath(dir)}))
			}
		}
	})
}

// backupText is one row of the list: "09/05/2026 10:00 — automatic, at
// start-up — 164 KB"; short dates line up.
func backupText(f domain.BackupFile) string {
	return lang.X("backups.row", "{{.Date}} {{.Time}} — {{.Kind}} — {{.Size}}", map[string]any{
		"Date": formatShortDate(domain.DateOf(f.Time)),
		"Time": f.Time.Format("15:04"),
		"Kind": backupKind(f.Kind),
		"Size": sizeText(f.Size),
	})
}

// backupKind says how a backup came to be.
func backupKind(kind string) string {
	switch {
	case kind == domain.BackupManual:
		return lang.L("made by hand")
	case kind == domain.BackupAutomatic:
		return lang.L("automatic, at start-up")
	case kind == domain.BackupBeforeRestore:
		return lang.L("safety copy before a restore")
	case strings.HasPrefix(kind, domain.BackupBeforeSchema):
		return lang.X("backups.kind.schema", "before the update to schema {{.Schema}}",
			map[string]any{"Schema": strings.TrimPrefix(kind, domain.BackupBeforeSchema)})
	}
	return kind
}

// sizeText is a file size in kilobytes, rounded up so that a small file
// never reads as 0 KB.
func sizeText(n int64) string {
	kb := int((n + 1023) / 1024)
	return lang.X("size.kb", "{{.Size}} KB", map[string]any{"Size": formatCount(kb)})
}
