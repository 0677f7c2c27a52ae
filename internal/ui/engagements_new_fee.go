package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// newEngagementFee is the firm's side of an engagement entered by hand:
// the manager's day fee (the roster's rate when the manager is chosen,
// then editable) and the margin it leaves against the client's day rate,
// as the proposal form shows them for an offer. A mandate entered now
// needs its fee (domain.Engagement.ValidateEntered).
type newEngagementFee struct {
	fee    *textField
	margin *widget.Label
}

func newNewEngagementFee(changed func()) *newEngagementFee {
	f := &newEngagementFee{fee: newTextField(), margin: widget.NewLabel("–")}
	f.fee.SetPlaceHolder(formatMoneyInput(domain.Euros(1000)))
	f.fee.OnChanged = func(string) { changed() }
	f.margin.Wrapping = fyne.TextWrapWord
	return f
}

// pickManager takes the chosen manager's own day fee from the roster.
func (f *newEngagementFee) pickManager(m *domain.Manager, ok bool) {
	if ok && m.DayRate > 0 {
		f.fee.SetText(formatMoneyInput(m.DayRate))
	}
}

// setKind enables the fee for a mandate only: a consulting engagement
// keeps its manager's cost in its proposal.
func (f *newEngagementFee) setKind(interim bool) {
	setEntryEnabled(f.fee, interim)
}

// read is the fee as typed; nothing for a consulting engagement.
func (f *newEngagementFee) read() (domain.Money, error) {
	if f.fee.Disabled() {
		return 0, nil
	}
	return parseMoneyField("Manager's day fee", f.fee.Text)
}

// showMargin says the margin of e as typed so far, or a dash while a
// figure it needs is missing (e is nil when a field cannot be read).
func (f *newEngagementFee) showMargin(e *domain.Engagement) {
	if e == nil || e.Kind != domain.KindInterim {
		f.margin.SetText("–")
		return
	}
	m := e.Margin()
	switch {
	case !m.Known:
		f.margin.SetText("–")
	case e.End.IsZero():
		// No end date: no total over the mandate yet.
		f.margin.SetText(lang.X("margin.line.open", "{{.Day}} a day ({{.Percent}}), {{.Month}} a month", map[string]any{
			"Day": formatMoney(m.PerDay), "Percent": formatPercentBP(m.PercentBP), "Month": formatMoney(m.PerMonth)}))
	default:
		f.margin.SetText(marginLine(m))
	}
}
