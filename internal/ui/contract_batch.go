package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/contracts"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// batchRun is a batch print under way: the progress dialog and the means
// to stop it. internal/contracts does the printing (each file written
// whole or not at all); this side keeps the window drawing and Cancel
// working while it runs.
type batchRun struct {
	dialog *dialog.CustomDialog
	label  *widget.Label
	bar    *widget.ProgressBar
	cancel *widget.Button
	stop   context.CancelFunc
	// written is how many files the batch reported written so far.
	written, total int
	// folder is the choice of folder, kept for tests.
	folder *dialog.FileDialog
}

// printContracts is File → Print contracts… and the button under the
// engagements: the engagement in the form, or every active one, printed
// into a folder the user chooses.
func (u *App) printContracts() {
	u.leaveThen(func() {
		s := u.engagements
		if u.current != s || s.loaded == nil {
			u.chooseBatchFolder(nil)
			return
		}
		id := s.loaded.ID
		var d *dialog.CustomDialog
		one := widget.NewButton(lang.L("This engagement"), func() {
			d.Hide()
			u.chooseBatchFolder([]int64{id})
		})
		all := widget.NewButton(lang.L("All active engagements"), func() {
			d.Hide()
			u.chooseBatchFolder(nil)
		})
		all.Importance = widget.HighImportance
		cancel := widget.NewButton(cancelText(), func() { d.Hide() })
		msg := widget.NewLabel(lang.L("Print the contract of {{.Client}} only, or the contracts of every active engagement? Each goes into the folder you choose next, named after the contract.",
			map[string]any{"Client": s.clientName}))
		msg.Wrapping = fyne.TextWrapWord
		d = dialog.NewCustomWithoutButtons(lang.L("Print contracts"), msg, u.win)
		d.SetButtons([]fyne.CanvasObject{cancel, one, all})
		d.Resize(fyne.NewSize(520, 0))
		d.Show()
	})
}

// chooseBatchFolder asks for the folder and starts the batch; ids nil
// means every active engagement.
func (u *App) chooseBatchFolder(ids []int64) {
	run := &batchRun{}
	u.rec.shown(run)
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if dir == nil {
			return // cancelled
		}
		if dir.Scheme() != "file" {
			u.showError(domain.Errorf(domain.EINVALID, "Choose a file on this computer; %s cannot be written to.", dir))
			return
		}
		u.startBatch(run, ids, dir.Path())
	}, u.win)
	d.SetConfirmText(lang.L("Print here"))
	d.SetTitleText(lang.L("Choose the folder for the contracts"))
	if docs, err := u.docs.documentsDir(); err == nil {
		if loc := listableDir(docs); loc != nil {
			d.SetLocation(loc)
		}
	}
	d.Resize(fyne.NewSize(760, 520))
	run.folder = d
	d.Show()
}

// startBatch prints the contracts into dir behind a progress dialog whose
// Cancel stops the batch: no new contract is started, the files being
// written are removed before they get their name, and those written stay.
func (u *App) startBatch(run *batchRun, ids []int64, dir string) {
	ctx, stop := context.WithCancel(u.ctx)
	run.stop = stop
	run.label = widget.NewLabel(lang.L("Finding the engagements…"))
	run.label.Wrapping = fyne.TextWrapWord
	run.bar = widget.NewProgressBar()
	run.cancel = widget.NewButton(cancelText(), func() {
		stop()
		run.label.SetText(lang.L("Stopping; the files being written are removed…"))
		run.cancel.Disable()
	})
	run.dialog = dialog.NewCustomWithoutButtons(lang.L("Print contracts"), container.NewVBox(run.label, run.bar), u.win)
	run.dialog.SetButtons([]fyne.CanvasObject{run.cancel})
	run.dialog.Resize(fyne.NewSize(480, 0))
	run.dialog.Show()

	today := u.today()
	u.background(func(context.Context) func() {
		defer stop()
		if ids == nil {
			var err error
			if ids, err = u.activeEngagementIDs(ctx); err != nil {
				return func() {
					run.dialog.Hide()
					u.showError(err)
				}
			}
		}
		total := len(ids)
		u.post(func() { run.progress(0, total) })
		res, err := contracts.Batch(ctx, u.svc.Contracts, ids, contracts.Options{
			Dir: dir, On: today,
			// Called from the batch's goroutines, one at a time; the
			// widgets change on the UI goroutine.
			Progress: func(done, total int) { u.post(func() { run.progress(done, total) }) },
		})
		if len(res.Files) > 0 {
			// A mandate with a manager agreement prints two files.
			total = len(res.Files)
		}
		return func() {
			run.dialog.Hide()
			u.batchDone(res, err, total, dir)
		}
	})
}

// progress shows how far the batch is.
func (run *batchRun) progress(done, total int) {
	run.written, run.total = done, total
	if total > 0 {
		run.bar.SetValue(float64(done) / float64(total))
	}
	if run.cancel.Disabled() {
		return // "Stopping…" stays until the batch has stopped
	}
	run.label.SetText(lang.L("{{.Done}} of {{.Total}} contracts written…", map[string]any{"Done": formatCount(done), "Total": formatCount(total)}))
}

// batchDone says how the batch ended: all written, stopped by Cancel, or
// stopped by a failure, with how many files are in the folder.
func (u *App) batchDone(res contracts.Result, err error, total int, dir string) {
	args := map[string]any{"Done": formatCount(res.Written), "Total": formatCount(total), "Dir": dir}
	switch {
	case errors.Is(err, context.Canceled):
		showInfo(u.win, lang.L("Print contracts"),
			lang.L("Stopped after {{.Done}} of {{.Total}} contracts: the files in {{.Dir}} are whole, and no half-written file was left.", args))
	case err != nil:
		if domain.ErrorCode(err) == domain.EINTERNAL {
			u.logf("interimdesk: contract batch: %v", err)
		}
		args["Problem"] = errorSentence(err)
		showMessage(u.win, lang.L("Please check"),
			lang.L("The batch stopped after {{.Done}} of {{.Total}} contracts were written to {{.Dir}}: {{.Problem}}", args))
	case total == 0:
		showInfo(u.win, lang.L("Print contracts"), lang.L("No engagement is active; no contract was written."))
	default:
		args["Count"] = formatCount(res.Written)
		showInfo(u.win, lang.L("Print contracts"),
			pluralText("batch.written", "{{.Count}} contracts were written to {{.Dir}}.", res.Written, args))
	}
}

// activeEngagementIDs pages through the active engagements. It runs in
// the background.
func (u *App) activeEngagementIDs(ctx context.Context) ([]int64, error) {
	f := domain.EngagementFilter{Status: domain.EngagementActive, Page: domain.Page{Limit: 500}}
	var ids []int64
	for {
		page, total, err := u.svc.Engagements.FindEngagements(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, e := range page {
			ids = append(ids, e.ID)
		}
		f.Offset += len(page)
		if len(page) == 0 || f.Offset >= total {
			return ids, nil
		}
	}
}
