package domain

import (
	"reflect"
	"testing"
	"time"
)

// issuedDoc is version 2 of a proposal as it was frozen when issued.
func issuedDoc() *ProposalDocument {
	p := Proposal{
		ID: 11, ClientID: 7, Title: "Financial control at De Kroon",
		Interim: InterimOffer{ManagerID: 3, Role: "Interim CFO", Objectives: "Close in 8 days", ExitCriteria: "New CFO hired",
			Start: NewDate(2026, time.June, 1), Weeks: 26, DaysPerWeek: 4, DayRate: Euros(1250)},
		Consulting: ConsultingOffer{Approach: "Diagnosis and plan", Deliverables: "Report\nPlan",
			Phases: []Phase{{Name: "Diagnosis", Weeks: 3, Fee: Euros(18500)}, {Name: "Plan", Weeks: 4, Fee: Euros(24000)}}},
		VATRate: 21, ValidityDays: 30, Status: ProposalIssued, Number: "OFF-2026-0007", Version: 2,
	}
	return &ProposalDocument{Proposal: p, Totals: p.Totals(), Number: p.Number, Version: 2, Date: NewDate(2026, time.May, 9)}
}

func TestEngagementFromProposal(t *testing.T) {
	on := NewDate(2026, time.May, 20)
	tests := []struct {
		name   string
		option OfferKind
		opts   AcceptOptions
		edit   func(d *ProposalDocument)
		want   *Engagement
		field  string // the field of the refusal
	}{
		{"interim copies the version", KindInterim, AcceptOptions{On: on}, nil, &Engagement{
			ClientID: 7, ProposalID: 11, ProposalVersion: 2, Kind: KindInterim, ManagerID: 3, Role: "Interim CFO",
			Start: NewDate(2026, time.June, 1), End: NewDate(2026, time.November, 29), DaysPerWeek: 4,
			DayRate: Euros(1250), NoticeDays: 30, Status: EngagementPlanned}, ""},
		{"another start and notice", KindInterim, AcceptOptions{On: on, Start: NewDate(2026, time.June, 8), NoticeDays: 14}, nil, &Engagement{
			ClientID: 7, ProposalID: 11, ProposalVersion: 2, Kind: KindInterim, ManagerID: 3, Role: "Interim CFO",
			Start: NewDate(2026, time.June, 8), End: NewDate(2026, time.December, 6), DaysPerWeek: 4,
			DayRate: Euros(1250), NoticeDays: 14, Status: EngagementPlanned}, ""},
		{"the notice the proposal promised", KindInterim, AcceptOptions{On: on}, func(d *ProposalDocument) { d.Proposal.NoticeDays = 45 }, &Engagement{
			ClientID: 7, ProposalID: 11, ProposalVersion: 2, Kind: KindInterim, ManagerID: 3, Role: "Interim CFO",
			Start: NewDate(2026, time.June, 1), End: NewDate(2026, time.November, 29), DaysPerWeek: 4,
			DayRate: Euros(1250), NoticeDays: 45, Status: EngagementPlanned}, ""},
		{"open-ended mandate", KindInterim, AcceptOptions{On: on}, func(d *ProposalDocument) { d.Proposal.Interim.Weeks = 0 }, &Engagement{
			ClientID: 7, ProposalID: 11, ProposalVersion: 2, Kind: KindInterim, ManagerID: 3, Role: "Interim CFO",
			Start: NewDate(2026, time.June, 1), DaysPerWeek: 4, DayRate: Euros(1250), NoticeDays: 30, Status: EngagementPlanned}, ""},
		{"manager named at acceptance", KindInterim, AcceptOptions{On: on, ManagerID: 5}, func(d *ProposalDocument) { d.Proposal.Interim.ManagerID = 0 }, &Engagement{
			ClientID: 7, ProposalID: 11, ProposalVersion: 2, Kind: KindInterim, ManagerID: 5, Role: "Interim CFO",
			Start: NewDate(2026, time.June, 1), End: NewDate(2026, time.November, 29), DaysPerWeek: 4,
			DayRate: Euros(1250), NoticeDays: 30, Status: EngagementPlanned}, ""},
		{"consulting takes the fee and weeks", KindConsulting, AcceptOptions{On: on}, nil, &Engagement{
			ClientID: 7, ProposalID: 11, ProposalVersion: 2, Kind: KindConsulting, Role: "Financial control at De Kroon",
			Start: on, End: NewDate(2026, time.July, 7), Fee: Euros(42500), NoticeDays: 30, Status: EngagementPlanned}, ""},
		{"no manager proposed or named", KindInterim, AcceptOptions{On: on}, func(d *ProposalDocument) { d.Proposal.Interim.ManagerID = 0 }, nil, "Manager"},
		{"another manager than proposed", KindInterim, AcceptOptions{On: on, ManagerID: 5}, nil, nil, "Manager"},
		{"a manager for consulting", KindConsulting, AcceptOptions{On: on, ManagerID: 5}, nil, nil, "Manager"},
		{"start to be agreed", KindInterim, AcceptOptions{On: on}, func(d *ProposalDocument) { d.Proposal.Interim.Start = Date{} }, nil, "Start date"},
		{"no day rate", KindInterim, AcceptOptions{On: on}, func(d *ProposalDocument) { d.Proposal.Interim.DayRate = 0 }, nil, "Day rate"},
		{"no consulting fee", KindConsulting, AcceptOptions{On: on}, func(d *ProposalDocument) { d.Totals.ConsultingNet = 0 }, nil, "Fee"},
		{"unknown option", "permanent", AcceptOptions{On: on}, nil, nil, "Option"},
		{"override without reason", KindInterim, AcceptOptions{On: on, Override: &CapacityOverride{}}, nil, nil, "Override reason"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := issuedDoc()
			if tt.edit != nil {
				tt.edit(d)
			}
			got, err := EngagementFromProposal(d, tt.option, tt.opts)
			if tt.field != "" {
				if ErrorCode(err) != EINVALID || ErrorField(err) != tt.field {
					t.Fatalf("err = %v (field %q), want EINVALID about %q", err, ErrorField(err), tt.field)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestEngagementLifecycle(t *testing.T) {
	d := func(m time.Month, day int) Date { return NewDate(2026, m, day) }
	base := func(s EngagementStatus) Engagement {
		return Engagement{ID: 9, Kind: KindInterim, ManagerID: 1, ClientID: 1, Start: d(time.June, 1), End: d(time.November, 29),
			DaysPerWeek: 4, DayRate: Euros(1000), NoticeDays: 30, Status: s}
	}
	noticed := base(EngagementActive)
	noticed.TerminatedOn, noticed.EndReason = d(time.August, 31), "Budget cut."

	tests := []struct {
		name   string
		e      Engagement
		change func(e *Engagement) error
		want   func(e *Engagement) // the engagement after the change
		code   string              // the code of a refusal
	}{
		{"activate planned", base(EngagementPlanned), (*Engagement).Activate,
			func(e *Engagement) { e.Status = EngagementActive }, ""},
		{"activate active", base(EngagementActive), (*Engagement).Activate, nil, ECONFLICT},
		{"complete on the planned end", base(EngagementActive), func(e *Engagement) error { return e.Complete(d(time.December, 3)) },
			func(e *Engagement) { e.Status = EngagementCompleted }, ""},
		{"complete early frees the manager", base(EngagementActive), func(e *Engagement) error { return e.Complete(d(time.October, 2)) },
			func(e *Engagement) { e.Status, e.End = EngagementCompleted, d(time.October, 2) }, ""},
		{"complete planned", base(EngagementPlanned), func(e *Engagement) error { return e.Complete(d(time.October, 2)) }, nil, ECONFLICT},
		{"complete before the start", base(EngagementActive), func(e *Engagement) error { return e.Complete(d(time.May, 2)) }, nil, EINVALID},
		{"complete under notice is terminated", noticed, func(e *Engagement) error { return e.Complete(d(time.September, 1)) },
			func(e *Engagement) { e.Status = EngagementTerminated }, ""},
		{"notice: last day from the period, still active", base(EngagementActive),
			func(e *Engagement) error { return e.GiveNotice(d(time.July, 10), " Budget cut. ", d(time.July, 10)) },
			func(e *Engagement) { e.TerminatedOn, e.EndReason = d(time.August, 9), "Budget cut." }, ""},
		{"notice recorded after the last day", base(EngagementActive),
			func(e *Engagement) error { return e.GiveNotice(d(time.July, 10), "Budget cut.", d(time.August, 20)) },
			func(e *Engagement) {
				e.TerminatedOn, e.EndReason, e.Status = d(time.August, 9), "Budget cut.", EngagementTerminated
			}, ""},
		{"notice before the start cancels", base(EngagementPlanned),
			func(e *Engagement) error {
				return e.GiveNotice(d(time.April, 1), "Merger called off.", d(time.April, 1))
			},
			func(e *Engagement) {
				e.TerminatedOn, e.EndReason, e.Status = d(time.June, 1), "Merger called off.", EngagementTerminated
			}, ""},
		{"notice without reason", base(EngagementActive), func(e *Engagement) error { return e.GiveNotice(d(time.July, 10), "", d(time.July, 10)) }, nil, EINVALID},
		{"notice running to the planned end", base(EngagementActive),
			func(e *Engagement) error { return e.GiveNotice(d(time.November, 10), "Done.", d(time.November, 10)) }, nil, EINVALID},
		{"notice after the end", base(EngagementActive),
			func(e *Engagement) error { return e.GiveNotice(d(time.December, 10), "Done.", d(time.December, 10)) }, nil, EINVALID},
		{"notice twice", noticed, func(e *Engagement) error { return e.GiveNotice(d(time.August, 1), "Again.", d(time.August, 1)) }, nil, ECONFLICT},
		{"notice on a completed one", base(EngagementCompleted), func(e *Engagement) error { return e.GiveNotice(d(time.August, 1), "Late.", d(time.August, 1)) }, nil, ECONFLICT},
		{"extend", base(EngagementActive), func(e *Engagement) error { return e.Extend(d(time.December, 31)) },
			func(e *Engagement) { e.End = d(time.December, 31) }, ""},
		{"extend to an earlier day", base(EngagementActive), func(e *Engagement) error { return e.Extend(d(time.November, 1)) }, nil, EINVALID},
		{"extend under notice", noticed, func(e *Engagement) error { return e.Extend(d(time.December, 31)) }, nil, ECONFLICT},
		{"extend open-ended", func() Engagement { e := base(EngagementActive); e.End = Date{}; return e }(),
			func(e *Engagement) error { return e.Extend(d(time.December, 31)) }, nil, ECONFLICT},
		{"extend completed", base(EngagementCompleted), func(e *Engagement) error { return e.Extend(d(time.December, 31)) }, nil, ECONFLICT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.e
			err := tt.change(&e)
			if tt.code != "" {
				if ErrorCode(err) != tt.code {
					t.Fatalf("err = %v, want %s", err, tt.code)
				}
				if !reflect.DeepEqual(e, tt.e) {
					t.Errorf("a refused change altered the engagement:\n%+v", e)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := tt.e
			tt.want(&want)
			if !reflect.DeepEqual(e, want) {
				t.Errorf("got\n%+v\nwant\n%+v", e, want)
			}
			if err := e.Validate(); err != nil {
				t.Errorf("the result does not validate: %v", err)
			}
		})
	}
}

func TestProposalNotice(t *testing.T) {
	if n := NewProposal().Notice(); n != DefaultNoticeDays {
		t.Errorf("a new proposal promises %d days", n)
	}
	if n := (&Proposal{}).Notice(); n != DefaultNoticeDays {
		t.Errorf("a proposal saved before the notice existed promises %d days", n)
	}
	p := issuedDoc().Proposal
	p.Interim.ManagerDayFee = Euros(1000) // required beside a manager since the margin
	for _, tc := range []struct {
		days int
		ok   bool
	}{{0, true}, {14, true}, {365, true}, {-1, false}, {366, false}} {
		p.NoticeDays = tc.days
		if err := p.Validate(); (err == nil) != tc.ok || (err != nil && ErrorField(err) != "Notice period") {
			t.Errorf("notice %d: %v", tc.days, err)
		}
	}
}
