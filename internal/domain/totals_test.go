package domain

import "testing"

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
		{"permanent hire over the mandate's weeks", func(p *Proposal) {
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

func TestCostCurve(t *testing.T) {
	p := sampleProposal()
	p.Permanent = &PermanentHire{AnnualSalary: Euros(120000), EmployerCostPct: 30, RecruitmentFeePct: 25, NoticeMonths: 3}
	pts := p.CostCurve()
	tot := p.Totals()
	if len(pts) != 7 { // 26 weeks is 6 months
		t.Fatalf("len = %d, want 7", len(pts))
	}
	last := pts[len(pts)-1]
	if last.Interim != tot.InterimNet || last.Consulting != tot.ConsultingNet || last.Permanent != tot.Permanent.RecruitmentFee+tot.Permanent.YearlyCost.MulDiv(6, 12)+tot.Permanent.NoticeCost {
		t.Errorf("last point %+v does not end at the totals %+v", last, tot)
	}
	if pts[0].Interim != 0 || pts[0].Consulting != 0 || pts[0].Permanent != tot.Permanent.RecruitmentFee {
		t.Errorf("month 0 = %+v", pts[0])
	}
	for i := 1; i < len(pts); i++ {
		if pts[i].Interim < pts[i-1].Interim || pts[i].Consulting < pts[i-1].Consulting || pts[i].Permanent < pts[i-1].Permanent {
			t.Errorf("curve goes down at month %d: %+v then %+v", i, pts[i-1], pts[i])
		}
	}
	if (&Proposal{}).CostCurve() != nil {
		t.Error("an empty proposal has a curve")
	}
}
