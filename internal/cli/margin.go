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
