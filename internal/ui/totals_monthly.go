package ui

import (
	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A month's fee is the day rate times the days a week; with no days
// planned it describes nothing yet, and "0 days, €0.00 net, €28,166.67 a
// month" read as a contradiction. So the monthly figure is only shown
// when the mandate has days.

// monthlyText is the "Per month" cell: the monthly fee, or nothing.
func monthlyText(t domain.Totals) string {
	if t.InterimDays == 0 {
		return ""
	}
	return formatMoney(t.InterimMonthly)
}

// interimSummary is the interim mandate's line under the form.
func interimSummary(t domain.Totals) string {
	args := map[string]any{"Days": t.InterimDays, "Net": formatMoney(t.InterimNet), "Gross": formatMoney(t.InterimGross)}
	if t.InterimDays == 0 {
		return lang.X("totals.summary.interim.nodays",
			"Interim mandate: {{.Days}} days, {{.Net}} net, {{.Gross}} with VAT", args)
	}
	args["Monthly"] = formatMoney(t.InterimMonthly)
	return lang.X("totals.summary.interim",
		"Interim mandate: {{.Days}} days, {{.Net}} net, {{.Gross}} with VAT, {{.Monthly}} a month", args)
}
