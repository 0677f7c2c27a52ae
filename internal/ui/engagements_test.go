package ui

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestEngagementDetail_figuresAreReadOnlyAndStepsFollowTheStatus(t *testing.T) {
	tests := []struct {
		role                                  string
		status                                string
		activate, complete, terminate, extend bool
	}{
		{"CFO ad interim", "Active", false, true, true, true},
		{"Supply chain director", "Planned", true, false, true, true},
		{"Directrice RH", "Completed", false, false, false, false},
		{"CIO ad interim", "Terminated; the last day was 08/02/2026", false, false, false, false},
	}
	ew := newEngWorld(t, engOptions{})
	s := ew.u.engagements
	for _, tt := range tests {
		t.Run(tt.role, func(t *testing.T) {
			ew.open(tt.role)
			if s.status.Text != tt.status {
				t.Errorf("status says %q, want %q", s.status.Text, tt.status)
			}
			for name, b := range map[string]struct {
				btn  *widget.Button
				want bool
			}{
				"Activate": {s.steps.activate, tt.activate}, "Complete": {s.steps.complete, tt.complete},
				"Terminate": {s.steps.terminate, tt.terminate}, "Extend": {s.steps.extend, tt.extend},
			} {
				if b.btn.Disabled() == b.want {
					t.Errorf("%s enabled %v, want %v", name, !b.btn.Disabled(), b.want)
				}
			}
			if s.steps.history.Disabled() {
				t.Error("History is disabled")
			}
			// Nothing in the form edits the dates or the status: those go
			// through the steps, which check the rules and log them.
			for _, o := range objects(s.ed.form) {
				switch o.(type) {
				case *widget.Select, *widget.Check:
					t.Errorf("the form has a %T; the status is changed by the steps only", o)
				}
			}
			entries := 0
			for _, o := range objects(s.ed.form) {
				// The manager's fee is the firm's own figure: editable
				// while a mandate runs, each change kept in the history.
				// The outcome and the client reference are the record's
				// words, not figures.
				if e, ok := o.(*textField); ok && e != s.role && e != s.notes && e != s.margin.fee &&
					e != s.outcome && e != s.reference {
					entries++
				}
			}
			if entries > 0 {
				t.Errorf("the form has %d entries beside role, notes, outcome, reference and the manager's fee", entries)
			}
			if live := s.loaded.Status.Live() && s.loaded.Kind == domain.KindInterim; s.margin.fee.Disabled() == live {
				t.Errorf("the manager's fee enabled %v, want %v", !s.margin.fee.Disabled(), live)
			}
		})
	}
}

func TestEngagementNotes_areSavedWithoutTouchingTheStatus(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	s := ew.u.engagements
	e := ew.open("CFO ad interim")
	typeText(ew.u, s.notes, "Board meeting moved to Thursday.")
	press(ew.u, fyne.KeyS)
	got := ew.stored(e.ID)
	if got.Notes != "Board meeting moved to Thursday." || got.Status != domain.EngagementActive || got.End != e.End {
		t.Errorf("stored %+v (message %q)", got, s.ed.message.Text)
	}
	if s.ed.dirty() {
		t.Error("the form still counts as changed after saving")
	}
}

// TestTerminate_showsTheLastDayBeforeRecordingIt: the dialog computes the
// last day with the domain as the notice date is typed, refuses what the
// domain refuses, and records exactly what it showed.
func TestTerminate_showsTheLastDayBeforeRecordingIt(t *testing.T) {
	tests := []struct {
		name, role, given string
		outcome, message  string
		status            domain.EngagementStatus
		last              domain.Date
	}{
		{name: "notice runs its period", role: "CFO ad interim", given: "11-5-2026",
			outcome: "Notice given on 11/05/2026 runs 30 days: the last day is 10/06/2026.",
			status:  domain.EngagementActive, last: domain.NewDate(2026, 6, 10)},
		{name: "the last day is already past", role: "CFO ad interim", given: "2026-04-01",
			outcome: "Notice given on 01/04/2026 runs 30 days: the last day was 01/05/2026, so the engagement ends at once.",
			status:  domain.EngagementTerminated, last: domain.NewDate(2026, 5, 1)},
		{name: "notice before a planned start", role: "Supply chain director", given: "2026-04-20",
			outcome: "The notice runs out before the start on 30/05/2026: the engagement is cancelled and never starts.",
			status:  domain.EngagementTerminated, last: domain.NewDate(2026, 5, 30)},
		{name: "notice that only reaches the planned end", role: "CFO ad interim", given: "2026-08-01",
			message: "Notice date: notice given on 2026-08-01 runs 30 days, to 2026-08-23, the planned end: the engagement ends as planned, not early."},
		{name: "notice after the end", role: "CFO ad interim", given: "2026-09-01",
			message: "Notice date: 2026-09-01 is after the planned end 2026-08-23; the engagement had already ended."},
		{name: "an unreadable date", role: "CFO ad interim", given: "someday", message: "Notice given on:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ew := newEngWorld(t, engOptions{})
			s := ew.u.engagements
			e := ew.open(tt.role)
			tap(ew.u, s.steps.terminate)
			d := shownLast[*stepDialog](ew.u)
			if d == nil || d.fields[0].Text != "09/05/2026" {
				t.Fatal("the dialog is missing or does not start on today")
			}
			typeText(ew.u, d.fields[0], tt.given)
			if d.outcome.Text != tt.outcome {
				t.Errorf("before the reason the dialog says %q, want %q", d.outcome.Text, tt.outcome)
			}
			if !d.ok.Disabled() {
				t.Error("notice can be given without a reason")
			}
			typeText(ew.u, d.fields[1], "The client's new owner brings its own finance team.")
			if tt.message != "" {
				if !strings.HasPrefix(d.message.Text, tt.message) || !d.ok.Disabled() {
					t.Errorf("message %q, button enabled %v; want %q and disabled", d.message.Text, !d.ok.Disabled(), tt.message)
				}
				tap(ew.u, d.ok)
				if got := ew.stored(e.ID); got.Rev != e.Rev {
					t.Errorf("a refused notice was written: %+v", got)
				}
				return
			}
			if d.ok.Disabled() || d.message.Text != "" {
				t.Fatalf("valid notice: button disabled %v, message %q", d.ok.Disabled(), d.message.Text)
			}
			tap(ew.u, d.ok)
			got := ew.stored(e.ID)
			if got.Status != tt.status || got.TerminatedOn != tt.last || got.EndReason != "The client's new owner brings its own finance team." {
				t.Errorf("stored status %s, last day %s, reason %q; want %s, %s", got.Status, got.TerminatedOn, got.EndReason, tt.status, tt.last)
			}
			if len(linesWith(ew.history(e.ID), "last day "+tt.last.String()+"; reason: “The client's new owner")) != 1 {
				t.Errorf("the history has no notice: %q", ew.history(e.ID))
			}
			if !strings.Contains(s.status.Text, formatDate(tt.last)) {
				t.Errorf("the form's status says %q; want the last day %s", s.status.Text, formatDate(tt.last))
			}
			if !s.steps.terminate.Disabled() || !s.steps.extend.Disabled() {
				t.Error("notice can be given, or the engagement extended, after notice was given")
			}
		})
	}
}

func TestCompleteAndActivate(t *testing.T) {
	t.Run("complete before the planned end frees the manager", func(t *testing.T) {
		ew := newEngWorld(t, engOptions{})
		s := ew.u.engagements
		e := ew.open("CFO ad interim")
		tap(ew.u, s.steps.complete)
		d := shownLast[*stepDialog](ew.u)
		typeText(ew.u, d.fields[0], "2026-05-08")
		want := "It ends before the planned end 23/08/2026: the end moves to 08/05/2026, and the manager is free from the next day."
		if d.outcome.Text != want {
			t.Errorf("the dialog says %q, want %q", d.outcome.Text, want)
		}
		typeText(ew.u, d.fields[0], "2026-01-01")
		if !strings.HasPrefix(d.message.Text, "End date: 2026-01-01 is before the start date") || !d.ok.Disabled() {
			t.Errorf("an end before the start says %q", d.message.Text)
		}
		typeText(ew.u, d.fields[0], "2026-05-08")
		tap(ew.u, d.ok)
		if got := ew.stored(e.ID); got.Status != domain.EngagementCompleted || got.End != domain.NewDate(2026, 5, 8) {
			t.Errorf("stored %s ending %s", got.Status, got.End)
		}
		if s.status.Text != "Completed" {
			t.Errorf("the form says %q", s.status.Text)
		}
	})
	t.Run("activate records the day it started", func(t *testing.T) {
		ew := newEngWorld(t, engOptions{})
		s := ew.u.engagements
		e := ew.open("Supply chain director")
		tap(ew.u, s.steps.activate)
		d := shownLast[*stepDialog](ew.u)
		if !strings.Contains(d.outcome.Text, "The planned start was 30/05/2026") {
			t.Errorf("activating early says %q", d.outcome.Text)
		}
		tap(ew.u, d.ok)
		if got := ew.stored(e.ID); got.Status != domain.EngagementActive {
			t.Errorf("stored %s", got.Status)
		}
		if h := linesWith(ew.history(e.ID), "activated: started on 2026-05-09 (planned start 2026-05-30)"); len(h) != 1 {
			t.Errorf("history %q", ew.history(e.ID))
		}
	})
}

func TestExtend_isLoggedWithTheDayItWasAgreed(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	s := ew.u.engagements
	e := ew.open("Supply chain director")
	tap(ew.u, s.steps.extend)
	d := shownLast[*stepDialog](ew.u)
	if !d.ok.Disabled() || d.message.Text != "" {
		t.Errorf("before a date: button enabled %v, message %q", !d.ok.Disabled(), d.message.Text)
	}
	typeText(ew.u, d.fields[0], "2026-09-01")
	if !strings.HasPrefix(d.message.Text, "New end date: 2026-09-01 is not after the current end date 2026-09-18.") {
		t.Errorf("an earlier end says %q", d.message.Text)
	}
	typeText(ew.u, d.fields[0], "31-10-2026")
	typeText(ew.u, d.fields[1], "2026-05-07")
	if d.outcome.Text != "The end moves from 18/09/2026 to 31/10/2026." {
		t.Errorf("the dialog says %q", d.outcome.Text)
	}
	tap(ew.u, d.ok)
	if got := ew.stored(e.ID); got.End != domain.NewDate(2026, 10, 31) {
		t.Errorf("stored end %s", got.End)
	}
	if h := linesWith(ew.history(e.ID), "extended: planned end moved from 2026-09-18 to 2026-10-31, agreed on 2026-05-07"); len(h) != 1 {
		t.Errorf("history %q", ew.history(e.ID))
	}
	if s.period.Text != "30/05/2026 to 31/10/2026" {
		t.Errorf("the form shows the period %q", s.period.Text)
	}
}

// bookManager fills the days of the manager of the engagement with role
// from the day after its end, so that extending it collides.
func bookManager(t *testing.T, svc domain.Services, role string) {
	t.Helper()
	ctx := context.Background()
	es, _, err := svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if !strings.Contains(e.Role, role) {
			continue
		}
		m, err := svc.Managers.FindManagerByID(ctx, e.ManagerID)
		if err != nil {
			t.Fatal(err)
		}
		other := &domain.Engagement{ClientID: e.ClientID, Kind: domain.KindInterim, ManagerID: m.ID, Role: "Interim COO",
			Start: e.End.AddDays(1), End: e.End.AddDays(90), DaysPerWeek: m.MaxDaysPerWeek, DayRate: domain.Euros(1000), NoticeDays: 30}
		if err := svc.Lifecycle.AddEngagement(ctx, other, nil); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatalf("no engagement %q", role)
}

func TestExtend_capacityConflictNeedsAReasonThatIsRecorded(t *testing.T) {
	ew := newEngWorld(t, engOptions{setUp: func(svc domain.Services) { bookManager(t, svc, "Supply chain director") }})
	s := ew.u.engagements
	e := ew.open("Supply chain director")
	tap(ew.u, s.steps.extend)
	typeText(ew.u, shownLast[*stepDialog](ew.u).fields[0], "2026-10-31")
	tap(ew.u, shownLast[*stepDialog](ew.u).ok)

	text := overlayTexts(ew.w)
	for _, want := range []string{"from 19/09/2026 this engagement (3 days a week) would come on top of:",
		"Interim COO for ", "19/09/2026 to 17/12/2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("the conflict does not say %q:\n%s", want, text)
		}
	}
	if got := ew.stored(e.ID); got.End != e.End {
		t.Fatalf("the conflict was written before the override: end %s", got.End)
	}
	book := overlayButton(t, ew.w, "Book anyway")
	if !book.Disabled() {
		t.Error("Book anyway works without a reason")
	}
	typeText(ew.u, overlayEntry(t, ew.w), "The client pays the overlap; agreed with the manager.")
	tap(ew.u, book)
	if got := ew.stored(e.ID); got.End != domain.NewDate(2026, 10, 31) {
		t.Errorf("after the override the end is %s", got.End)
	}
	if h := linesWith(ew.history(e.ID), "capacity override: reason: “The client pays the overlap; agreed with the manager.” (the capacity check said:"); len(h) != 1 {
		t.Errorf("the override is not in the history: %q", ew.history(e.ID))
	}
}

func TestNewEngagement_capacityConflictIsRefusedUnlessOverridden(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u, s := ew.u, ew.u.engagements
	cfo := ew.open("CFO ad interim")
	m, err := ew.svc.Managers.FindManagerByID(context.Background(), cfo.ManagerID)
	if err != nil {
		t.Fatal(err)
	}
	before := ew.count()

	press(u, fyne.KeyN)
	d := shownLast[*newEngagementDialog](ew.u)
	if d == nil || !d.add.Disabled() || d.message.Text != "" {
		t.Fatal("the new engagement dialog is missing, can add at once, or scolds before anything was typed")
	}
	pick(t, u, d.client, "Peeters")
	pick(t, u, d.manager, m.Name)
	typeText(u, d.role, "Interim CFO, second site")
	typeText(u, d.start, "2026-06-30")
	typeText(u, d.end, "2026-06-01")
	if !strings.HasPrefix(d.message.Text, "End date: 2026-06-01 is before the start date 2026-06-30.") || !d.add.Disabled() {
		t.Errorf("an end before the start says %q", d.message.Text)
	}
	typeText(u, d.start, "2026-06-01")
	typeText(u, d.end, "2026-07-31")
	typeText(u, d.days, "1")
	typeText(u, d.dayRate, "1.200")
	typeText(u, d.managerFee.fee, "1.000") // the roster's € 1.550 is above this client's rate
	if d.add.Disabled() {
		t.Fatalf("a valid engagement cannot be added: %q", d.message.Text)
	}
	tap(u, d.add)

	text := overlayTexts(ew.w)
	for _, want := range []string{
		m.Name + " works at most 4 days a week, and from 01/06/2026 this engagement (1 day a week) would come on top of:",
		"CFO ad interim for ", "23/02/2026 to 23/08/2026, 4 days a week",
		"That makes 5 days a week in all.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the conflict does not say %q:\n%s", want, text)
		}
	}
	// Cancel writes nothing, and the typed engagement is still there.
	tap(u, overlayButton(t, ew.w, "Cancel"))
	if n := ew.count(); n != before {
		t.Fatalf("%d engagements after cancelling the override, %d before", n, before)
	}
	tap(u, d.add)
	typeText(u, overlayEntry(t, ew.w), "Two days a month on the second site, agreed with the board.")
	tap(u, overlayButton(t, ew.w, "Book anyway"))

	if n := ew.count(); n != before+1 {
		t.Fatalf("%d engagements after the override, %d before", n, before)
	}
	e := s.loaded
	if e == nil || e.Role != "Interim CFO, second site" || e.DaysPerWeek != 1 || e.Status != domain.EngagementPlanned {
		t.Fatalf("the form shows %+v", e)
	}
	h := ew.history(e.ID)
	if len(linesWith(h, "added: kind interim, status planned")) != 1 ||
		len(linesWith(h, "capacity override: reason: “Two days a month on the second site, agreed with the board.” (the capacity check said:")) != 1 {
		t.Errorf("history %q", h)
	}
	if ew.w.Canvas().Overlays().Top() != nil {
		t.Errorf("a dialog is left open: %q", overlayTexts(ew.w))
	}
}

// TestAccept_createsTheEngagementFromTheIssuedVersion: accepting the
// mandate on the proposal creates the engagement with the figures of the
// version the client signed (version 2, with its revised rate and weeks),
// and a conflict with the manager's other work can be overridden there
// too.
func TestAccept_createsTheEngagementFromTheIssuedVersion(t *testing.T) {
	var managerID int64
	ew := newEngWorld(t, engOptions{setUp: func(svc domain.Services) {
		ctx := context.Background()
		ps, _, err := svc.Proposals.FindProposals(ctx, domain.ProposalFilter{Query: "Post-merger"})
		if err != nil || len(ps) != 1 {
			t.Fatalf("%d proposals, %v", len(ps), err)
		}
		managerID = ps[0].Interim.ManagerID
		m, err := svc.Managers.FindManagerByID(ctx, managerID)
		if err != nil {
			t.Fatal(err)
		}
		// The manager already works all week from June.
		if err := svc.Lifecycle.AddEngagement(ctx, &domain.Engagement{ClientID: ps[0].ClientID, Kind: domain.KindInterim, ManagerID: m.ID,
			Role: "Interim COO", Start: domain.NewDate(2026, 6, 1), End: domain.NewDate(2026, 6, 30),
			DaysPerWeek: m.MaxDaysPerWeek, DayRate: domain.Euros(1000), NoticeDays: 30}, nil); err != nil {
			t.Fatal(err)
		}
	}})
	u := ew.u
	press(u, fyne.Key3)
	p := u.proposals
	typeText(u, p.list.search, "Post-merger")
	p.list.selectRow(0)
	u.waitIdle()
	id := p.loaded.ID
	before := ew.count()

	tap(u, p.docs.answer)
	shownLast[*answerDialog](u).choice.SetSelected("Accepted: the interim mandate")
	u.waitIdle()
	tap(u, shownLast[*answerDialog](u).record)
	if !strings.Contains(overlayTexts(ew.w), "Interim COO for ") || !strings.Contains(overlayTexts(ew.w), "01/06/2026 to 30/06/2026") {
		t.Fatalf("the conflict does not name the other engagement:\n%s", overlayTexts(ew.w))
	}
	if got, _ := ew.svc.Proposals.FindProposalByID(context.Background(), id); got.Status != domain.ProposalIssued {
		t.Fatalf("the refused acceptance changed the proposal to %s", got.Status)
	}
	typeText(u, overlayEntry(t, ew.w), "The COO mandate ends early; the board knows.")
	tap(u, overlayButton(t, ew.w, "Book anyway"))

	if n := ew.count(); n != before+1 {
		t.Fatalf("%d engagements after accepting, %d before", n, before)
	}
	es, _, err := ew.svc.Engagements.FindEngagements(context.Background(), domain.EngagementFilter{ManagerID: managerID})
	if err != nil {
		t.Fatal(err)
	}
	var e *domain.Engagement
	for _, x := range es {
		if x.ProposalID == id {
			e = x
		}
	}
	if e == nil {
		t.Fatal("no engagement for the proposal")
	}
	v, err := ew.svc.Proposals.ProposalVersion(context.Background(), id, 2)
	if err != nil {
		t.Fatal(err)
	}
	var signed domain.ProposalDocument
	if err := json.Unmarshal(v.Data, &signed); err != nil {
		t.Fatal(err)
	}
	in := signed.Proposal.Interim
	if e.ProposalVersion != 2 || e.DayRate != in.DayRate || e.DaysPerWeek != in.DaysPerWeek || e.Start != in.Start ||
		e.End != in.Start.AddDays(in.Weeks*7-1) || e.DayRate != domain.Euros(1500) {
		t.Errorf("engagement %+v does not carry the figures of version 2 (%+v)", e, in)
	}
	if h := linesWith(ew.history(e.ID), "capacity override: reason: “The COO mandate ends early; the board knows.” (the capacity check said:"); len(h) != 1 {
		t.Errorf("history %q", ew.history(e.ID))
	}
	if p.status.Text != "Accepted (interim mandate) on 09/05/2026" {
		t.Errorf("the proposal says %q", p.status.Text)
	}
}

func TestHistory_listsTheSteps(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	s := ew.u.engagements
	ew.open("Supply chain director")
	tap(ew.u, s.steps.activate)
	tap(ew.u, shownLast[*stepDialog](ew.u).ok)
	tap(ew.u, s.steps.history)
	text := overlayTexts(ew.w)
	if !strings.Contains(text, "Activated\n09/05/2026\n") || !strings.Contains(text, "started on 2026-05-09 (planned start 2026-05-30)") {
		t.Errorf("the history says:\n%s", text)
	}
}

// TestGolden_engagementDetail is the detail of an active engagement whose
// contract was printed: the steps, the contract's actions, the read-only
// figures and the printed version, on Fyne's test theme (see golden_test.go).
func TestGolden_engagementDetail(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	ew.w.Resize(fyne.NewSize(1200, 760))
	ew.open("CFO ad interim")
	tap(ew.u, ew.u.engagements.contract.first)
	tap(ew.u, overlayButton(t, ew.w, "Save as PDF and open"))
	test.AssertRendersToMarkup(t, "engagement_detail.xml", ew.w.Canvas())
}

func TestNewEngagement_consultingHasAFeeAndNoManager(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u, s := ew.u, ew.u.engagements
	press(u, fyne.KeyN)
	d := shownLast[*newEngagementDialog](ew.u)
	pick(t, u, d.client, "Scheldevallei")
	d.kind.SetSelected("Consulting")
	u.waitIdle()
	if !d.manager.button.Disabled() || !d.dayRate.Disabled() || d.fee.Disabled() {
		t.Errorf("consulting: manager enabled %v, day rate enabled %v, fee enabled %v",
			!d.manager.button.Disabled(), !d.dayRate.Disabled(), !d.fee.Disabled())
	}
	typeText(u, d.role, "Review of the waste service")
	typeText(u, d.start, "2026-06-01")
	typeText(u, d.end, "2026-07-31")
	typeText(u, d.fee, "24.500")
	tap(u, d.add)
	e := s.loaded
	if e == nil || e.Kind != domain.KindConsulting || e.ManagerID != 0 || e.Fee != domain.Euros(24500) || e.DayRate != 0 {
		t.Fatalf("stored %+v (message %q)", e, d.message.Text)
	}
	if s.terms.Text != "Fixed fee of €24,500.00" {
		t.Errorf("the form shows the terms %q", s.terms.Text)
	}
}
