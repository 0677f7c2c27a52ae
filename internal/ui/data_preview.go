package ui

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// importPreview is the dialog that shows, before anything is written, what
// an import would do with each line of the file, and asks how refused
// lines are to be treated.
type importPreview struct {
	dialog  *dialog.CustomDialog
	summary *widget.Label
	notices *widget.Label
	// columns says what each column of the file becomes; duplicates how
	// many lines are left out as likely duplicates (hidden when none).
	columns    []*widget.Label
	duplicates *widget.Label
	// list shows lines; a long file costs one row widget per visible line.
	list   *widget.List
	lines  []string
	report *domain.ImportReport
	// detail shows the chosen line whole: a refusal's sentence is often
	// longer than the list is wide.
	detail *widget.Label
	mode   *widget.RadioGroup
	hint   *widget.Label
	// failure says why the last Import wrote nothing; the dialog stays
	// open so the person can change the choice and try again.
	failure *widget.Label

	importBtn, cancelBtn *widget.Button
}

// The two ways of treating refused lines; the first is the store's
// default, which never writes part of a file by surprise.
func stopText() string { return lang.L("Stop at the first error") }
func skipText() string { return lang.L("Skip refused lines") }

func (u *App) showImportPreview(d csvData, path string, rep *domain.ImportReport, facts csvFacts) {
	notices := facts.notices
	p := &importPreview{report: rep}
	for _, l := range rep.Lines {
		p.lines = append(p.lines, importLineText(d, l))
	}

	intro := widget.NewLabel(lang.X("import.preview.intro", "{{.File}}: nothing has been written yet. Check what each line would do, then press Import.",
		map[string]any{"File": filepath.Base(path)}))
	intro.Wrapping = fyne.TextWrapWord
	p.summary = widget.NewLabel(lang.X("import.preview.counts", "{{.Added}} to add, {{.Updated}} to update, {{.Unchanged}} unchanged, {{.Refused}} refused.",
		map[string]any{"Added": formatCount(rep.Added), "Updated": formatCount(rep.Updated),
			"Unchanged": formatCount(rep.Unchanged), "Refused": formatCount(rep.Refused)}))
	p.summary.TextStyle = fyne.TextStyle{Bold: true}
	p.notices = widget.NewLabel(noticeText(notices))
	p.notices.Wrapping = fyne.TextWrapWord
	if len(notices) == 0 {
		p.notices.Hide()
	}
	p.columns = columnLabels(facts.columns)
	columnsList := container.NewVBox()
	for _, l := range p.columns {
		columnsList.Add(l)
	}
	p.duplicates = widget.NewLabel(pluralText("import.preview.duplicates",
		"{{.Count}} likely duplicates are left out: the same name as another line or a stored record, and nothing to tell them apart.",
		rep.Skipped, map[string]any{"Count": formatCount(rep.Skipped)}))
	p.duplicates.Wrapping = fyne.TextWrapWord
	p.duplicates.Importance = widget.WarningImportance
	if rep.Skipped == 0 {
		p.duplicates.Hide()
	}
	columnsTitle := widget.NewLabelWithStyle(lang.L("What each column becomes"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	// A contact export has dozens of columns: they scroll, the lines keep
	// their room.
	columnsBox := container.NewVScroll(columnsList)
	columnsBox.SetMinSize(fyne.NewSize(0, 110))

	p.list = widget.NewList(
		func() int { return len(p.lines) },
		func() fyne.CanvasObject {
			// A refusal's reason wraps: the row grows rather than cut
			// the sentence with "…".
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.Importance = widget.MediumImportance
			switch rep.Lines[i].Action {
			case domain.ImportRefuse:
				l.Importance = widget.DangerImportance
			case domain.ImportSkip:
				l.Importance = widget.WarningImportance
			}
			l.SetText(p.lines[i])
			p.fitRow(i, l)
		})
	p.detail = widget.NewLabel("")
	p.detail.Wrapping = fyne.TextWrapWord
	p.detail.Hide()
	p.list.OnSelected = func(i widget.ListItemID) {
		p.detail.SetText(p.lines[i])
		p.detail.Show()
	}

	p.cancelBtn = widget.NewButton(cancelText(), func() { p.dialog.Hide() })
	p.importBtn = widget.NewButton(lang.L("Import"), func() {
		p.failure.Hide()
		u.runImport(d, path, p.mode.Selected == skipText(), len(rep.Lines), p)
	})
	p.importBtn.Importance = widget.HighImportance
	p.hint = widget.NewLabel("")
	p.hint.Wrapping = fyne.TextWrapWord
	p.failure = widget.NewLabel("")
	p.failure.Wrapping = fyne.TextWrapWord
	p.failure.Importance = widget.DangerImportance
	p.failure.Hide()
	p.mode = widget.NewRadioGroup([]string{stopText(), skipText()}, func(string) { p.explain() })
	p.mode.Required = true
	p.mode.SetSelected(stopText()) // explains

	top := container.NewVBox(intro, p.summary, p.duplicates, p.notices, columnsTitle, columnsBox)
	bottom := container.NewVBox(p.detail, widget.NewSeparator(), p.mode, p.hint, p.failure)
	p.dialog = dialog.NewCustomWithoutButtons(d.title, container.NewBorder(top, bottom, nil, nil, p.list), u.win)
	p.dialog.SetButtons([]fyne.CanvasObject{p.cancelBtn, p.importBtn})
	p.dialog.Resize(fyne.NewSize(820, 600))
	u.data.preview = p
	p.dialog.Show()
}

// explain says under the choice what it means for this file, and offers
// Import only when the choice would write something: some line adds or
// changes a record, and no refused line stops the whole file.
func (p *importPreview) explain() {
	rep := p.report
	writes := rep.Added+rep.Updated > 0
	var msg string
	switch {
	case !writes:
		msg = lang.L("No line adds or changes a record; there is nothing to import.")
	case rep.Refused > 0 && p.mode.Selected != skipText():
		msg = lang.X("import.preview.stops", "Line {{.Line}} is refused, so with “Stop at the first error” nothing will be imported. Correct the file, or skip refused lines.",
			map[string]any{"Line": strconv.Itoa(firstRefused(rep))})
	case rep.Refused > 0:
		msg = lang.L("The refused lines are left out; every other line is imported, in one go.")
	default:
		msg = lang.L("Every line is imported in one go, or none if something goes wrong.")
	}
	p.hint.SetText(msg)
	if writes && (rep.Refused == 0 || p.mode.Selected == skipText()) {
		p.importBtn.Enable()
	} else {
		p.importBtn.Disable()
	}
}

// failed shows in the preview why the import wrote nothing, whole, and
// leaves the choice and Import there for another try.
func (p *importPreview) failed(sentence string) {
	p.failure.SetText(sentence)
	p.failure.Show()
}

// fitRow gives row i of the list the height its wrapped text needs at the
// list's width; a one-line row keeps the template's height.
func (p *importPreview) fitRow(i widget.ListItemID, l *widget.Label) {
	w := p.list.Size().Width - 2*theme.Padding() // the scroll bar's room
	if w <= 0 {
		return
	}
	measure := widget.NewLabel(l.Text)
	measure.Wrapping = fyne.TextWrapWord
	measure.Resize(fyne.NewSize(w, measure.MinSize().Height))
	p.list.SetItemHeight(i, measure.MinSize().Height)
}

// firstRefused is the number of the first refused line, 0 when none is.
func firstRefused(rep *domain.ImportReport) int {
	for _, l := range rep.Lines {
		if l.Action == domain.ImportRefuse {
			return l.Line
		}
	}
	return 0
}

// importLineText is one line of the preview: "Line 12 — add — Joëlle
// Dubois (joelle@dubois.example)".
func importLineText(d csvData, l domain.ImportLine) string {
	text := importLineOnly(d, l)
	if l.SameNameAs > 0 {
		return lang.X("import.line.sameName", "{{.Text}} — same name as line {{.Other}}: check that it is someone else",
			map[string]any{"Text": text, "Other": strconv.Itoa(l.SameNameAs)})
	}
	return text
}

// importLineOnly is importLineText without the remark on a name another
// line has too.
func importLineOnly(d csvData, l domain.ImportLine) string {
	sl := screenLang()
	args := map[string]any{"Line": strconv.Itoa(l.Line), "Name": l.Name}
	if l.Key != "" && l.Action != domain.ImportUpdate {
		args["Name"] = l.Name + " (" + l.Key + ")"
	}
	switch l.Action {
	case domain.ImportAdd:
		return lang.X("import.line.add", "Line {{.Line}} — add — {{.Name}}", args)
	case domain.ImportUpdate:
		changes := make([]string, len(l.Changes))
		for i, c := range l.Changes {
			changes[i] = i18n.Label(sl, c)
		}
		args["Match"] = d.match(l.Key)
		if l.ByName {
			args["Match"] = d.byName()
		}
		args["Changes"] = strings.Join(changes, ", ")
		return lang.X("import.line.update", "Line {{.Line}} — update ({{.Match}}) — {{.Name}}: {{.Changes}}", args)
	case domain.ImportUnchanged:
		if l.ByName {
			args["Match"] = d.byName()
			return lang.X("import.line.unchanged.byname", "Line {{.Line}} — unchanged ({{.Match}}) — {{.Name}}", args)
		}
		return lang.X("import.line.unchanged", "Line {{.Line}} — unchanged — {{.Name}}", args)
	case domain.ImportSkip:
		args["Reason"] = i18n.Translate(sl, l.Reason)
		return lang.X("import.line.skipped", "Line {{.Line}} — left out, likely a duplicate — {{.Reason}}", args)
	}
	args["Reason"] = i18n.Translate(sl, l.Reason)
	return lang.X("import.line.refused", "Line {{.Line}} — refused — {{.Reason}}", args)
}

// noticeText lists what the reader noticed about the file, in the screen
// language: the encoding it guessed, columns it ignored.
func noticeText(notices []string) string {
	out := make([]string, len(notices))
	for i, n := range notices {
		out[i] = "• " + i18n.Translate(screenLang(), n)
	}
	return strings.Join(out, "\n")
}

// importProgress is the dialog in front of a running import.
type importProgress struct {
	app       *App
	dialog    *dialog.CustomDialog
	bar       *widget.ProgressBar
	label     *widget.Label
	cancelBtn *widget.Button
}

// showImportProgress shows the progress of an import of total lines (0:
// not known); Cancel ends it, and the import then writes nothing.
func (u *App) showImportProgress(title, path string, total int, cancel context.CancelFunc) *importProgress {
	p := &importProgress{app: u}
	p.label = widget.NewLabel(lang.X("import.running", "Importing {{.File}}…", map[string]any{"File": filepath.Base(path)}))
	p.bar = widget.NewProgressBar()
	p.bar.Max = float64(max(total, 1))
	p.cancelBtn = widget.NewButton(cancelText(), func() {
		cancel()
		p.cancelBtn.Disable()
		p.label.SetText(lang.L("Cancelling; nothing will be imported…"))
	})
	p.dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(p.label, p.bar), u.win)
	p.dialog.SetButtons([]fyne.CanvasObject{p.cancelBtn})
	p.dialog.Resize(fyne.NewSize(460, 0))
	u.data.progress = p
	p.dialog.Show()
	return p
}

// report is the import's Progress callback; it runs on the importing
// goroutine and moves the bar on the UI goroutine.
func (p *importProgress) report(done, total int) {
	u := p.app
	u.pending.Add(1)
	u.post(func() {
		defer u.pending.Add(-1)
		if float64(done) > p.bar.Max {
			p.bar.Max = float64(done) // the file grew since the preview
		}
		p.bar.SetValue(float64(done))
	})
}
