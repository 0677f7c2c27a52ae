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

	// PeriodWeeks is the one period the options are compared over: the
	// longer of the two offers. The permanent hire is costed over it, and
	// the cost chart runs to its end and no further.
	PeriodWeeks int `json:"period_weeks"`
	// IncludesVAT is set for a client that cannot deduct VAT (a hospital,
	// a public body): the comparison is then in what it pays, VAT included.
	IncludesVAT bool `json:"includes_vat"`

	// Permanent hire over the period, when the comparator is filled in:
	// employer cost of the salary, the recruitment fee, and what it takes to
	// undo the hire at the end of the period.
	Permanent *PermanentTotals `json:"permanent,omitempty"`
}

// InterimCompared and ConsultingCompared are what each offer costs in the
// comparison: net, or VAT included when the client cannot deduct VAT. The
// chart's lines end on these figures.
func (t *Totals) InterimCompared() Money {
	if t.IncludesVAT {
		return t.InterimGross
	}
	return t.InterimNet
}

// ConsultingCompared: see InterimCompared.
func (t *Totals) ConsultingCompared() Money {
	if t.IncludesVAT {
		return t.ConsultingGross
	}
	return t.ConsultingNet
}

// PermanentTotals break down what a permanent hire would cost over the
// comparison period.
type PermanentTotals struct {
	YearlyCost     Money `json:"yearly_cost"` // salary plus employer costs
	RecruitmentFee Money `json:"recruitment_fee"`
	// RecruitmentVAT is the VAT on the recruiter's fee, counted only when
	// the client cannot deduct VAT (the other costs are wages, without VAT).
	RecruitmentVAT Money `json:"recruitment_vat"`
	PeriodCost     Money `json:"period_cost"` // yearly cost over the period's weeks
	// The notice the employer owes after PeriodWeeks of tenure: NoticeRule
	// says where it comes from, NoticeWeeks or NoticeMonths how long it is.
	NoticeRule   NoticeRule `json:"notice_rule"`
	NoticeWeeks  int        `json:"notice_weeks"`
	NoticeMonths int        `json:"notice_months"`
	NoticeCost   Money      `json:"notice_cost"` // notice of yearly cost
	// TransitionFee is the Dutch transitievergoeding: a third of a monthly
	// salary per year of service, pro rata.
	TransitionFee Money `json:"transition_fee"`
	Total         Money `json:"total"`
}

// weeksPerYear and monthsPerYear keep 52/12 as a fraction so money stays exact.
const weeksPerYear, monthsPerYear = 52, 12

// Totals computes the figures of the proposal without knowing its client:
// a permanent hire's notice is then only the figure the user entered.
// Documents use TotalsFor.
func (p *Proposal) Totals() Totals { return p.TotalsFor(nil) }

// TotalsFor computes the figures of the proposal for client c: its country
// sets the notice law of the permanent hire, and a client that cannot
// deduct VAT compares the options VAT included.
func (p *Proposal) TotalsFor(c *Client) Totals {
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
	t.PeriodWeeks = max(in.Weeks, t.ConsultingWeeks)
	country := ""
	if c != nil {
		country, t.IncludesVAT = c.Country(), c.CannotDeductVAT
	}
	if h := p.Permanent; h != nil && h.AnnualSalary > 0 {
		pt := &PermanentTotals{}
		pt.YearlyCost = h.AnnualSalary + h.AnnualSalary.Percent(h.EmployerCostPct)
		pt.RecruitmentFee = h.AnnualSalary.Percent(h.RecruitmentFeePct)
		if t.IncludesVAT {
			pt.RecruitmentVAT = pt.RecruitmentFee.Percent(p.VATRate)
		}
		pt.PeriodCost = pt.YearlyCost.MulDiv(int64(t.PeriodWeeks), weeksPerYear)
		n := NoticeFor(country, t.PeriodWeeks, h.NoticeMonths)
		pt.NoticeRule, pt.NoticeWeeks, pt.NoticeMonths = n.Rule, n.Weeks, n.Months
		pt.NoticeCost = pt.YearlyCost.MulDiv(int64(n.Weeks), weeksPerYear) + pt.YearlyCost.MulDiv(int64(n.Months), monthsPerYear)
		if n.Rule == NoticeNL {
			pt.TransitionFee = TransitionFee(h.AnnualSalary, t.PeriodWeeks)
		}
		pt.Total = pt.RecruitmentFee + pt.RecruitmentVAT + pt.PeriodCost + pt.NoticeCost + pt.TransitionFee
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
