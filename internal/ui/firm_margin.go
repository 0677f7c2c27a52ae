package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// firmMarginFields are the firm's minimum margin in Firm settings: a
// percentage of the client's rate, an amount a day, or both. The proposal
// check warns below it.
type firmMarginFields struct {
	percent, perDay *textField
}

func newFirmMarginFields(ed *editor) *firmMarginFields {
	fm := &firmMarginFields{percent: ed.entry("Minimum margin (percent)"), perDay: ed.entry("Minimum margin a day")}
	fm.percent.SetPlaceHolder("15")
	fm.perDay.SetPlaceHolder(formatMoneyInput(domain.Euros(150)))
	return fm
}

func (fm *firmMarginFields) add(ed *editor) {
	ed.addHint(lang.L("Minimum margin (%)"), lang.L("Of the client's day rate; the proposal check warns below it. Empty: none"), fm.percent)
	ed.addHint(lang.L("Minimum margin a day"), lang.L("Client's rate minus the manager's fee; empty: none"), fm.perDay)
}

// read parses the two fields into f. A percentage is read as an amount
// with two decimals: "12,5" is 12.50 %, 1250 basis points.
func (fm *firmMarginFields) read(f *domain.MarginFloor) error {
	pct, err := parseMoneyField("Minimum margin (percent)", strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(fm.percent.Text), "%")))
	if err != nil {
		return err
	}
	day, err := parseMoneyField("Minimum margin a day", fm.perDay.Text)
	if err != nil {
		return err
	}
	f.PercentBP, f.PerDay = int64(pct), day
	return nil
}

func (fm *firmMarginFields) show(f domain.MarginFloor) {
	fm.percent.SetText(formatMoneyInput(domain.Money(f.PercentBP)))
	fm.perDay.SetText(formatMoneyInput(f.PerDay))
}
