package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Amounts, percentages and the examples in money fields are written the
// screen language's way: one language's separators never sit beside
// another's.
func TestFormat_amountsPercentagesAndHintsPerLanguage(t *testing.T) {
	tests := []struct {
		l                    domain.Lang
		money, percent, vat  string
		count, fee, rateHint string
		maxRate              string
	}{
		{domain.LangEN, "€171,600.00", "20.5%", "VAT at 21%.", "10,000", "1,000.00", "1,250.00", "€10,000.00"},
		{domain.LangNL, "€ 171.600,00", "20,5\u00a0%", "Btw aan 21\u00a0%.", "10.000", "1.000,00", "1.250,00", "€ 10.000,00"},
		{domain.LangFR, "171\u00a0600,00\u00a0€", "20,5\u00a0%", "TVA à 21\u00a0%.", "10\u00a0000", "1\u00a0000,00", "1\u00a0250,00", "10\u00a0000,00\u00a0€"},
	}
	for _, tt := range tests {
		t.Run(string(tt.l), func(t *testing.T) {
			u, _ := demoWindowIn(t, tt.l, fyne.NewSize(1366, 768))
			if got := formatMoney(domain.Euros(171600)); got != tt.money {
				t.Errorf("amount %q, want %q", got, tt.money)
			}
			if got := formatPercentBP(2050); got != tt.percent {
				t.Errorf("percentage %q, want %q", got, tt.percent)
			}
			if got := formatCount(10000); got != tt.count {
				t.Errorf("count %q, want %q", got, tt.count)
			}
			for name, got := range map[string]string{
				"proposal day rate": u.proposals.dayRate.PlaceHolder,
				"roster day fee":    u.managers.dayRate.PlaceHolder,
			} {
				if got != tt.rateHint {
					t.Errorf("%s hint %q, want %q", name, got, tt.rateHint)
				}
			}
			for name, got := range map[string]string{
				"proposal manager's fee":   u.proposals.margin.fee.PlaceHolder,
				"engagement manager's fee": u.engagements.margin.fee.PlaceHolder,
				"consulting manager's fee": u.proposals.consultingFee.dayFee.PlaceHolder,
				"new engagement's fee":     newNewEngagementFee(func() {}).fee.PlaceHolder,
			} {
				if got != tt.fee {
					t.Errorf("%s hint %q, want %q", name, got, tt.fee)
				}
			}
			// The domain's sentences too: the highest day rate is the
			// screen's amount, not the English one.
			s := u.managers
			press(u, fyne.KeyN)
			typeText(u, s.fullName, "Anne Peeters")
			typeText(u, s.dayRate, formatMoneyInput(domain.Euros(25000)))
			if !strings.Contains(s.ed.message.Text, tt.maxRate) {
				t.Errorf("the form says %q, want it to name %q", s.ed.message.Text, tt.maxRate)
			}

			u.proposals.totals.show(domain.Totals{VATRate: 21})
			if got := u.proposals.totals.vatNote.Text; len(got) < len(tt.vat) || got[:len(tt.vat)] != tt.vat {
				t.Errorf("the VAT note says %q, want it to start %q", got, tt.vat)
			}
		})
	}
}

// The phases' headers fit their columns in every language: in French
// "Semaines" ran into "Honoraires".
func TestPhases_headersFitTheirColumns(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangEN, domain.LangNL, domain.LangFR} {
		t.Run(string(l), func(t *testing.T) {
			u, _ := demoWindowIn(t, l, fyne.NewSize(1366, 768))
			pe := u.proposals.phases
			header := pe.root.(*fyne.Container).Objects[0].(*fyne.Container)
			for i, o := range header.Objects[1:3] {
				if need := o.MinSize().Width; pe.widths[i+1] < need {
					t.Errorf("column %d is %.0f px for a header of %.0f px", i+1, pe.widths[i+1], need)
				}
			}
		})
	}
}
