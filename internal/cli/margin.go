package cli

import "github.com/interimdesk/interimdesk/internal/domain"

// The margin is the firm's own figure: the command line shows it to the
// firm (proposal show, engagements show and their --json), computed by the
// domain, and never writes it into a document.

// engagementJSON is an engagement as engagements show --json prints it:
// the record and its margin (null when the manager's fee was not
// recorded).
type engagementJSON struct {
	*domain.Engagement
	Margin domain.Margin `json:"margin"`
}

// marginText is a margin on one line: "€250.00 a day, 20 %, €15,000.00 in
// all"; "not known" without a manager's fee.
func (a *app) marginText(m domain.Margin) string {
	if !m.Known {
		return a.sprintf("not known: the manager's day fee is not recorded")
	}
	if m.PerDay != 0 {
		return a.sprintf("%s a day, %s %%, %s a month, %s in all", a.money(m.PerDay), domain.FormatPercentBP(m.PercentBP), a.money(m.PerMonth), a.money(m.Total))
	}
	return a.sprintf("%s, %s %%", a.money(m.Total), domain.FormatPercentBP(m.PercentBP))
}

// marginCell is the list's margin column: the percentage, or "-".
func (a *app) marginCell(m domain.Margin) string {
	if !m.Known {
		return "-"
	}
	return domain.FormatPercentBP(m.PercentBP) + " %"
}

// runningMarginLine says what the active engagements leave the firm a
// month, those whose manager's fee is recorded.
func (a *app) runningMarginLine(s domain.Services) error {
	es, _, err := s.Engagements.FindEngagements(a.ctx, domain.EngagementFilter{Status: domain.EngagementActive, Page: domain.Page{Limit: 1000}})
	if err != nil {
		return err
	}
	var sum domain.Money
	for _, e := range es {
		if m := e.Margin(); m.Known {
			sum += m.PerMonth
		}
	}
	a.say("Active engagements leave a margin of %s a month.", a.money(sum))
	return nil
}
