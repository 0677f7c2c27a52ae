package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// consultingFee is the firm's side of the consulting offer: the manager of
// the roster who does part of the work, if any, and what the firm pays
// them: a day fee for a number of days, a fee beside each phase, or both.
// The margin section shows what the client's fee leaves
// (domain.ConsultingOffer.Margin); no document for the client shows any
// of it. The fields are named "Consulting manager…", as the domain's
// refusals name them, apart from the interim offer's manager beside them.
type consultingFee struct {
	ed      *editor
	phases  *phasesEditor
	manager *picker[*domain.Manager]
	names   *nameCache

	dayFee, days *textField
	// perPhase is the manager's fee of each phase row, shown under the
	// day fee with the phase's name (the phase rows have no room left).
	perPhase  map[*phaseRow]*phaseFee
	phaseList *fyne.Container
	phaseBox  *fyne.Container
	// fees holds the fee fields; it shows once a manager is named or a
	// fee typed, so an offer without a manager stays short.
	fees *fyne.Container
}

// phaseFee is the manager's fee of one phase, beside the phase's name.
type phaseFee struct {
	name *widget.Label
	fee  *textField
}

func newConsultingFee(parts widgetParts, managers domain.ManagerService, ed *editor, phases *phasesEditor) *consultingFee {
	cf := &consultingFee{ed: ed, phases: phases, perPhase: map[*phaseRow]*phaseFee{}}
	cf.manager = newManagerPicker(parts, managers)
	cf.manager.onPick = func(m *domain.Manager, ok bool) {
		// The roster's rate is the manager's own day fee: the starting
		// point, unless the offer pays the manager by phase.
		if ok && m.DayRate > 0 && !cf.paysByPhase() {
			cf.dayFee.SetText(formatMoneyInput(m.DayRate))
		}
		cf.updateVisibility()
		ed.changed()
	}
	ed.track(cf.manager.value)
	// An issued proposal's form is locked through ed.fields, the
	// picker's buttons with it.
	ed.fields = append(ed.fields, cf.manager.button, cf.manager.clear)
	cf.names = newManagerNames(parts, managers, func() {
		if id := cf.manager.id; id != 0 {
			if n := cf.names.name(id); n != "" {
				cf.manager.set(id, n)
			}
		}
	})
	cf.dayFee = ed.entry("Consulting manager's day fee")
	cf.dayFee.SetPlaceHolder(formatMoneyInput(domain.Euros(1000)))
	cf.days = ed.entry("Consulting manager's days")
	cf.days.SetPlaceHolder("10")
	cf.phaseList = container.NewVBox()
	cf.phaseBox = container.NewVBox(boldLabel(lang.L("Manager's fee per phase")), cf.phaseList)
	cf.phaseBox.Hide()
	cf.fees = container.NewVBox(
		labelled(lang.L("Consulting manager's day fee"), cf.dayFee),
		labelled(lang.L("Consulting manager's days"), cf.days),
		cf.phaseBox,
	)
	cf.fees.Hide()
	phases.onRows = cf.syncPhases
	ed.track(cf.phaseFeesValue)
	return cf
}

// items are the consulting section's rows for the manager and the fees.
func (cf *consultingFee) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(lang.L("Consulting manager"), cf.manager.box),
		widget.NewFormItem("", cf.fees),
	}
}

// syncPhases gives each phase row a fee field for the manager, in the
// rows' order, keeping what was typed beside the rows that stay.
func (cf *consultingFee) syncPhases() {
	keep := map[*phaseRow]bool{}
	cf.phaseList.RemoveAll()
	for _, r := range cf.phases.rows {
		keep[r] = true
		pf := cf.perPhase[r]
		if pf == nil {
			pf = cf.newPhaseFee(r)
			cf.perPhase[r] = pf
		}
		cf.phaseList.Add(container.New(&columnsLayout{weights: []float32{1, 0}, widths: []float32{0, 112}}, pf.name, pf.fee))
	}
	for r := range cf.perPhase {
		if !keep[r] {
			delete(cf.perPhase, r)
		}
	}
	if len(cf.phases.rows) == 0 {
		cf.phaseBox.Hide()
	} else {
		cf.phaseBox.Show()
	}
}

func (cf *consultingFee) newPhaseFee(r *phaseRow) *phaseFee {
	pf := &phaseFee{name: widget.NewLabel(phaseName(r.name.Text)), fee: newTextField()}
	pf.name.Truncation = fyne.TextTruncateEllipsis
	pf.fee.SetPlaceHolder(formatMoneyInput(domain.Euros(5000)))
	pf.fee.OnChanged = func(string) { cf.ed.changed() }
	cf.ed.fields = append(cf.ed.fields, pf.fee)
	// The label follows the phase's name as it is typed.
	typed := r.name.OnChanged
	r.name.OnChanged = func(s string) {
		pf.name.SetText(phaseName(s))
		if typed != nil {
			typed(s)
		}
	}
	return pf
}

// phaseName is a phase's name as the fee's label, or a word while it has none.
func phaseName(s string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return lang.L("Unnamed phase")
}

// paysByPhase reports whether a manager's fee is typed beside a phase.
func (cf *consultingFee) paysByPhase() bool {
	for _, pf := range cf.perPhase {
		if strings.TrimSpace(pf.fee.Text) != "" {
			return true
		}
	}
	return false
}

// updateVisibility shows the fee fields once there is a manager or a fee.
func (cf *consultingFee) updateVisibility() {
	if cf.manager.id != 0 || strings.TrimSpace(cf.dayFee.Text) != "" || strings.TrimSpace(cf.days.Text) != "" || cf.paysByPhase() {
		cf.fees.Show()
	} else {
		cf.fees.Hide()
	}
}

// read puts the manager and the fees as typed into c, whose phases the
// phase editor has read in the rows' order; keep receives the first
// field that cannot be read.
func (cf *consultingFee) read(c *domain.ConsultingOffer, keep func(error)) {
	c.ManagerID = cf.manager.id
	fee, err := parseMoneyField("Consulting manager's day fee", cf.dayFee.Text)
	keep(err)
	c.ManagerDayFee = fee
	days, err := parseIntField("Consulting manager's days", cf.days.Text)
	keep(err)
	c.ManagerDays = days
	for i, r := range cf.phases.rows {
		pf := cf.perPhase[r]
		if pf == nil || i >= len(c.Phases) {
			continue
		}
		m, err := parseMoneyField("Phases", pf.fee.Text)
		if err != nil {
			keep(domain.Invalidf("Phases", "the manager's fee of phase %d: %q is not an amount; write it like 5.000,00 or 5000.", i+1, pf.fee.Text))
		}
		c.Phases[i].ManagerFee = m
	}
}

// show fills the fields from p's consulting offer; the phase editor
// already holds its rows.
func (cf *consultingFee) show(p *domain.Proposal) {
	c := p.Consulting
	if c.ManagerID == 0 {
		cf.manager.set(0, "")
	} else {
		name := cf.names.name(c.ManagerID)
		if name == "" {
			name = "…" // until the name arrives
		}
		cf.manager.set(c.ManagerID, name)
	}
	cf.dayFee.SetText(formatMoneyInput(c.ManagerDayFee))
	cf.days.SetText(formatIntInput(c.ManagerDays, true))
	for i, r := range cf.phases.rows {
		if pf := cf.perPhase[r]; pf != nil && i < len(c.Phases) {
			pf.fee.SetText(formatMoneyInput(c.Phases[i].ManagerFee))
		}
	}
	cf.updateVisibility()
}

// phaseFeesValue is the fees per phase as typed, for dirty tracking.
func (cf *consultingFee) phaseFeesValue() string {
	var b strings.Builder
	for _, r := range cf.phases.rows {
		if pf := cf.perPhase[r]; pf != nil {
			b.WriteString(pf.fee.Text)
		}
		b.WriteByte(1)
	}
	return b.String()
}
