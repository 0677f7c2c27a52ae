package domain

import (
	"strings"
	"testing"
	"time"
)

// TestEngagementOutcomeValidation: the outcome and the client reference
// are one bounded line each, refused with a sentence naming the field.
func TestEngagementOutcomeValidation(t *testing.T) {
	base := func() *Engagement {
		return &Engagement{ClientID: 1, Kind: KindInterim, ManagerID: 2, Role: "CFO a.i.", Start: NewDate(2026, time.March, 2),
			DaysPerWeek: 4, DayRate: Euros(1250), ManagerDayFee: Euros(1000), Status: EngagementActive}
	}
	for _, tc := range []struct {
		name  string
		edit  func(e *Engagement)
		field string
		want  string
	}{
		{"both filled", func(e *Engagement) {
			e.Outcome, e.Reference = "Refinanced €40M; handed over to the new CFO", "Jan Peeters, CEO"
		}, "", ""},
		{"neither", func(*Engagement) {}, "", ""},
		{"outcome on two lines", func(e *Engagement) { e.Outcome = "Refinanced.\nHanded over." }, OutcomeLabel, "one line of plain text"},
		{"outcome too long", func(e *Engagement) { e.Outcome = strings.Repeat("x", MaxOutcomeLen+1) }, OutcomeLabel, "longer than 300"},
		{"reference on two lines", func(e *Engagement) { e.Reference = "Jan Peeters\nCEO" }, ReferenceLabel, "one line of plain text"},
		{"reference too long", func(e *Engagement) { e.Reference = strings.Repeat("é", MaxReferenceLen+1) }, ReferenceLabel, "longer than 200"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := base()
			tc.edit(e)
			err := e.Validate()
			if tc.field == "" {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			if ErrorCode(err) != EINVALID || ErrorField(err) != tc.field || !strings.Contains(ErrorMessage(err), tc.want) {
				t.Errorf("err = %v (field %q), want field %q and %q", err, ErrorField(err), tc.field, tc.want)
			}
		})
	}
	// The track record is not a figure: it can be written after the end.
	s := base()
	s.ID, s.Status = 7, EngagementCompleted
	e := *s
	e.Outcome, e.Reference = "Closed the plant on time", "An Claes, HR"
	if err := e.CheckEdit(s); err != nil {
		t.Errorf("editing the outcome of a completed engagement: %v", err)
	}
}

// TestProposalReferencesValidation: at most MaxReferences, each once, and
// only with a manager to take them from.
func TestProposalReferencesValidation(t *testing.T) {
	for _, tc := range []struct {
		name    string
		manager int64
		refs    []int64
		want    string // "" when accepted
	}{
		{"none", 0, nil, ""},
		{"three", 4, []int64{1, 2, 3}, ""},
		{"five", 4, []int64{1, 2, 3, 4, 5}, ""},
		{"six", 4, []int64{1, 2, 3, 4, 5, 6}, "at most 5 mandates"},
		{"twice", 4, []int64{1, 2, 1}, "engagement 1 is chosen twice"},
		{"zero", 4, []int64{0}, "0 is not an engagement number"},
		{"no manager", 0, []int64{1}, "choose the manager first"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := NewProposal()
			p.ClientID, p.Title, p.ValidityDays, p.VATRate = 1, "Interim CFO", 30, 21
			p.Interim.ManagerID, p.Interim.References = tc.manager, tc.refs
			err := p.Validate()
			if tc.want == "" {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			if ErrorField(err) != ReferencesLabel || !strings.Contains(ErrorMessage(err), tc.want) {
				t.Errorf("err = %v (field %q), want field %q and %q", err, ErrorField(err), ReferencesLabel, tc.want)
			}
		})
	}
}

// TestMandateReferenceEndsWhenItEnded: an engagement ended early prints
// its last day, not its planned end; the figures stay out.
func TestMandateReferenceEndsWhenItEnded(t *testing.T) {
	e := &Engagement{ID: 9, Role: "COO a.i.", Start: NewDate(2025, time.January, 6), End: NewDate(2025, time.December, 31),
		TerminatedOn: NewDate(2025, time.September, 30), DayRate: Euros(1400), ManagerDayFee: Euros(1100),
		Outcome: "Turned the plant around", Reference: "Jan Peeters, CEO"}
	r := NewMandateReference(e, "Acme")
	want := MandateReference{EngagementID: 9, Client: "Acme", Role: "COO a.i.", Start: e.Start, End: e.TerminatedOn,
		Outcome: "Turned the plant around", Reference: "Jan Peeters, CEO"}
	if r != want {
		t.Errorf("reference %+v, want %+v", r, want)
	}
}
