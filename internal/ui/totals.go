package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// totalsPanel shows the figures of a proposal side by side: the interim
// mandate, the consulting offer and, when filled in, a permanent hire. The
// figures come from domain's Totals, the same the document prints.
type totalsPanel struct {
	root fyne.CanvasObject

	interimDays, interimNet, interimVAT, interimGross, interimMonthly *widget.Label
	consultingWeeks, consultingNet, consultingVAT, consultingGross    *widget.Label
	permanentTotal, vatNote                                           *widget.Label
	permanentRow                                                      *fyne.Container

	// shown is what the labels show, as computed by domain's Totals.
	shown domain.Totals

	// summary is the one-line version that stays under the form
	// (totals_footer.go).
	summary                           *fyne.Container
	interimSummary, consultingSummary *widget.Label
}

func newTotalsPanel() *totalsPanel {
	tp := &totalsPanel{}
	num := func() *widget.Label {
		l := widget.NewLabel("")
		l.Alignment = fyne.TextAlignTrailing
		return l
	}
	tp.interimDays, tp.interimNet, tp.interimVAT, tp.interimGross, tp.interimMonthly = num(), num(), num(), num(), num()
	tp.consultingWeeks, tp.consultingNet, tp.consultingVAT, tp.consultingGross = num(), num(), num(), num()
	tp.permanentTotal = num()
	tp.vatNote = widget.NewLabel("")
	tp.vatNote.Wrapping = fyne.TextWrapWord
	asHint(tp.vatNote)

	head := func(s string) fyne.CanvasObject {
		l := boldLabel(s)
		l.Alignment = fyne.TextAlignTrailing
		return l
	}
	grid := container.NewGridWithColumns(3,
		widget.NewLabel(""), head(lang.L("Interim mandate")), head(lang.L("Consulting offer")),
		widget.NewLabel(lang.L("Duration")), tp.interimDays, tp.consultingWeeks,
		widget.NewLabel(lang.L("Net")), tp.interimNet, tp.consultingNet,
		widget.NewLabel(lang.L("VAT")), tp.interimVAT, tp.consultingVAT,
		boldLabel(lang.L("Total")), tp.interimGross, tp.consultingGross,
		widget.NewLabel(lang.L("Per month")), tp.interimMonthly, widget.NewLabel(""),
	)
	tp.interimGross.TextStyle = fyne.TextStyle{Bold: true}
	tp.consultingGross.TextStyle = fyne.TextStyle{Bold: true}
	// The label wraps: the grid gives each column the widest cell's
	// width, and "Embauche permanente, même période" on one line asked
	// for 855 px, wider than the form.
	permanent := widget.NewLabel(lang.L("Permanent hire, same period"))
	permanent.Wrapping = fyne.TextWrapWord
	tp.permanentRow = container.NewGridWithColumns(3, permanent, tp.permanentTotal, widget.NewLabel(""))
	tp.root = container.NewVBox(grid, tp.permanentRow, tp.vatNote)
	tp.buildSummary()
	return tp
}

// show writes the totals.
func (tp *totalsPanel) show(t domain.Totals) {
	tp.shown = t
	tp.interimDays.SetText(lang.X("totals.days", "{{.Days}} days", map[string]any{"Days": t.InterimDays}))
	tp.interimNet.SetText(formatMoney(t.InterimNet))
	tp.interimVAT.SetText(formatMoney(t.InterimVAT))
	tp.interimGross.SetText(formatMoney(t.InterimGross))
	tp.interimMonthly.SetText(monthlyText(t))
	tp.consultingWeeks.SetText(lang.X("totals.weeks", "{{.Weeks}} weeks", map[string]any{"Weeks": t.ConsultingWeeks}))
	tp.consultingNet.SetText(formatMoney(t.ConsultingNet))
	tp.consultingVAT.SetText(formatMoney(t.ConsultingVAT))
	tp.consultingGross.SetText(formatMoney(t.ConsultingGross))
	tp.showSummary(t)
	// The row stays when there is nothing to compare: appearing at the
	// first digit of a salary, it pushed the salary field itself down
	// under the typing hand.
	if t.Permanent != nil {
		tp.permanentTotal.SetText(formatMoney(t.Permanent.Total))
	} else {
		tp.permanentTotal.SetText("–")
	}
	if t.ReverseCharge {
		tp.vatNote.SetText(lang.L("VAT is reverse charged: the client accounts for it."))
	} else {
		tp.vatNote.SetText(lang.X("totals.vat", "VAT at {{.Rate}}. The two offers are alternatives; their totals are never added up.", map[string]any{"Rate": formatPercentBP(int64(t.VATRate) * 100)}))
	}
}
