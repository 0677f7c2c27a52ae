package pdf

import (
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// TestAgreementsKeepEachSide prints the two agreements of the sample
// mandate and the three-party contract in every language and under both
// laws: the client's documents never show the manager's fee, the manager
// agreement never the client's rate, and each names its own parties.
func TestAgreementsKeepEachSide(t *testing.T) {
	for _, l := range domain.Langs {
		for _, dutch := range []bool{false, true} {
			law := func(d *domain.ContractDocument) *domain.ContractDocument {
				if dutch {
					return pdftest.Dutch(d)
				}
				return d
			}
			rate := pdftest.Contract(l).Engagement.DayRate
			t.Run(string(l)+map[bool]string{false: "-BE", true: "-NL"}[dutch], func(t *testing.T) {
				tx := textsFor(l)
				fee, clientRate := fold(tx.money(pdftest.ManagerDayFee)), fold(tx.money(rate))
				ct, at := contractTextsFor(l), agreementTextsFor(l)

				for name, d := range map[string]*domain.ContractDocument{
					"client": law(pdftest.ClientAgreement(l)), "three-party": law(pdftest.Contract(l)),
				} {
					text := renderText(t, d)
					mustContain(t, text, clientRate, strings.ToUpper(ct.ForClient))
					if strings.Contains(text, fee) {
						t.Errorf("the %s contract shows the manager's fee %s", name, fee)
					}
				}
				client := renderText(t, law(pdftest.ClientAgreement(l)))
				if strings.Contains(client, strings.ToUpper(ct.ForManager)) || strings.Contains(client, "Kouter 7") {
					t.Error("the client agreement has the manager sign or shows the company's seat")
				}
				mustContain(t, client, pdftest.Contract(l).Manager.Name)

				m := law(pdftest.ManagerAgreement(l))
				text := renderText(t, m)
				mustContain(t, text, fee, at.Titles[m.Jurisdiction], strings.ToUpper(at.ForContractor), "Kouter 7", "0476.925.343",
					map[domain.Lang]string{domain.LangNL: "na factuurdatum", domain.LangEN: "of the invoice date", domain.LangFR: "de la date de facture"}[l])
				for _, never := range []string{clientRate, strings.ToUpper(ct.ForClient), pdftest.Contract(l).Proposal.Number} {
					if strings.Contains(text, never) {
						t.Errorf("the manager agreement shows %q", never)
					}
				}
				law := map[bool]string{false: "Arbeidsrelatiewet", true: "Wet DBA"}[dutch]
				if l != domain.LangNL && !dutch {
					law = map[domain.Lang]string{domain.LangEN: "Employment Relationships Act", domain.LangFR: "relations de travail"}[l]
				}
				mustContain(t, text, law)
			})
		}
	}
}

func renderText(t *testing.T, d *domain.ContractDocument) string {
	t.Helper()
	b, err := RenderContract(d)
	if err != nil {
		t.Fatal(err)
	}
	return pdfText(t, b)
}
