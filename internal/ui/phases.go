package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// phasesEditor edits the phases of a consulting offer: a row per phase
// with its name, weeks and fee, a button to remove it and one to add one.
type phasesEditor struct {
	ed   *editor
	rows []*phaseRow
	list *fyne.Container
	add  *widget.Button
	root fyne.CanvasObject
	// widths are the columns' widths, the header's and every row's.
	widths []float32
	// onRows, when set, runs after a row was added or removed: the
	// consulting manager's fee per phase follows the rows.
	onRows func()
}

type phaseRow struct {
	name, weeks, fee *textField
	remove           *widget.Button
	box              fyne.CanvasObject
}

func newPhasesEditor(ed *editor) *phasesEditor {
	pe := &phasesEditor{ed: ed}
	pe.list = container.NewVBox()
	pe.add = widget.NewButtonWithIcon(lang.L("Add phase"), theme.ContentAddIcon(), func() {
		pe.addRow(domain.Phase{})
		ed.changed()
	})
	weeks, fee := boldLabel(lang.L("Weeks")), boldLabel(lang.L("Fee"))
	// The weeks and fee columns are as wide as their headers in the
	// screen language ("Semaines", "Honoraires"), at least as the values.
	pe.widths = []float32{0, max(62, weeks.MinSize().Width), max(112, fee.MinSize().Width), 40}
	header := container.New(&columnsLayout{weights: phaseWeights, widths: pe.widths},
		boldLabel(lang.L("Phase")), weeks, fee, widget.NewLabel(""))
	pe.root = container.NewVBox(header, pe.list, container.NewHBox(pe.add))
	ed.track(pe.value)
	return pe
}

// A phase row: the name takes what the weeks, fee and remove button leave.
var phaseWeights = []float32{1, 0, 0, 0}

func (pe *phasesEditor) addRow(ph domain.Phase) *phaseRow {
	r := &phaseRow{name: newTextField(), weeks: newTextField(), fee: newTextField()}
	r.name.SetPlaceHolder(lang.L("Diagnosis"))
	r.fee.SetPlaceHolder(formatMoneyInput(domain.Euros(12500)))
	r.name.SetText(ph.Name)
	r.weeks.SetText(formatIntInput(ph.Weeks, true))
	r.fee.SetText(formatMoneyInput(ph.Fee))
	for _, e := range []*textField{r.name, r.weeks, r.fee} {
		e.OnChanged = func(string) { pe.ed.changed() }
	}
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		pe.removeRow(r)
		pe.ed.changed()
	})
	r.remove.Importance = widget.LowImportance
	r.box = container.New(&columnsLayout{weights: phaseWeights, widths: pe.widths}, r.name, r.weeks, r.fee, r.remove)
	pe.rows = append(pe.rows, r)
	pe.list.Add(r.box)
	pe.rowsChanged()
	return r
}

func (pe *phasesEditor) removeRow(r *phaseRow) {
	for i, x := range pe.rows {
		if x == r {
			pe.rows = append(pe.rows[:i], pe.rows[i+1:]...)
			break
		}
	}
	pe.list.Remove(r.box)
	pe.rowsChanged()
}

func (pe *phasesEditor) rowsChanged() {
	if pe.onRows != nil {
		pe.onRows()
	}
}

// set replaces the rows with phases.
func (pe *phasesEditor) set(phases []domain.Phase) {
	pe.rows = nil
	pe.list.RemoveAll()
	pe.rowsChanged()
	for _, ph := range phases {
		pe.addRow(ph)
	}
}

// read returns the phases; the first number that cannot be read is
// returned as an error about the phases, and counts as 0.
func (pe *phasesEditor) read() ([]domain.Phase, error) {
	var out []domain.Phase
	var first error
	for i, r := range pe.rows {
		ph := domain.Phase{Name: strings.TrimSpace(r.name.Text)}
		var err error
		if ph.Weeks, err = parseIntField("Phases", r.weeks.Text); err != nil && first == nil {
			first = domain.Invalidf("Phases", "the weeks of phase %d: %q is not a whole number.", i+1, r.weeks.Text)
		}
		if ph.Fee, err = parseMoneyField("Phases", r.fee.Text); err != nil && first == nil {
			first = domain.Invalidf("Phases", "the fee of phase %d: %q is not an amount; write it like 12.500,00 or 12500.", i+1, r.fee.Text)
		}
		out = append(out, ph)
	}
	return out, first
}

// value is the rows as text, for dirty tracking.
func (pe *phasesEditor) value() string {
	var b strings.Builder
	for _, r := range pe.rows {
		b.WriteString(r.name.Text + "\x01" + r.weeks.Text + "\x01" + r.fee.Text + "\x02")
	}
	return b.String()
}

func boldLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return l
}
