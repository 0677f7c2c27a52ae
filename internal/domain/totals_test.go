package domain

import (
	"fmt"
	"testing"
)

func sampleProposal() *Proposal {
	return &Proposal{
		ClientID: 1, Title: "Turnaround", Status: ProposalDraft, VATRate: 21, ValidityDays: 30,
		Interim: InterimOffer{Role: "Interim CFO", Weeks: 26, DaysPerWeek: 4, DayRate: Euros(1250)},
		Consulting: ConsultingOffer{Phases: []Phase{
			{Name: "Diagnosis", Weeks: 3, Fee: Euros(18000)},
			{Name: "Plan", Weeks: 4, Fee: Euros(24000)},
			{Name: "Hand-over", Weeks: 1, Fee: Euros(6000)},
		}},
	}
}

func TestTotals(t *testing.T) {
	tests := []struct {
		name   string
		modify func(p *Proposal)
		check  func(t *testing.T, got Totals)
	}{
		{"interim is rate × days × weeks", nil, func(t *testing.T, got Totals) {
			if got.InterimDays != 104 || got.InterimNet != Euros(130000) {
				t.Errorf("interim = %d days, %d cents; want 104 days, 130000 euros", got.InterimDays, got.InterimNet)
			}
			if got.InterimVAT != Euros(27300) || got.InterimGross != Euros(157300) {
				t.Errorf("interim VAT %d gross %d", got.InterimVAT, got.InterimGross)
			}
			if got.InterimMonthly != Euros(21666)+67 { // 5000 × 52 / 12 = 21666.666…
				t.Errorf("monthly = %d", got.InterimMonthly)
			}
		}},
		{"consulting adds the phases, apart from interim", nil, func(t *testing.T, got Totals) {
			if got.ConsultingNet != Euros(48000) || got.ConsultingWeeks != 8 {
				t.Errorf("consulting = %d over %d weeks", got.ConsultingNet, got.ConsultingWeeks)
			}
			if got.ConsultingGross != Euros(58080) {
				t.Errorf("consulting gross = %d", got.ConsultingGross)
			}
		}},
		{"reverse charge has no VAT", func(p *Proposal) { p.ReverseCharge = true }, func(t *testing.T, got Totals) {
			if got.InterimVAT != 0 || got.ConsultingVAT != 0 || got.InterimGross != got.InterimNet {
				t.Errorf("reverse charge still charges VAT: %+v", got)
			}
		}},
		{"VAT rounds half up on cents", func(p *Proposal) {
			p.Consulting.Phases = []Phase{{Name: "x", Weeks: 1, Fee: 50}} // 0.50 × 21% = 0.105
		}, func(t *testing.T, got Totals) {
			if got.ConsultingVAT != 11 {
				t.Errorf("VAT on 50 cents = %d, want 11", got.ConsultingVAT)
			}
		}},
		{"no comparator, no permanent totals", nil, func(t *testing.T, got Totals) {
			if got.Permanent != nil {
				t.Errorf("permanent = %+v", got.Permanent)
			}
		}},
		{"permanent hire over the period, with the notice entered", func(p *Proposal) {
			p.Permanent = &PermanentHire{AnnualSalary: Euros(120000), EmployerCostPct: 30, RecruitmentFeePct: 25, NoticeMonths: 3}
		}, func(t *testing.T, got Totals) {
			pt := got.Permanent
			if pt == nil {
				t.Fatal("no permanent totals")
			}
			if pt.YearlyCost != Euros(156000) || pt.RecruitmentFee != Euros(30000) {
				t.Errorf("yearly %d fee %d", pt.YearlyCost, pt.RecruitmentFee)
			}
			if pt.PeriodCost != Euros(78000) || pt.NoticeCost != Euros(39000) || pt.Total != Euros(147000) {
				t.Errorf("period %d notice %d total %d", pt.PeriodCost, pt.NoticeCost, pt.Total)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := sampleProposal()
			if tt.modify != nil {
				tt.modify(p)
			}
			tt.check(t, p.Totals())
		})
	}
}

// The case: an 8-week mandate beside a 26-week consulting offer
// was compared with a permanent hire over 8 weeks in the table and over
// whole months to week 26 in the chart. Both now use the one period.
func TestComparisonOnePeriod(t *testing.T) {
	p := sampleProposal()
	p.Interim.Weeks = 8
	p.Consulting.Phases = []Phase{{Name: "Study", Weeks: 20, Fee: Euros(60000)}, {Name: "Plan", Weeks: 6, Fee: Euros(20000)}}
	p.Permanent = &PermanentHire{AnnualSalary: Euros(120000), EmployerCostPct: 30, RecruitmentFeePct: 25}
	for _, country := range []string{"BE", "NL", "FR"} {
		t.Run(country, func(t *testing.T) {
			c := &Client{Address: Address{Country: country}}
			tot := p.TotalsFor(c)
			if tot.PeriodWeeks != 26 {
				t.Fatalf("period = %d weeks, want the longer offer's 26", tot.PeriodWeeks)
			}
			pt := tot.Permanent
			if pt.PeriodCost != Euros(156000).MulDiv(26, 52) {
				t.Errorf("period cost %d is not 26 weeks of the yearly cost", pt.PeriodCost)
			}
			curves := p.CostCurves(&tot)
			ends := map[string][2]Money{
				"interim":    {curves.Interim[len(curves.Interim)-1].Amount, tot.InterimNet},
				"consulting": {curves.Consulting[len(curves.Consulting)-1].Amount, tot.ConsultingNet},
				"permanent":  {curves.Permanent[len(curves.Permanent)-1].Amount, pt.Total},
			}
			for name, e := range ends {
				if e[0] != e[1] {
					t.Errorf("%s: the chart ends on %d, the table prints %d", name, e[0], e[1])
				}
			}
			for name, pts := range map[string][]CostPoint{"interim": curves.Interim, "consulting": curves.Consulting, "permanent": curves.Permanent} {
				if last := pts[len(pts)-1].Week; last != 26 {
					t.Errorf("%s runs to week %d, want 26", name, last)
				}
				for i := 1; i < len(pts); i++ {
					if pts[i].Week < pts[i-1].Week || pts[i].Amount < pts[i-1].Amount {
						t.Errorf("%s goes back at point %d: %+v then %+v", name, i, pts[i-1], pts[i])
					}
				}
			}
			// The notice is a step at the end, not a slope.
			n := len(curves.Permanent)
			if pt.NoticeCost+pt.TransitionFee > 0 {
				if a, b := curves.Permanent[n-2], curves.Permanent[n-1]; a.Week != b.Week || b.Amount-a.Amount != pt.NoticeCost+pt.TransitionFee {
					t.Errorf("the notice is not a step at week 26: %+v then %+v", a, b)
				}
			}
		})
	}
}

func TestPermanentNoticeByCountry(t *testing.T) {
	h := &PermanentHire{AnnualSalary: Euros(104000), EmployerCostPct: 25, RecruitmentFeePct: 25}
	tests := []struct {
		country                 string
		weeks, entered          int
		rule                    NoticeRule
		noticeWeeks, noticeMons int
		transition              Money
	}{
		// Belgium: 26 weeks is 6 months of service, 6 weeks of notice.
		{"BE", 26, 0, NoticeBE, 6, 0, 0},
		{"BE", 8, 0, NoticeBE, 1, 0, 0},
		{"BE", 104, 0, NoticeBE, 12, 0, 0},
		// The Netherlands: one month, and a third of a monthly salary per
		// year of service: 104000 / 12 / 3 / 2 for half a year.
		{"NL", 26, 0, NoticeNL, 0, 1, Euros(104000).MulDiv(1, 72)},
		{"BE", 26, 2, NoticeEntered, 0, 2, 0},
		{"DE", 26, 0, NoticeNone, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %d weeks", tt.country, tt.weeks), func(t *testing.T) {
			hh := *h
			hh.NoticeMonths = tt.entered
			p := &Proposal{Interim: InterimOffer{Weeks: tt.weeks, DaysPerWeek: 1, DayRate: 1}, Permanent: &hh}
			pt := p.TotalsFor(&Client{Address: Address{Country: tt.country}}).Permanent
			if pt.NoticeRule != tt.rule || pt.NoticeWeeks != tt.noticeWeeks || pt.NoticeMonths != tt.noticeMons || pt.TransitionFee != tt.transition {
				t.Errorf("got %s %d weeks %d months transition %d; want %s %d %d %d", pt.NoticeRule, pt.NoticeWeeks, pt.NoticeMonths,
					pt.TransitionFee, tt.rule, tt.noticeWeeks, tt.noticeMons, tt.transition)
			}
			yearly := Euros(130000)
			want := yearly.MulDiv(int64(tt.noticeWeeks), 52) + yearly.MulDiv(int64(tt.noticeMons), 12)
			if pt.NoticeCost != want {
				t.Errorf("notice cost %d, want %d", pt.NoticeCost, want)
			}
		})
	}
}

func TestBelgianNoticeWeeks(t *testing.T) {
	for months, want := range map[int]int{0: 1, 2: 1, 3: 3, 5: 5, 6: 6, 11: 7, 12: 8, 23: 11, 24: 12, 59: 15, 60: 18,
		239: 60, 240: 62, 251: 62, 252: 63, 300: 67} {
		if got := BelgianNoticeWeeks(months); got != want {
			t.Errorf("after %d months: %d weeks, want %d", months, got, want)
		}
	}
}

func TestComparisonIncludesVAT(t *testing.T) {
	p := sampleProposal()
	p.Permanent = &PermanentHire{AnnualSalary: Euros(100000), EmployerCostPct: 30, RecruitmentFeePct: 25}
	tot := p.TotalsFor(&Client{Address: Address{Country: "BE"}, CannotDeductVAT: true})
	if !tot.IncludesVAT || tot.InterimCompared() != tot.InterimGross || tot.ConsultingCompared() != tot.ConsultingGross {
		t.Errorf("a client that cannot deduct VAT compares net amounts: %+v", tot)
	}
	if tot.Permanent.RecruitmentVAT != Euros(25000).Percent(21) {
		t.Errorf("recruitment VAT = %d", tot.Permanent.RecruitmentVAT)
	}
	curves := p.CostCurves(&tot)
	if got := curves.Interim[len(curves.Interim)-1].Amount; got != tot.InterimGross {
		t.Errorf("the interim line ends on %d, want the gross %d", got, tot.InterimGross)
	}
	if got := curves.Consulting[len(curves.Consulting)-1].Amount; got != tot.ConsultingGross {
		t.Errorf("the consulting line ends on %d, want the gross %d", got, tot.ConsultingGross)
	}
	if (&Proposal{}).CostCurves(&Totals{}).Interim != nil {
		t.Error("an empty proposal has a curve")
	}
}
