package domain

// Totals are the computed figures of a proposal. They are computed here and
// nowhere else, so the screen, the PDF and the command line always agree.
// The two offers are alternatives: each has its own total and neither is
// added to the other.
type Totals struct {
	InterimDays     int   `json:"interim_days"`
	InterimNet      Money `json:"interim_net"`
	InterimVAT      Money `json:"interim_vat"`
	InterimGross    Money `json:"interim_gross"`
	InterimMonthly  Money `json:"interim_monthly"` // net, at days/week × 52/12 weeks
	ConsultingWeeks int   `json:"consulting_weeks"`
	ConsultingNet   Money `json:"consulting_net"`
	ConsultingVAT   Money `json:"consulting_vat"`
	ConsultingGross Money `json:"consulting_gross"`
	VATRate         int   `json:"vat_rate"`
	ReverseCharge   bool  `json:"reverse_charge"`

	// Permanent hire over the same number of weeks as the mandate, when the
	// comparator is filled in: employer cost of the salary, the recruitment
	// fee, and the notice period it takes to undo the hire.
	Permanent *PermanentTotals `json:"permanent,omitempty"`
}

// PermanentTotals break down what a permanent hire would cost.
type PermanentTotals struct {
	YearlyCost     Money `json:"yearly_cost"` // salary plus employer costs
	RecruitmentFee Money `json:"recruitment_fee"`
	PeriodCost     Money `json:"period_cost"` // yearly cost over the mandate's weeks
	NoticeCost     Money `json:"notice_cost"` // notice months of yearly cost
	Total          Money `json:"total"`
}

// weeksPerMonth is 52/12, kept as a fraction so money stays exact.
const weeksPerYear, monthsPerYear = 52, 12

// Totals computes the figures of the proposal.
func (p *Proposal) Totals() Totals {
	t := Totals{VATRate: p.VATRate, ReverseCharge: p.ReverseCharge}
	in := p.Interim
	t.InterimDays = in.Weeks * in.DaysPerWeek
	t.InterimNet = in.DayRate * Money(t.InterimDays)
	t.InterimMonthly = (in.DayRate * Money(in.DaysPerWeek)).MulDiv(weeksPerYear, monthsPerYear)
	for _, ph := range p.Consulting.Phases {
		t.ConsultingWeeks += ph.Weeks
		t.ConsultingNet += ph.Fee
	}
	t.InterimVAT = p.vat(t.InterimNet)
	t.ConsultingVAT = p.vat(t.ConsultingNet)
	t.InterimGross = t.InterimNet + t.InterimVAT
	t.ConsultingGross = t.ConsultingNet + t.ConsultingVAT
	if h := p.Permanent; h != nil && h.AnnualSalary > 0 {
		pt := &PermanentTotals{}
		pt.YearlyCost = h.AnnualSalary + h.AnnualSalary.Percent(h.EmployerCostPct)
		pt.RecruitmentFee = h.AnnualSalary.Percent(h.RecruitmentFeePct)
		pt.PeriodCost = pt.YearlyCost.MulDiv(int64(in.Weeks), weeksPerYear)
		pt.NoticeCost = pt.YearlyCost.MulDiv(int64(h.NoticeMonths), monthsPerYear)
		pt.Total = pt.RecruitmentFee + pt.PeriodCost + pt.NoticeCost
		t.Permanent = pt
	}
	return t
}

// vat is the VAT on a net amount; nothing when it is reverse charged.
func (p *Proposal) vat(net Money) Money {
	if p.ReverseCharge {
		return 0
	}
	return net.Percent(p.VATRate)
}

// CostPoint is the cumulative cost of each option at the end of a month.
type CostPoint struct {
	Month      int   `json:"month"` // 0 is the start
	Interim    Money `json:"interim"`
	Consulting Money `json:"consulting"`
	Permanent  Money `json:"permanent"` // 0 when there is no comparator
}

// CostCurve returns cumulative net cost per month for the cost chart, from
// month 0 to the month the longest option ends. Interim is invoiced per month
// worked; consulting per phase delivered; a permanent hire pays the
// recruitment fee up front, the yearly cost monthly and the notice at the end.
func (p *Proposal) CostCurve() []CostPoint {
	t := p.Totals()
	in := p.Interim
	interimMonths := ceilDiv(in.Weeks*monthsPerYear, weeksPerYear)
	months := interimMonths
	consultingMonths := ceilDiv(t.ConsultingWeeks*monthsPerYear, weeksPerYear)
	if consultingMonths > months {
		months = consultingMonths
	}
	if months == 0 {
		return nil
	}
	pts := make([]CostPoint, months+1)
	for m := 0; m <= months; m++ {
		pt := CostPoint{Month: m}
		weeks := m * weeksPerYear / monthsPerYear
		if m >= interimMonths {
			pt.Interim = t.InterimNet
		} else {
			pt.Interim = (in.DayRate * Money(in.DaysPerWeek)).MulDiv(int64(m*weeksPerYear), monthsPerYear)
		}
		done := 0
		for _, ph := range p.Consulting.Phases {
			done += ph.Weeks
			if done <= weeks || m >= consultingMonths {
				pt.Consulting += ph.Fee
			}
		}
		if pp := t.Permanent; pp != nil {
			pt.Permanent = pp.RecruitmentFee + pp.YearlyCost.MulDiv(int64(m), monthsPerYear)
			if m == months {
				pt.Permanent = pp.RecruitmentFee + pp.YearlyCost.MulDiv(int64(m), monthsPerYear) + pp.NoticeCost
			}
		}
		pts[m] = pt
	}
	return pts
}

func ceilDiv(a, b int) int {
	if a <= 0 {
		return 0
	}
	return (a + b - 1) / b
}
