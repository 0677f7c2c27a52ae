package ui

import (
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
