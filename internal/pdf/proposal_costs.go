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
			// Under reverse charge, or with no VAT at all (a client outside
			// the EU), there is no VAT to include: "Totaal te betalen".
			{Cells: []string{t.totalLabel(tot.ReverseCharge || tot.VATRate == 0), t.money(tot.InterimGross), t.money(tot.ConsultingGross)}, Total: true},
		},
		KeepTogether: true,
	})
	note := t.Alternatives
	if tot.ReverseCharge {
		note += " " + t.ReverseChargeNote
	}
	if tot.IncludesVAT {
		note += " " + t.IncVATNote
	}
	p.Note(note)

	if pt, h := tot.Permanent, p.d.Proposal.Permanent; pt != nil && h != nil {
		period := t.weeks(tot.PeriodWeeks)
		p.Subheading(fmt.Sprintf(t.Permanent, period))
		rows := []Row{{Cells: []string{fmt.Sprintf(t.RecruitmentFee, t.percent(h.RecruitmentFeePct)), t.money(pt.RecruitmentFee)}}}
		if pt.RecruitmentVAT != 0 {
			rows = append(rows, Row{Cells: []string{fmt.Sprintf(t.RecruitmentVAT, t.percent(tot.VATRate)), t.money(pt.RecruitmentVAT)}})
		}
		rows = append(rows, Row{Cells: []string{fmt.Sprintf(t.PeriodCost, period), t.money(pt.PeriodCost)}})
		switch pt.NoticeRule {
		case domain.NoticeBE:
			rows = append(rows, Row{Cells: []string{fmt.Sprintf(t.NoticeLawBE, period, t.weeks(pt.NoticeWeeks)), t.money(pt.NoticeCost)}})
		case domain.NoticeNL:
			rows = append(rows,
				Row{Cells: []string{fmt.Sprintf(t.NoticeLawNL, period, t.months(pt.NoticeMonths)), t.money(pt.NoticeCost)}},
				Row{Cells: []string{t.TransitionFee, t.money(pt.TransitionFee)}})
		case domain.NoticeEntered:
			rows = append(rows, Row{Cells: []string{fmt.Sprintf(t.NoticeCost, t.months(pt.NoticeMonths)), t.money(pt.NoticeCost)}})
		}
		rows = append(rows, Row{Cells: []string{t.PermanentTotal, t.money(pt.Total)}, Total: true})
		// The salary and the yearly cost are what the rows are worked out
		// from, not parts of the total, so they stand above the table.
		p.Table(Table{
			Caption: fmt.Sprintf(t.Legend, t.AnnualSalary, t.money(h.AnnualSalary)) + " · " +
				fmt.Sprintf(t.Legend, fmt.Sprintf(t.YearlyCost, t.percent(h.EmployerCostPct)), t.money(pt.YearlyCost)),
			Columns:      []Column{{}, {Width: 40, Align: "R"}},
			Rows:         rows,
			Plain:        true,
			KeepTogether: true,
		})
	}
	p.chart()
}

// chart draws the cumulative cost of each option over the comparison
// period, from the domain's curves: each line ends on the figure the
// tables above print, and the caption names the period.
func (p *proposal) chart() {
	t, tot := p.t, &p.d.Totals
	curves := p.d.Proposal.CostCurves(tot)
	if curves.Weeks == 0 || tot.InterimCompared()+tot.ConsultingCompared() == 0 && tot.Permanent == nil {
		return // nothing to draw: no heading over an empty chart
	}
	line := func(name string, pts []domain.CostPoint) Series {
		s := Series{X: make([]float64, len(pts)), Values: make([]float64, len(pts))}
		for i, pt := range pts {
			s.X[i], s.Values[i] = float64(pt.Week), pt.Amount.Euros()
		}
		s.Name = fmt.Sprintf(t.Legend, name, t.money(pts[len(pts)-1].Amount))
		return s
	}
	series := []Series{line(t.InterimName, curves.Interim), line(t.ConsultingName, curves.Consulting)}
	if curves.Permanent != nil {
		series = append(series, line(t.PermanentName, curves.Permanent))
	}
	yTitle := t.ChartY
	if tot.IncludesVAT {
		yTitle = t.ChartYIncVAT
	}
	p.Subheading(fmt.Sprintf(t.Chart, t.weeks(curves.Weeks)))
	p.LineChart(LineChart{
		Series: series,
		XMax:   float64(curves.Weeks),
		XLabel: strconv.Itoa,
		XTitle: t.ChartX,
		YTitle: yTitle,
		YLabel: func(v float64) string { return t.moneyShort(domain.Money(v*100 + 0.5)) },
	})
}
