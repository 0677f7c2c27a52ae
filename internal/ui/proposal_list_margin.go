package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// newOpenMarginFooter is the proposal list's footer: the margin the firm
// can expect from the proposals waiting for the client's answer.
func newOpenMarginFooter() *widget.Label {
	l := widget.NewLabel("")
	asHint(l)
	return l
}

// refreshOpenMargin sums the expected margin of the issued proposals in
// the background: the list shows one page, the footer all of them.
func refreshOpenMargin(parts widgetParts, svc domain.ProposalService, footer *widget.Label) {
	parts.work.background(func(ctx context.Context) func() {
		ps, _, err := svc.FindProposals(ctx, domain.ProposalFilter{Status: domain.ProposalIssued, Page: domain.Page{Limit: 1000}})
		return func() {
			if err != nil {
				footer.SetText("")
				return
			}
			footer.SetText(lang.X("margin.open", "Open proposals: expected margin of {{.Total}}",
				map[string]any{"Total": formatMoney(expectedMargin(ps))}))
		}
	})
}

// expectedMargin is what the proposals would leave the firm if each were
// accepted as recommended: the recommended offer's margin over its whole
// length, the interim mandate's when nothing is recommended. Offers whose
// margin is not known count for nothing.
func expectedMargin(ps []*domain.Proposal) domain.Money {
	var sum domain.Money
	for _, p := range ps {
		m := p.Interim.Margin()
		if p.Recommended == domain.KindConsulting || (!p.HasInterim() && p.HasConsulting()) {
			m = p.Consulting.Margin()
		}
		if m.Known {
			sum += m.Total
		}
	}
	return sum
}
