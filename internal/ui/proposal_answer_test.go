package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// reissueWithout issues the proposal whose title holds search again, its
// interim mandate without the manager and/or the start: a version that
// leaves them to be agreed. It returns the manager the sample proposed.
func reissueWithout(t *testing.T, dw *docWorld, search string, manager, start bool) *domain.Manager {
	t.Helper()
	ctx := context.Background()
	ps, _, err := dw.svc.Proposals.FindProposals(ctx, domain.ProposalFilter{Query: search})
	if err != nil || len(ps) != 1 {
		t.Fatalf("%d proposals for %q: %v", len(ps), search, err)
	}
	p := ps[0]
	m, err := dw.svc.Managers.FindManagerByID(ctx, p.Interim.ManagerID)
	if err != nil {
		t.Fatal(err)
	}
	if manager {
		p.Interim.ManagerID = 0
	}
	if start {
		p.Interim.Start = domain.Date{}
	}
	if err := dw.svc.Proposals.UpdateProposal(ctx, p); err != nil {
		t.Fatal(err)
	}
	if _, err := dw.svc.Proposals.IssueProposal(ctx, p.ID, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestClientAnswer_asksForWhatTheVersionLeftOpen: a version issued without
// a manager or a start cannot become an engagement as it is. The answer
// dialog asks for what is missing once the mandate is chosen, checks it as
// the store will, and the acceptance creates the engagement with it.
func TestClientAnswer_asksForWhatTheVersionLeftOpen(t *testing.T) {
	tests := []struct {
		name           string
		manager, start bool // left open in the version
		want           string
	}{
		{"no manager", true, false, "Choose the manager who takes the mandate."},
		{"no start", false, true, "Give the day the mandate starts."},
		{"neither", true, true, "Choose the manager who takes the mandate."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dw := newDocWorld(t)
			ctx := context.Background()
			proposed := reissueWithout(t, dw, "Post-merger", tt.manager, tt.start)
			u, s := dw.u, dw.u.proposals
			p := dw.open("Post-merger")
			tap(u, s.docs.answer)
			a := shownLast[*answerDialog](u)
			if a == nil {
				t.Fatalf("no answer dialog; the window says:\n%s", overlayTexts(dw.w))
			}
			if (a.manager != nil) != tt.manager || (a.start != nil) != tt.start {
				t.Fatalf("the dialog asks for a manager %v and a start %v", a.manager != nil, a.start != nil)
			}
			if a.accept.Visible() {
				t.Error("the mandate's fields show before the mandate was chosen")
			}

			// The consulting offer needs neither.
			a.choice.SetSelected("Accepted: the consulting offer")
			u.waitIdle()
			if a.accept.Visible() || a.record.Disabled() {
				t.Errorf("consulting: fields shown %v, record disabled %v (%q)", a.accept.Visible(), a.record.Disabled(), a.message.Text)
			}

			a.choice.SetSelected("Accepted: the interim mandate")
			u.waitIdle()
			if !a.accept.Visible() || !a.record.Disabled() || !strings.HasPrefix(a.message.Text, tt.want) {
				t.Fatalf("mandate: fields shown %v, record disabled %v, message %q; want %q",
					a.accept.Visible(), a.record.Disabled(), a.message.Text, tt.want)
			}
			if tt.manager {
				pick(t, u, a.manager, proposed.Name)
				if a.manager.id != proposed.ID {
					t.Fatalf("picked manager %d, want %d", a.manager.id, proposed.ID)
				}
			}
			start := p.Interim.Start
			if tt.start {
				typeText(u, a.start, "someday")
				if !a.record.Disabled() || !strings.HasPrefix(a.message.Text, "Start date:") {
					t.Errorf("an unreadable start: record disabled %v, message %q", a.record.Disabled(), a.message.Text)
				}
				typeText(u, a.start, "1-6-2026")
				start = domain.NewDate(2026, 6, 1)
			}
			if a.record.Disabled() {
				t.Fatalf("Record answer stays disabled: %q", a.message.Text)
			}
			tap(u, a.record)

			got, err := dw.svc.Proposals.FindProposalByID(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != domain.ProposalAccepted || got.AcceptedOption != domain.KindInterim {
				t.Fatalf("the proposal is %s %q (the window says %q)", got.Status, got.AcceptedOption, overlayTexts(dw.w))
			}
			es, _, err := dw.svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{ManagerID: proposed.ID})
			if err != nil {
				t.Fatal(err)
			}
			var e *domain.Engagement
			for _, it := range es {
				if it.ProposalID == p.ID {
					e = it
				}
			}
			if e == nil {
				t.Fatalf("no engagement of %s for proposal %d", proposed.Name, p.ID)
			}
			if e.Start != start || e.ProposalVersion != 3 || e.DayRate != p.Interim.DayRate {
				t.Errorf("engagement starts %s from version %d at %d; want %s, 3, %d", e.Start, e.ProposalVersion, e.DayRate, start, p.Interim.DayRate)
			}
		})
	}
}

// TestClientAnswer_aCompleteVersionAsksNothingMore: the usual case stays
// as it was, two clicks.
func TestClientAnswer_aCompleteVersionAsksNothingMore(t *testing.T) {
	dw := newDocWorld(t)
	u, s := dw.u, dw.u.proposals
	dw.open("Post-merger")
	tap(u, s.docs.answer)
	a := shownLast[*answerDialog](u)
	a.choice.SetSelected("Accepted: the interim mandate")
	u.waitIdle()
	if a.manager != nil || a.start != nil || a.accept.Visible() || a.record.Disabled() {
		t.Errorf("a version with a manager and a start asks for them again (record disabled %v, %q)", a.record.Disabled(), a.message.Text)
	}
}
