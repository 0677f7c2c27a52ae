package domain

import (
	"reflect"
	"testing"
	"time"
)

// A copy of an accepted proposal is a draft that was never issued, with
// the same content, and changing it leaves the original as it was.
func TestProposal_CopyAsDraft(t *testing.T) {
	p := &Proposal{ID: 7, ClientID: 3, Title: "Financial turnaround", Situation: "Cash is short.",
		Interim: InterimOffer{ManagerID: 2, Role: "Interim CFO", Weeks: 12, DaysPerWeek: 4, DayRate: Euros(1250), ManagerDayFee: Euros(1000)},
		Consulting: ConsultingOffer{Approach: "Diagnosis first.", Phases: []Phase{{Name: "Diagnosis", Weeks: 3, Fee: Euros(15000)}},
			ManagerID: 2, ManagerDayFee: Euros(900), ManagerDays: 5},
		Permanent:   &PermanentHire{AnnualSalary: Euros(120000), EmployerCostPct: 30, RecruitmentFeePct: 25},
		Recommended: KindInterim, Recommendation: "The mandate.", Terms: "Travel at cost.", Language: LangNL,
		VATRate: 21, VATReason: "A reason.", ValidityDays: 30, NoticeDays: 15, MarginReason: "Launch price.",
		Status: ProposalAccepted, StatusDate: NewDate(2026, 5, 1), AcceptedOption: KindInterim,
		Number: "OFF-2026-0007", Version: 2, IssuedOn: NewDate(2026, 4, 20), Rev: 5,
		CreatedAt: time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC), UpdatedAt: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}
	c := p.CopyAsDraft()

	if c.ID != 0 || c.Rev != 0 || c.Number != "" || c.Version != 0 || !c.IssuedOn.IsZero() ||
		c.Status != ProposalDraft || !c.StatusDate.IsZero() || c.AcceptedOption != "" || !c.CreatedAt.IsZero() || !c.UpdatedAt.IsZero() {
		t.Errorf("the copy keeps what belongs to the original's history: %+v", c)
	}
	want := *p
	want.ID, want.Rev, want.Number, want.Version, want.IssuedOn = 0, 0, "", 0, Date{}
	want.Status, want.StatusDate, want.AcceptedOption = ProposalDraft, Date{}, ""
	want.CreatedAt, want.UpdatedAt = time.Time{}, time.Time{}
	if c.Title != want.Title || c.ClientID != want.ClientID || !reflect.DeepEqual(c.Interim, want.Interim) || c.Consulting.Approach != want.Consulting.Approach ||
		c.Consulting.ManagerID != 2 || c.Consulting.ManagerDayFee != Euros(900) || c.Consulting.ManagerDays != 5 ||
		len(c.Consulting.Phases) != 1 || c.Consulting.Phases[0] != p.Consulting.Phases[0] || *c.Permanent != *p.Permanent ||
		c.Recommended != KindInterim || c.Recommendation != want.Recommendation || c.Terms != want.Terms || c.Language != LangNL ||
		c.VATRate != 21 || c.VATReason != want.VATReason || c.ValidityDays != 30 || c.NoticeDays != 15 || c.MarginReason != want.MarginReason ||
		c.Situation != want.Situation {
		t.Errorf("the copy lost content:\n got %+v\nwant %+v", c, want)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("the copy of a valid proposal does not validate: %v", err)
	}

	c.Consulting.Phases[0].Fee = Euros(1)
	c.Permanent.AnnualSalary = Euros(1)
	if p.Consulting.Phases[0].Fee != Euros(15000) || p.Permanent.AnnualSalary != Euros(120000) {
		t.Error("changing the copy changed the original")
	}
}
