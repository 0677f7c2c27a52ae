package domain

// CostPoint is the cumulative cost of one option at the end of a week.
// Two points in a row on the same week are a step: a payment that falls
// on that day (a phase delivered, a recruitment fee, the notice).
type CostPoint struct {
	Week   int   `json:"week"`
	Amount Money `json:"amount"`
}

// CostCurves are the lines of the cost chart, over Totals.PeriodWeeks and
// ending exactly on the figures the cost tables print.
type CostCurves struct {
	Weeks      int         `json:"weeks"`
	Interim    []CostPoint `json:"interim"`
	Consulting []CostPoint `json:"consulting"`
	Permanent  []CostPoint `json:"permanent,omitempty"` // nil without a comparator
}

// CostCurves draws the options of p from its totals t (computed by
// TotalsFor, or read back from a frozen document): interim is invoiced as
// the weeks are worked, a slope; consulting is paid per phase delivered,
// a step at the end of each phase; a permanent hire pays the recruitment
// fee on day one, the yearly cost week by week, and the notice (and a
// Dutch transitievergoeding) as a step at the end of the period.
func (p *Proposal) CostCurves(t *Totals) CostCurves {
	c := CostCurves{Weeks: t.PeriodWeeks}
	if c.Weeks == 0 {
		return c
	}
	interim := t.InterimCompared()
	c.Interim = []CostPoint{{0, 0}}
	if w := p.Interim.Weeks; w > 0 {
		c.Interim = append(c.Interim, CostPoint{w, interim})
	}
	if last := c.Interim[len(c.Interim)-1]; last.Week < c.Weeks {
		c.Interim = append(c.Interim, CostPoint{c.Weeks, last.Amount})
	}

	// Each phase's step carries its share of the compared total, the last
	// step the remainder, so rounding never leaves the line a cent off.
	consulting := t.ConsultingCompared()
	c.Consulting = []CostPoint{{0, 0}}
	week, paid, net := 0, Money(0), Money(0)
	for i, ph := range p.Consulting.Phases {
		week += ph.Weeks
		net += ph.Fee
		amount := consulting
		if i < len(p.Consulting.Phases)-1 && t.ConsultingNet != 0 {
			amount = consulting.MulDiv(int64(net), int64(t.ConsultingNet))
		}
		c.Consulting = append(c.Consulting, CostPoint{week, paid}, CostPoint{week, amount})
		paid = amount
	}
	if last := c.Consulting[len(c.Consulting)-1]; last.Week < c.Weeks {
		c.Consulting = append(c.Consulting, CostPoint{c.Weeks, last.Amount})
	}

	if pt := t.Permanent; pt != nil {
		fee := pt.RecruitmentFee + pt.RecruitmentVAT
		worked := fee + pt.PeriodCost
		c.Permanent = []CostPoint{{0, 0}, {0, fee}, {c.Weeks, worked}}
		if pt.Total != worked {
			c.Permanent = append(c.Permanent, CostPoint{c.Weeks, pt.Total})
		}
	}
	return c
}
