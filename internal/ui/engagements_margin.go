package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// engagementMargin is the firm's side of an engagement: the manager's day
// fee, editable while the engagement runs (the store records each change
// in the history), and the margin the domain computes from it.
type engagementMargin struct {
	fee    *textField
	line   *widget.Label
	footer *widget.Label // under the list: the margin a month of the active engagements

	parseErr error // the fee as typed, when it is not an amount
}

func newEngagementMargin(ed *editor) *engagementMargin {
	em := &engagementMargin{fee: ed.entry("Manager's day fee"), line: widget.NewLabel(""), footer: widget.NewLabel("")}
	em.fee.SetPlaceHolder(formatMoneyInput(domain.Euros(1000)))
	em.line.Wrapping = fyne.TextWrapWord
	asHint(em.footer)
	ed.add(lang.L("Manager's day fee"), em.fee)
	ed.add(lang.L("Margin"), em.line)
	return em
}

// read puts the fee as typed into e.
func (em *engagementMargin) read(e *domain.Engagement) {
	em.parseErr = nil
	if e.Kind != domain.KindInterim {
		return
	}
	fee, err := parseMoneyField("Manager's day fee", em.fee.Text)
	if err != nil {
		em.parseErr = err
		return
	}
	e.ManagerDayFee = fee
}

// show fills the fee and the margin of e; only a running mandate's fee
// can change.
func (em *engagementMargin) show(e *domain.Engagement) {
	em.fee.SetText(formatMoneyInput(e.ManagerDayFee))
	setEntryEnabled(em.fee, e.Kind == domain.KindInterim && e.Status.Live())
	em.line.SetText(marginLine(e.Margin()))
}

// marginLine is "€250.00 a day (20%), €4,333.33 a month, €15,000.00 in all".
func marginLine(m domain.Margin) string {
	if !m.Known {
		return lang.L("Not known: the manager's day fee is not recorded")
	}
	return lang.X("margin.line", "{{.Day}} a day ({{.Percent}}), {{.Month}} a month, {{.Total}} in all", map[string]any{
		"Day": formatMoney(m.PerDay), "Percent": formatPercentBP(m.PercentBP), "Month": formatMoney(m.PerMonth), "Total": formatMoney(m.Total)})
}

// marginColumn is the list's margin cell: the percentage, or a dash.
func marginColumn(e *domain.Engagement) string {
	if m := e.Margin(); m.Known {
		return formatPercentBP(m.PercentBP)
	}
	return "–"
}

// refreshFooter sums the margin a month of the active engagements, in
// the background: the list shows one page, the footer all of them.
func (em *engagementMargin) refreshFooter(parts widgetParts, svc domain.EngagementService) {
	parts.work.background(func(ctx context.Context) func() {
		es, _, err := svc.FindEngagements(ctx, domain.EngagementFilter{Status: domain.EngagementActive, Page: domain.Page{Limit: 1000}})
		return func() {
			if err != nil {
				em.footer.SetText("")
				return
			}
			em.footer.SetText(lang.X("margin.running", "Active engagements: margin of {{.Month}} a month",
				map[string]any{"Month": formatMoney(runningMargin(es))}))
		}
	})
}

// runningMargin is the margin a month of es, those whose fee is known.
func runningMargin(es []*domain.Engagement) domain.Money {
	var sum domain.Money
	for _, e := range es {
		if m := e.Margin(); m.Known {
			sum += m.PerMonth
		}
	}
	return sum
}
