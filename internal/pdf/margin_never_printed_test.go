package pdf

import (
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// TestProposalNeverPrintsTheManagersFee: the proposal is the client's
// document; the manager's day fee (here € 987,65, an amount found nowhere
// else), the consulting manager's cost and the firm's margin never appear
// in it, in any language. pdftotext reads what a person would.
func TestProposalNeverPrintsTheManagersFee(t *testing.T) {
	for _, lang := range []domain.Lang{domain.LangNL, domain.LangEN, domain.LangFR} {
		t.Run(string(lang), func(t *testing.T) {
			d := pdftest.Proposal(lang)
			p := &d.Proposal
			p.Interim.ManagerDayFee = domain.Money(98765)
			p.Consulting.ManagerID, p.Consulting.ManagerDayFee, p.Consulting.ManagerDays = p.Interim.ManagerID, domain.Money(87654), 3
			p.MarginReason = "Vertrouwelijk: instapprijs"
			if d.Manager != nil {
				d.Manager.DayRate = domain.Money(76543) // the roster's own fee
			}
			d = pdftest.Recompute(d)
			text := pdfText(t, render(t, d))
			if !strings.Contains(text, fold(domain.Euros(1250).Format(lang))) {
				t.Fatalf("the client's rate %s is not in the %s proposal; is the text read at all?", domain.Euros(1250).Format(lang), lang)
			}
			m := p.Interim.Margin()
			for _, secret := range []domain.Money{98765, 87654, 87654 * 3, 76543, m.PerDay, m.Total, m.PerMonth} {
				if s := fold(secret.Format(lang)); strings.Contains(text, s) {
					t.Errorf("the %s proposal prints %s, a figure of the firm's side", lang, s)
				}
			}
			if strings.Contains(text, "instapprijs") {
				t.Errorf("the %s proposal prints the margin reason", lang)
			}
		})
	}
}
