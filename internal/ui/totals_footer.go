package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The totals stay in view under the proposal form while rates, days and
// weeks are typed far down it. Two full lines there (with the days, the
// weeks and the monthly fee) and the buttons under them left a 768-pixel
// screen about 110 pixels of form; the line keeps only each offer's net
// and total with VAT, side by side, and the table in the form keeps the
// rest. When the two do not fit one line (a narrow window, long amounts)
// the second goes under the first instead of being cut.

// buildSummary makes the line under the form.
func (tp *totalsPanel) buildSummary() {
	tp.interimSummary = widget.NewLabel("")
	tp.consultingSummary = widget.NewLabel("")
	// The size of the hints under the fields: both offers then fit one
	// line of a 1366-pixel screen in each language.
	tp.interimSummary.SizeName = theme.SizeNameCaptionText
	tp.consultingSummary.SizeName = theme.SizeNameCaptionText
	tp.summary = container.New(&wrapRow{leading: true}, tp.interimSummary, tp.consultingSummary)
}

// showSummary writes t into the line under the form.
func (tp *totalsPanel) showSummary(t domain.Totals) {
	tp.interimSummary.SetText(lang.X("totals.footer.interim", "Interim mandate: {{.Net}} net, {{.Gross}} with VAT",
		map[string]any{"Net": formatMoney(t.InterimNet), "Gross": formatMoney(t.InterimGross)}))
	tp.consultingSummary.SetText(lang.X("totals.footer.consulting", "Consulting offer: {{.Net}} net, {{.Gross}} with VAT",
		map[string]any{"Net": formatMoney(t.ConsultingNet), "Gross": formatMoney(t.ConsultingGross)}))
	// The row learns its width in a layout; a refresh lays it out again
	// when a longer amount no longer fits beside the other.
	tp.summary.Refresh()
}
