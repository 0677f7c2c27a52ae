package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/printing"
)

// askBatchPrinter asks which printer takes the batch; without a print
// service, it says so and offers nothing but the folder.
func (u *App) askBatchPrinter(plan *batchPlan) {
	if u.opts.Printing == nil {
		showInfo(u.win, lang.L("Print contracts"), lang.L("This computer has no print service; save the contracts to a folder and print them from the viewer."))
		return
	}
	u.background(func(ctx context.Context) func() {
		list, err := u.opts.Printing.Printers(ctx)
		return func() {
			if err != nil {
				u.showError(err)
				return
			}
			r := printRequest{title: lang.L("Print contracts")}
			u.docs.showPrintDialog(r, list, func(o printing.Options) { u.printBatch(plan, o) })
		}
	})
}

// printBatch prints the plan's contracts one after the other behind a
// dialog with progress and Cancel: each is frozen if it never was, written
// into the documents folder and handed to the printer. It stops at the
// first refusal and says how far it came.
func (u *App) printBatch(plan *batchPlan, o printing.Options) {
	ctx, stop := context.WithCancel(u.ctx)
	run := &batchRun{stop: stop, total: plan.docs, printer: o.Printer}
	run.label = widget.NewLabel(lang.L("Sending to {{.Printer}}…", map[string]any{"Printer": o.Printer}))
	run.label.Wrapping = fyne.TextWrapWord
	run.bar = widget.NewProgressBar()
	run.cancel = widget.NewButton(cancelText(), func() {
		stop()
		run.cancel.Disable()
	})
	run.dialog = dialog.NewCustomWithoutButtons(lang.L("Print contracts"), container.NewVBox(run.label, run.bar), u.win)
	run.dialog.SetButtons([]fyne.CanvasObject{run.cancel})
	run.dialog.Resize(fyne.NewSize(480, 0))
	u.rec.shown(run)
	run.dialog.Show()

	today := u.today()
	u.background(func(context.Context) func() {
		defer stop()
		sent, waiting := 0, false
		var err error
	engagements:
		for i, e := range plan.engagements {
			for _, party := range plan.parties[i] {
				if err = ctx.Err(); err != nil {
					break engagements
				}
				var v *domain.ContractVersion
				if v, err = u.svc.Contracts.PrintContractFor(ctx, e.ID, party, today); err != nil {
					break engagements
				}
				var path string
				if path, err = u.docs.writeContract(v); err != nil {
					break engagements
				}
				one := o
				if one.Copies == 0 {
					one.Copies = batchCopies(e, len(plan.parties[i]))
				}
				one.Title = v.Number
				var job printing.Job
				if job, err = u.opts.Printing.Print(ctx, path, one); err != nil {
					break engagements
				}
				waiting = waiting || job.Waiting
				sent++
				done := sent
				u.post(func() { run.progress(done, run.total) })
			}
		}
		return func() {
			run.dialog.Hide()
			u.engagements.reloadContract()
			args := map[string]any{"Done": formatCount(sent), "Total": formatCount(run.total), "Printer": o.Printer, "Count": formatCount(sent)}
			switch {
			case errors.Is(err, context.Canceled):
				showInfo(u.win, lang.L("Print contracts"), lang.L("Stopped after {{.Done}} of {{.Total}} contracts were sent to {{.Printer}}.", args))
			case err != nil:
				if domain.ErrorCode(err) == domain.EINTERNAL {
					u.logf("interimdesk: printing contracts: %v", err)
				}
				args["Problem"] = errorSentence(err)
				showMessage(u.win, lang.L("Please check"), lang.L("Printing stopped after {{.Done}} of {{.Total}} contracts were sent to {{.Printer}}: {{.Problem}}", args))
			case waiting:
				showInfo(u.win, lang.L("Print contracts"), pluralText("batch.sent.waiting", "{{.Count}} contracts were sent to {{.Printer}}, which is paused: they wait in its queue until it is resumed.", sent, args))
			default:
				showInfo(u.win, lang.L("Print contracts"), pluralText("batch.sent", "{{.Count}} contracts were sent to {{.Printer}}.", sent, args))
			}
		}
	})
}

// batchCopies is one copy per party that signs: two for each of a
// mandate's two agreements, three for a three-party contract.
func batchCopies(e *domain.Engagement, agreements int) int {
	if agreements < 2 && e.Kind == domain.KindInterim && e.ManagerID > 0 {
		return 3
	}
	return 2
}
