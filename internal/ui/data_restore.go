package ui

import (
	"context"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A restore never swaps the database under the open screens: every screen
// and every background query reads it through one pool. The window checks
// the backup, asks, and has the store schedule the restore; then it closes.
// At the next start cmd/interimdesk carries the restore out before the
// database is opened (sqlite.FinishPendingRestore), keeping the database
// as it was as a safety copy, and the window says what happened
// (Options.Restored, Options.RestoreErr).

// chooseRestore asks for the backup to restore, starting in the backups
// folder.
func (u *App) chooseRestore() {
	u.chooseFile(lang.L("Restore a backup"), []string{".db"}, u.svc.Backups.BackupDir(), u.askRestore)
}

// askRestore checks the backup at path, without changing anything, and
// asks whether to restore it. A file that is not a sound backup of Interim
// Desk is refused with the store's sentence. Unsaved changes are dealt
// with first, since the window closes to restore.
func (u *App) askRestore(path string) {
	u.leaveThen(func() {
		u.docs.withProgress(lang.L("Restore a backup"), lang.L("Checking the backup…"), func(ctx context.Context) (func(), error) {
			info, err := u.svc.Backups.InspectBackup(ctx, path)
			if err != nil {
				return nil, err
			}
			return func() { u.showRestoreQuestion(path, info) }, nil
		})
	})
}

// restoreQuestion asks whether to restore a checked backup.
type restoreQuestion struct {
	dialog                *dialog.CustomDialog
	restoreBtn, cancelBtn *widget.Button
}

func (u *App) showRestoreQuestion(path string, info *domain.BackupInfo) {
	q := &restoreQuestion{}
	text := []string{
		lang.X("restore.holds", "{{.File}} is a sound backup of {{.Firm}}, with {{.Clients}} clients, {{.Managers}} managers, {{.Proposals}} proposals and {{.Engagements}} engagements.",
			backupHolds(filepath.Base(path), info)),
		lang.X("restore.keeps", "Restoring replaces everything in the database with this backup. The database as it is now is kept first, as a safety copy in {{.Folder}}, so nothing is lost.",
			map[string]any{"Folder": wrappablePath(u.svc.Backups.BackupDir())}),
		lang.L("Interim Desk closes to restore: the backup takes the database's place when you start it again."),
	}
	q.cancelBtn = widget.NewButton(cancelText(), func() { q.dialog.Hide() })
	q.restoreBtn = widget.NewButton(lang.L("Restore and close"), func() {
		q.dialog.Hide()
		u.scheduleRestore(path)
	})
	q.restoreBtn.Importance = widget.WarningImportance
	q.dialog = dialog.NewCustomWithoutButtons(lang.L("Restore a backup"), sentencesBox(text...), u.win)
	q.dialog.SetButtons([]fyne.CanvasObject{q.cancelBtn, q.restoreBtn})
	q.dialog.Resize(fyne.NewSize(560, 0))
	u.data.restore = q
	q.dialog.Show()
}

// scheduleRestore has the store check the backup again and keep it to
// replace the database at the next start, then closes the window. If the
// file changed since it was checked and is refused now, nothing changes and
// the window stays.
func (u *App) scheduleRestore(path string) {
	u.docs.withProgress(lang.L("Restore a backup"), lang.L("Checking the backup…"), func(ctx context.Context) (func(), error) {
		if _, err := u.svc.Backups.ScheduleRestore(ctx, path); err != nil {
			return nil, err
		}
		return u.quit, nil
	})
}

// backupHolds are the facts of a backup for a sentence.
func backupHolds(file string, info *domain.BackupInfo) map[string]any {
	firm := info.FirmName
	if firm == "" {
		firm = lang.L("a firm not set up yet")
	}
	return map[string]any{"File": file, "Firm": firm,
		"Clients": formatCount(info.Clients), "Managers": formatCount(info.Managers),
		"Proposals": formatCount(info.Proposals), "Engagements": formatCount(info.Engagements)}
}

// showRestoreOutcome says at start-up what the restore scheduled in the
// last session did: restored, with where the old database was kept, or
// not, with why, the database then being as it was.
func (u *App) showRestoreOutcome() {
	if err := u.opts.RestoreErr; err != nil {
		if domain.ErrorCode(err) == domain.EINTERNAL {
			u.logf("interimdesk: restore at start-up: %v", err)
		}
		showInfo(u.win, lang.L("The backup was not restored"),
			lang.X("restore.failed", "The backup chosen for restoring was not restored, and the database is as it was before: {{.Reason}}",
				map[string]any{"Reason": errorSentence(err)}))
		return
	}
	res := u.opts.Restored
	if res == nil || res.Restored == nil {
		return
	}
	msg := []string{lang.X("restore.done", "The backup was restored: the database now holds {{.Firm}}, with {{.Clients}} clients, {{.Managers}} managers, {{.Proposals}} proposals and {{.Engagements}} engagements.",
		backupHolds("", res.Restored))}
	if res.SafetyCopy != "" {
		msg = append(msg, lang.X("restore.safetyCopy", "The database as it was before is kept as {{.Path}}.", map[string]any{"Path": wrappablePath(res.SafetyCopy)}))
	}
	u.showSentences(lang.L("Backup restored"), msg...)
}
