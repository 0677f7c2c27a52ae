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
	// printer is where a printing batch sends the contracts; "" while
	// saving into a folder.
	printer string
}

// printContracts is File → Print contracts… and the button under the
// engagements: the engagement in the form, or those the list shows with
// its status filter, printed on a printer or saved into a folder, after a
// dialog that says how many contracts that is and how many of them are
// frozen as version 1 by it.
func (u *App) printContracts() {
	u.leaveThen(func() {
		s := u.engagements
		if u.current != s || s.loaded == nil {
			u.planBatch(nil)
			return
		}
		e := s.loaded
		var d *dialog.CustomDialog
		one := widget.NewButton(lang.L("This engagement"), func() {
			d.Hide()
			u.planBatch([]*domain.Engagement{e})
		})
		all := widget.NewButton(lang.L("Every engagement in the list"), func() {
			d.Hide()
			u.planBatch(nil)
		})
		all.Importance = widget.HighImportance
		cancel := widget.NewButton(cancelText(), func() { d.Hide() })
		msg := widget.NewLabel(lang.L("Print the contract of {{.Client}} only, or the contracts of every engagement the list shows ({{.Filter}})?",
			map[string]any{"Client": s.clientName, "Filter": s.filterText()}))
		msg.Wrapping = fyne.TextWrapWord
		d = dialog.NewCustomWithoutButtons(lang.L("Print contracts"), msg, u.win)
		d.SetButtons([]fyne.CanvasObject{cancel, one, all})
		d.Resize(fyne.NewSize(520, 0))
		d.Show()
	})
}

// batchPlan is what a batch will do, said before it is done.
type batchPlan struct {
	engagements []*domain.Engagement
	// parties are the agreements each engagement prints (a mandate in two
	// agreements prints two files), in the order of engagements.
	parties [][]domain.ContractParty
	docs    int // the files: one per agreement
	first   int // never printed: frozen as version 1 by this batch
	dialog  *dialog.CustomDialog
	text    *widget.Label
}

// planBatch counts the contracts and how many are printed for the first
// time, then asks whether to print them or save them into a folder. es nil
// means the engagements the list shows.
func (u *App) planBatch(es []*domain.Engagement) {
	f := u.engagements.listFilter()
	filter := u.engagements.filterText()
	u.background(func(ctx context.Context) func() {
		plan := &batchPlan{engagements: es}
		var err error
		if plan.engagements == nil {
			plan.engagements, err = u.engagementsWith(ctx, f)
		}
		for _, e := range plan.engagements {
			if err != nil {
				break
			}
			var parties []domain.ContractParty
			if parties, err = u.svc.Contracts.ContractParties(ctx, e.ID); err != nil {
				break
			}
			plan.parties = append(plan.parties, parties)
			for _, party := range parties {
				var vs []*domain.ContractVersion
				if vs, err = u.svc.Contracts.ContractVersionsFor(ctx, e.ID, party); err != nil {
					break
				}
				plan.docs++
				if len(vs) == 0 {
					plan.first++
				}
			}
		}
		return func() {
			if err != nil {
				u.showError(err)
				return
			}
			u.showBatchPlan(plan, filter)
		}
	})
}

func (u *App) showBatchPlan(plan *batchPlan, filter string) {
	if len(plan.engagements) == 0 {
		showInfo(u.win, lang.L("Print contracts"), lang.L("The list shows no engagement ({{.Filter}}); there is no contract to print.", map[string]any{"Filter": filter}))
		return
	}
	n := plan.docs
	args := map[string]any{"Count": formatCount(n), "First": formatCount(plan.first), "Again": formatCount(n - plan.first), "Date": formatDate(u.today())}
	text := pluralText("batch.plan", "{{.Count}} contracts. Printed for the first time, and so frozen as version 1 dated {{.Date}}: {{.First}}. Frozen before, given exactly as they were: {{.Again}}.", n, args)
	plan.text = widget.NewLabel(text)
	plan.text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.L("Print contracts"), plan.text, u.win)
	plan.dialog = d
	ids := make([]int64, len(plan.engagements))
	for i, e := range plan.engagements {
		ids[i] = e.ID
	}
	cancel := widget.NewButton(cancelText(), d.Hide)
	save := widget.NewButton(lang.L("Save to a folder…"), func() {
		d.Hide()
		u.chooseBatchFolder(ids)
	})
	print := widget.NewButton(lang.L("Print…"), func() {
		d.Hide()
		u.askBatchPrinter(plan)
	})
	print.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{cancel, save, print})
	d.Resize(fyne.NewSize(560, 0))
	u.rec.shown(plan)
	d.Show()
}

// chooseBatchFolder asks for the folder and starts the batch.
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
	d.SetConfirmText(lang.L("Save here"))
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
	run.dialog = dialog.NewCustomWithoutButtons(lang.L("Save contracts to a folder"), container.NewVBox(run.label, run.bar), u.win)
	run.dialog.SetButtons([]fyne.CanvasObject{run.cancel})
	run.dialog.Resize(fyne.NewSize(480, 0))
	run.dialog.Show()

	today := u.today()
	u.background(func(context.Context) func() {
		defer stop()
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
	args := map[string]any{"Done": formatCount(done), "Total": formatCount(total), "Printer": run.printer}
	if run.printer != "" {
		run.label.SetText(lang.L("{{.Done}} of {{.Total}} contracts sent to {{.Printer}}…", args))
		return
	}
	run.label.SetText(lang.L("{{.Done}} of {{.Total}} contracts written…", args))
}

// batchDone says how the batch ended: all written, stopped by Cancel, or
// stopped by a failure, with how many files are in the folder.
func (u *App) batchDone(res contracts.Result, err error, total int, dir string) {
	args := map[string]any{"Done": formatCount(res.Written), "Total": formatCount(total), "Dir": dir}
	switch {
	case errors.Is(err, context.Canceled):
		showInfo(u.win, lang.L("Save contracts to a folder"),
			lang.L("Stopped after {{.Done}} of {{.Total}} contracts: the files in {{.Dir}} are whole, and no half-written file was left.", args))
	case err != nil:
		if domain.ErrorCode(err) == domain.EINTERNAL {
			u.logf("interimdesk: contract batch: %v", err)
		}
		args["Problem"] = errorSentence(err)
		showMessage(u.win, lang.L("Please check"),
			lang.L("The batch stopped after {{.Done}} of {{.Total}} contracts were written to {{.Dir}}: {{.Problem}}", args))
	default:
		args["Count"] = formatCount(res.Written)
		showInfo(u.win, lang.L("Save contracts to a folder"),
			pluralText("batch.written", "{{.Count}} contracts were written to {{.Dir}}.", res.Written, args))
	}
}

// engagementsWith pages through the engagements f selects, as the list
// shows them. It runs in the background.
func (u *App) engagementsWith(ctx context.Context, f domain.EngagementFilter) ([]*domain.Engagement, error) {
	f.Page = domain.Page{Limit: 500}
	var es []*domain.Engagement
	for {
		page, total, err := u.svc.Engagements.FindEngagements(ctx, f)
		if err != nil {
			return nil, err
		}
		es = append(es, page...)
		f.Offset += len(page)
		if len(page) == 0 || f.Offset >= total {
			return es, nil
		}
	}
}
