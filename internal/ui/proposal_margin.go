package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalMargin is the firm's side of a proposal: the manager's day fee
// (taken from the roster when the manager is chosen, then editable), the
// margin beside the totals, and the reason for offering without one. The
// figures come from domain's Margin; none of them reaches the client's
// document.
type proposalMargin struct {
	fee    *textField // the manager's day fee of the interim offer
	reason *textField // why the firm offers at a margin of zero or less

	perDay, percent, perMonth, total *widget.Label
	consulting                       *widget.Label
	consultingCost                   *widget.Label // what the consulting offer pays its manager
	root                             fyne.CanvasObject

	// shown is the interim margin the labels show.
	shown domain.Margin
}

func newProposalMargin(ed *editor) *proposalMargin {
	pm := &proposalMargin{}
	pm.fee = ed.entry("Manager's day fee")
	pm.fee.SetPlaceHolder(formatMoneyInput(domain.Euros(1000)))
	pm.reason = ed.multiLine(2, "Margin reason")
	pm.reason.SetPlaceHolder(lang.L("Only when the firm offers without a margin: why"))
	num := func() *widget.Label {
		l := widget.NewLabel("")
		l.Alignment = fyne.TextAlignTrailing
		return l
	}
	pm.perDay, pm.percent, pm.perMonth, pm.total, pm.consulting, pm.consultingCost = num(), num(), num(), num(), num(), num()
	pm.total.TextStyle = fyne.TextStyle{Bold: true}
	grid := container.NewGridWithColumns(2,
		widget.NewLabel(lang.L("Margin a day")), pm.perDay,
		widget.NewLabel(lang.L("Margin (% of the client's rate)")), pm.percent,
		widget.NewLabel(lang.L("Margin a month")), pm.perMonth,
		boldLabel(lang.L("Margin over the mandate")), pm.total,
		widget.NewLabel(lang.L("Consulting manager's cost")), pm.consultingCost,
		widget.NewLabel(lang.L("Margin of the consulting offer")), pm.consulting,
	)
	pm.root = container.NewVBox(grid, widget.NewForm(widget.NewFormItem(lang.L("Margin reason"), pm.reason)))
	return pm
}

// pickManager takes the chosen manager's own day fee from the roster.
func (pm *proposalMargin) pickManager(m *domain.Manager) {
	if m.DayRate > 0 {
		pm.fee.SetText(formatMoneyInput(m.DayRate))
	}
}

// show puts the margins of p in the labels.
func (pm *proposalMargin) show(p *domain.Proposal) {
	m := p.Interim.Margin()
	pm.shown = m
	if !m.Known {
		for _, l := range []*widget.Label{pm.perDay, pm.percent, pm.perMonth, pm.total} {
			l.SetText("–")
		}
	} else {
		pm.perDay.SetText(formatMoney(m.PerDay))
		pm.percent.SetText(formatPercentBP(m.PercentBP))
		pm.perMonth.SetText(formatMoney(m.PerMonth))
		pm.total.SetText(formatMoney(m.Total))
	}
	if p.Consulting.ManagerID != 0 {
		pm.consultingCost.SetText(formatMoney(p.Consulting.ManagerCost()))
	} else {
		pm.consultingCost.SetText("–")
	}
	if c := p.Consulting.Margin(); c.Known {
		pm.consulting.SetText(formatMoney(c.Total) + " (" + formatPercentBP(c.PercentBP) + ")")
	} else {
		pm.consulting.SetText("–")
	}
}

// formatPercentBP writes basis points as a percentage in the screen's
// language: "20 %", "18,75 %" (English "18.75%").
func formatPercentBP(bp int64) string {
	s := domain.FormatPercentBP(bp)
	if screenLang() == domain.LangEN {
		return s + "%"
	}
	return strings.Replace(s, ".", ",", 1) + "\u00a0%"
}
