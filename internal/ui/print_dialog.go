package ui

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/printing"
)

// Printing is the system's print service: internal/printing on CUPS, wired
// by cmd; nil where the system has none.
type Printing interface {
	Printers(ctx context.Context) ([]printing.Printer, error)
	Print(ctx context.Context, path string, o printing.Options) (printing.Job, error)
}

// prefPrinter remembers the printer last chosen, so the next print offers
// it again.
const prefPrinter = "ui.print.printer"

// printRequest is one document to print.
type printRequest struct {
	title  string // the print dialog's title and the job's name in the queue
	copies int    // the number offered: one per party that signs
	// files produces the files, in the background (a contract's first
	// print freezes it there); they print one after the other.
	files func(ctx context.Context) ([]string, error)
	// after runs on the UI goroutine once the attempt is over, whatever
	// its outcome (a first print added a version to list).
	after func()
	// printed says in the screen what happened to the document.
	printed func(sentence string)
}

// askPrint asks which printer and how many copies, then writes and prints
// behind a dialog with Cancel. Without a print service it writes the file
// and opens it in the viewer, and says so.
func (u *docOutput) askPrint(r printRequest) {
	if u.opts.Printing == nil {
		u.withProgress(r.title, lang.L("Writing the document…"), func(ctx context.Context) (func(), error) {
			paths, err := r.files(ctx)
			if err != nil {
				return r.after, err
			}
			var opens []func()
			for _, path := range paths {
				opens = append(opens, u.openWritten(path))
			}
			return func() {
				sentence := lang.L("This computer has no print service; {{.Path}} is opened in the viewer, whose Print button prints it.", map[string]any{"Path": strings.Join(paths, ", ")})
				r.report(sentence)
				showInfo(u.parts.win, r.title, sentence)
				for _, open := range opens {
					if open != nil {
						open()
					}
				}
				r.done()
			}, nil
		})
		return
	}
	u.parts.work.background(func(ctx context.Context) func() {
		list, err := u.opts.Printing.Printers(ctx)
		return func() {
			if err != nil {
				u.parts.showError(err)
				return
			}
			u.showPrintDialog(r, list, func(o printing.Options) { u.printNow(r, o) })
		}
	})
}

func (r printRequest) done() {
	if r.after != nil {
		r.after()
	}
}

func (r printRequest) report(sentence string) {
	if r.printed != nil {
		r.printed(sentence)
	}
}

// printerLabel is a printer as the list shows it, with its state.
func printerLabel(p printing.Printer) string {
	switch {
	case !p.Accepting:
		return lang.L("{{.Name}} — not accepting jobs", map[string]any{"Name": p.Name})
	case p.Paused:
		return lang.L("{{.Name}} — paused", map[string]any{"Name": p.Name})
	case p.Default:
		return lang.L("{{.Name}} (default)", map[string]any{"Name": p.Name})
	}
	return p.Name
}

// printDialog is the dialog's parts, kept for tests.
type printDialog struct {
	d       *dialog.CustomDialog
	printer *widget.Select
	copies  *textField
	state   *widget.Label
	print   *widget.Button
}

// showPrintDialog asks for the printer and the copies and hands them to
// onPrint. A request with copies 0 (a batch of contracts with different
// parties) leaves the field empty: one copy per signing party.
func (u *docOutput) showPrintDialog(r printRequest, list []printing.Printer, onPrint func(printing.Options)) {
	if len(list) == 0 {
		showInfo(u.parts.win, r.title, lang.L("No printer is set up on this computer. Add one in the system's settings, or save the document as a PDF."))
		return
	}
	pd := &printDialog{state: widget.NewLabel(""), copies: newTextField()}
	pd.state.Wrapping = fyne.TextWrapWord
	labels := make([]string, len(list))
	for i, p := range list {
		labels[i] = printerLabel(p)
	}
	chosen := func() (printing.Printer, bool) {
		for i, l := range labels {
			if l == pd.printer.Selected {
				return list[i], true
			}
		}
		return printing.Printer{}, false
	}
	if r.copies > 0 {
		pd.copies.SetText(strconv.Itoa(r.copies))
	} else {
		pd.copies.SetPlaceHolder(lang.L("one per signing party"))
	}
	pd.print = widget.NewButton(lang.L("Print"), nil)
	pd.print.Importance = widget.HighImportance
	pd.printer = widget.NewSelect(labels, func(string) {
		// A chosen printer leaves the focus free, so Enter prints: a
		// focused drop-down would take the key for itself.
		u.parts.win.Canvas().Unfocus()
		p, _ := chosen()
		switch {
		case !p.Accepting:
			pd.state.SetText(lang.L("This printer does not accept jobs ({{.Reason}}); choose another one or enable it in the system's settings.", map[string]any{"Reason": reasonText(p.Reason)}))
			pd.print.Disable()
		case p.Paused:
			pd.state.SetText(lang.L("This printer is paused ({{.Reason}}): the document will wait in its queue until the printer is resumed.", map[string]any{"Reason": reasonText(p.Reason)}))
			pd.print.Enable()
		default:
			pd.state.SetText("")
			pd.print.Enable()
		}
	})
	// The last printer chosen, else the system's default, else the first.
	pick := 0
	last := u.parts.prefs.String(prefPrinter)
	for i, p := range list {
		if p.Name == last {
			pick = i
			break
		}
		if p.Default && last == "" {
			pick = i
		}
	}
	pd.printer.SetSelected(labels[pick])

	form := widget.NewForm(
		widget.NewFormItem(lang.L("Printer"), pd.printer),
		widget.NewFormItem(lang.L("Copies"), pd.copies),
	)
	cancel := widget.NewButton(cancelText(), nil)
	pd.d = dialog.NewCustomWithoutButtons(r.title, container.NewVBox(form, pd.state), u.parts.win)
	pd.d.SetButtons([]fyne.CanvasObject{cancel, pd.print})
	cancel.OnTapped = pd.d.Hide
	pd.print.OnTapped = func() {
		text := strings.TrimSpace(pd.copies.Text)
		n, err := strconv.Atoi(text)
		if text == "" && r.copies == 0 {
			n, err = 0, nil
		} else if err == nil && (n < 1 || n > 99) {
			err = strconv.ErrRange
		}
		if err != nil {
			pd.state.SetText(errorSentence(domain.Invalidf("Copies", "must be a whole number from 1 to 99.")))
			return
		}
		p, _ := chosen()
		u.parts.prefs.SetString(prefPrinter, p.Name)
		pd.d.Hide()
		onPrint(printing.Options{Printer: p.Name, Copies: n, Title: r.title})
	}
	// Enter in the copies field prints, as Enter does outside it.
	pd.copies.OnSubmitted = func(string) { pd.print.OnTapped() }
	pd.d.Resize(fyne.NewSize(480, 0))
	u.parts.rec.shown(pd)
	pd.d.Show()
}

// reasonText is the printer's own reason, or a word saying there is none.
func reasonText(reason string) string {
	if strings.TrimSpace(reason) == "" {
		return lang.L("no reason given")
	}
	return reason
}

// printNow writes and prints behind a dialog whose Cancel stops both: lp
// is killed, and a file not yet handed over is not printed.
func (u *docOutput) printNow(r printRequest, o printing.Options) {
	ctx, cancel := context.WithCancel(u.parts.work.ctx)
	bar := widget.NewProgressBarInfinite()
	stop := widget.NewButton(cancelText(), cancel)
	progress := dialog.NewCustomWithoutButtons(r.title,
		container.NewVBox(widget.NewLabel(lang.L("Sending to {{.Printer}}…", map[string]any{"Printer": o.Printer})), bar), u.parts.win)
	progress.SetButtons([]fyne.CanvasObject{stop})
	u.parts.rec.shown(progress)
	progress.Show()
	u.parts.work.background(func(context.Context) func() {
		defer cancel()
		paths, err := r.files(ctx)
		var job printing.Job
		for _, path := range paths {
			if err != nil {
				break
			}
			var j printing.Job
			if j, err = u.opts.Printing.Print(ctx, path, o); err == nil {
				job.Printer, job.Waiting, job.Reason = j.Printer, job.Waiting || j.Waiting, j.Reason
			}
		}
		files := len(paths)
		return func() {
			bar.Stop()
			progress.Hide()
			defer r.done()
			switch {
			case errors.Is(err, context.Canceled):
				showInfo(u.parts.win, r.title, lang.L("Printing was cancelled; nothing was sent to the printer."))
			case err != nil:
				u.parts.showError(err)
			case job.Waiting:
				s := lang.L("Sent to printer {{.Printer}}, which is paused ({{.Reason}}): the document waits in its queue and prints when the printer is resumed.",
					map[string]any{"Printer": job.Printer, "Reason": reasonText(job.Reason)})
				r.report(s)
				showInfo(u.parts.win, r.title, s)
			case files > 1:
				s := pluralText("print.sent.documents", "Sent to printer {{.Printer}}: {{.Files}} documents, {{.Count}} copies of each.", o.Copies,
					map[string]any{"Printer": job.Printer, "Count": o.Copies, "Files": files})
				r.report(s)
				showInfo(u.parts.win, r.title, s)
			default:
				s := pluralText("print.sent", "Sent to printer {{.Printer}}: {{.Count}} copies.", o.Copies,
					map[string]any{"Printer": job.Printer, "Count": o.Copies})
				r.report(s)
				showInfo(u.parts.win, r.title, s)
			}
		}
	})
}
