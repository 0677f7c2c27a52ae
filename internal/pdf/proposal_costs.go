package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// costs prints each option's fee with VAT, the permanent hire when the
// proposal compares with one, and the cumulative cost chart.
func (p *proposal) costs() {
	t, tot := p.t, &p.d.Totals
	p.heading(t.Costs)
	vatLabel := fmt.Sprintf(t.VATRate, t.percent(tot.VATRate))
	vatIn, vatCo := t.money(tot.InterimVAT), t.money(tot.ConsultingVAT)
	if tot.ReverseCharge {
		vatLabel = fmt.Sprintf(t.VATRate, "")
		vatLabel = strings.TrimSpace(vatLabel)
		vatIn, vatCo = t.ReverseCharged, t.ReverseCharged
	}
	p.Table(Table{
		Columns: []Column{
			{Title: "", Width: 58},
			{Title: t.InterimName, Align: "R"},
			{Title: t.ConsultingName, Align: "R"},
		},
		Rows: []Row{
			{Cells: []string{t.FeeExVAT, t.money(tot.InterimNet), t.money(tot.ConsultingNet)}},
			{Cells: []string{vatLabel, vatIn, vatCo}},
			{Cells: []string{t.TotalIncVAT, t.money(tot.InterimGross), t.money(tot.ConsultingGross)}, Total: true},
		},
		KeepTogether: true,
	})
	note := t.Alternatives
	if tot.ReverseCharge {
		note += " " + t.ReverseChargeNote
	}
	p.Note(note)

	if pt, h := tot.Permanent, p.d.Proposal.Permanent; pt != nil && h != nil {
		weeks := p.d.Proposal.Interim.Weeks
		p.Subheading(fmt.Sprintf(t.Permanent, t.weeks(weeks)))
		// The salary and the yearly cost are what the rows are worked out
		// from, not parts of the total, so they stand above the table.
		p.Table(Table{
			Caption: fmt.Sprintf(t.Legend, t.AnnualSalary, t.money(h.AnnualSalary)) + " · " +
				fmt.Sprintf(t.Legend, fmt.Sprintf(t.YearlyCost, t.percent(h.EmployerCostPct)), t.money(pt.YearlyCost)),
			Columns: []Column{{}, {Width: 40, Align: "R"}},
			Rows: []Row{
				{Cells: []string{fmt.Sprintf(t.RecruitmentFee, t.percent(h.RecruitmentFeePct)), t.money(pt.RecruitmentFee)}},
				{Cells: []string{fmt.Sprintf(t.PeriodCost, t.weeks(weeks)), t.money(pt.PeriodCost)}},
				{Cells: []string{fmt.Sprintf(t.NoticeCost, t.months(h.NoticeMonths)), t.money(pt.NoticeCost)}},
				{Cells: []string{t.PermanentTotal, t.money(pt.Total)}, Total: true},
			},
			Plain:        true,
			KeepTogether: true,
		})
	}
	p.chart()
}

// chart draws the cumulative cost of each option month by month.
func (p *proposal) chart() {
	t, tot := p.t, &p.d.Totals
	curve := p.d.Proposal.CostCurve()
	if len(curve) < 2 {
		return
	}
	interim := make([]float64, len(curve))
	consulting := make([]float64, len(curve))
	permanent := make([]float64, len(curve))
	for i, pt := range curve {
		interim[i] = pt.Interim.Euros()
		consulting[i] = pt.Consulting.Euros()
		permanent[i] = pt.Permanent.Euros()
	}
	series := []Series{
		{Name: fmt.Sprintf(t.Legend, t.InterimName, t.money(curve[len(curve)-1].Interim)), Values: interim},
		{Name: fmt.Sprintf(t.Legend, t.ConsultingName, t.money(curve[len(curve)-1].Consulting)), Values: consulting},
	}
	if tot.Permanent != nil {
		series = append(series, Series{
			Name:   fmt.Sprintf(t.Legend, t.PermanentName, t.money(curve[len(curve)-1].Permanent)),
			Values: permanent,
		})
	}
	p.Subheading(t.Chart)
	p.LineChart(LineChart{
		Series: series,
		XLabel: func(i int) string { return strconv.Itoa(curve[i].Month) },
		XTitle: t.ChartX,
		YTitle: t.ChartY,
		YLabel: func(v float64) string { return t.moneyShort(domain.Money(v*100 + 0.5)) },
	})
}
