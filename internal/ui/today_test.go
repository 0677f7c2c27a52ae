package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// todayWorld is the window on the sample data, on a fresh start, with one
// proposal issued 20 days ago (valid 30 days: 10 days left) and one
// engagement of Anneliese Verbruggen ending in 20 days added, so every section of
// the first screen has a line.
type todayWorld struct {
	u          *App
	w          fyne.Window
	proposal   *domain.Proposal
	engagement *domain.Engagement
}

func newTodayWorld(t *testing.T, language string) *todayWorld {
	t.Helper()
	ctx := context.Background()
	db := openStore(t)
	svc := servicesOf(db)
	today := domain.DateOf(testNow)
	if err := demo.Load(ctx, svc, today); err != nil {
		t.Fatal(err)
	}
	drafts, _, err := svc.Proposals.FindProposals(ctx, domain.ProposalFilter{Status: domain.ProposalDraft, Sort: "number"})
	if err != nil || len(drafts) == 0 {
		t.Fatalf("sample drafts: %v, %v", drafts, err)
	}
	p := drafts[0]
	p.ValidityDays = 30
	if err := svc.Proposals.UpdateProposal(ctx, p); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Proposals.IssueProposal(ctx, p.ID, today.AddDays(-20)); err != nil {
		t.Fatal(err)
	}
	if p, err = svc.Proposals.FindProposalByID(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	clients, _, err := svc.Clients.FindClients(ctx, domain.ClientFilter{})
	if err != nil {
		t.Fatal(err)
	}
	managers, _, err := svc.Managers.FindManagers(ctx, domain.ManagerFilter{Query: "Anne"})
	if err != nil || len(managers) == 0 {
		t.Fatalf("sample manager Anne: %v", err)
	}
	e := &domain.Engagement{ClientID: clients[0].ID, Kind: domain.KindInterim, ManagerID: managers[0].ID, Role: "Interim HR lead",
		Start: today.AddDays(-60), End: today.AddDays(20), DaysPerWeek: 1, DayRate: domain.Euros(1000), ManagerDayFee: domain.Euros(800)}
	override := &domain.CapacityOverride{Reason: "test"}
	if err := svc.Lifecycle.AddEngagement(ctx, e, override); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLastScreen, "") // a fresh start
	a.Preferences().SetString(prefLanguage, language)
	u, w := newTestUIOn(t, a, svc, Options{})
	w.Resize(fyne.NewSize(1280, 800))
	return &todayWorld{u: u, w: w, proposal: p, engagement: e}
}

func buttonTexts(bs []*widget.Button) string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Text)
	}
	return strings.Join(out, "\n")
}

func TestToday_firstScreenShowsWhatNeedsDoing(t *testing.T) {
	tw := newTodayWorld(t, "en")
	u, s := tw.u, tw.u.todayScr
	if u.current != s {
		t.Fatalf("a fresh start opens %s, want today", u.current.name())
	}
	if s.heading.Text != "What needs doing on 09/05/2026" {
		t.Errorf("heading = %q", s.heading.Text)
	}
	// The sample has two drafts (one now issued), two issued, two
	// accepted, one declined and one expired in the last 12 months.
	statuses := buttonTexts(s.statusLines)
	for _, want := range []string{"Draft: 1 proposal, €", "Issued: 3 proposals, €", "Accepted: 2 proposals, €", "Declined: 1 proposal, €", "Expired: 1 proposal, €"} {
		if !strings.Contains(statuses, want) {
			t.Errorf("status lines lack %q:\n%s", want, statuses)
		}
	}
	if !strings.Contains(statuses, "expected margin €") {
		t.Errorf("status lines show no margin:\n%s", statuses)
	}
	if got := buttonTexts(s.expiring); !strings.Contains(got, tw.proposal.Number) || !strings.Contains(got, "valid until 19/05/2026") {
		t.Errorf("expiring = %q, want %s valid until 19/05/2026", got, tw.proposal.Number)
	}
	if got := buttonTexts(s.ending); !strings.Contains(got, "Interim HR lead (Interim): ends 29/05/2026") || !strings.Contains(got, "with Anneliese Verbruggen") {
		t.Errorf("ending = %q", got)
	}
	// Anneliese is free when the added engagement ends; Daniël's last one
	// of the sample ends on 28 June.
	if got := buttonTexts(s.freeManager); got != "Anneliese Verbruggen: free from 30/05/2026\nDaniël de Vries: free from 29/06/2026" {
		t.Errorf("free soon = %q", got)
	}
	if len(s.won) != 1 || s.won[0].Text != "Interim: 2 of 2 (100%), €216,400.00" {
		t.Errorf("won = %v", s.won)
	}

	// Each line opens its record.
	tap(u, s.expiring[0])
	u.waitIdle()
	if u.current != u.proposals || u.proposals.loaded == nil || u.proposals.loaded.ID != tw.proposal.ID {
		t.Errorf("the expiring line opens %s, proposal %v", u.current.name(), u.proposals.loaded)
	}
	press(u, todayKey)
	u.waitIdle()
	if u.current != s {
		t.Fatalf("Ctrl+0 shows %s", u.current.name())
	}
	tap(u, s.ending[0])
	u.waitIdle()
	if u.current != u.engagements || u.engagements.loaded == nil || u.engagements.loaded.ID != tw.engagement.ID {
		t.Errorf("the ending line opens %s, engagement %v", u.current.name(), u.engagements.loaded)
	}
	press(u, todayKey)
	u.waitIdle()
	tap(u, s.freeManager[0])
	u.waitIdle()
	if u.current != u.managers || u.managers.loaded == nil || u.managers.loaded.Name != "Anneliese Verbruggen" {
		t.Errorf("the free manager's line opens %s, manager %v", u.current.name(), u.managers.loaded)
	}
	press(u, todayKey)
	u.waitIdle()
	tap(u, s.statusLines[1])
	u.waitIdle()
	if u.current != u.proposals || u.proposals.statusFilter.Selected != "Issued" {
		t.Errorf("the issued line shows %s filtered on %q", u.current.name(), u.proposals.statusFilter.Selected)
	}
}

func TestToday_amountsAndDatesInTheScreenLanguage(t *testing.T) {
	tw := newTodayWorld(t, "nl")
	s := tw.u.todayScr
	if s.heading.Text != "Wat er te doen is op 09-05-2026" {
		t.Errorf("heading = %q", s.heading.Text)
	}
	if len(s.won) != 1 || s.won[0].Text != "Interim: 2 van 2 (100\u00a0%), € 216.400,00" {
		t.Errorf("won = %q", s.won[0].Text)
	}
}

func TestRecordStory_clientAndManagerFormsListTheirRecords(t *testing.T) {
	tw := newTodayWorld(t, "en")
	u := tw.u
	press(u, fyne.Key1)
	u.waitIdle()
	u.managers.open(tw.engagement.ManagerID)
	u.waitIdle()
	got := buttonTexts(u.managers.story.lines)
	if !strings.Contains(got, "Interim HR lead: Planned, 10/03/2026 – 29/05/2026") {
		t.Errorf("manager's story = %q", got)
	}
	var line *widget.Button
	for _, b := range u.managers.story.lines {
		if strings.Contains(b.Text, "Interim HR lead") {
			line = b
		}
	}
	if line == nil {
		t.Fatal("no line for the added engagement")
	}
	tap(u, line)
	u.waitIdle()
	if u.current != u.engagements || u.engagements.loaded == nil || u.engagements.loaded.ID != tw.engagement.ID {
		t.Errorf("the manager's line opens %s", u.current.name())
	}

	press(u, fyne.Key2)
	u.waitIdle()
	u.clients.open(tw.proposal.ClientID)
	u.waitIdle()
	got = buttonTexts(u.clients.story.lines)
	if !strings.Contains(got, "Proposal "+tw.proposal.Number+" "+tw.proposal.Title+": Issued, €") {
		t.Errorf("client's story lacks the issued proposal:\n%s", got)
	}
	tap(u, u.clients.story.lines[0])
	u.waitIdle()
	if u.current != u.proposals || u.proposals.loaded == nil {
		t.Errorf("the client's line opens %s", u.current.name())
	}
}

// Before its first figures arrive the screen says it is reading them,
// rather than stay blank on a large database.
func TestToday_saysItIsReadingUntilTheFiguresArrive(t *testing.T) {
	tw := newTodayWorld(t, "en")
	u, s := tw.u, tw.u.todayScr
	s.figures = nil
	s.reload()
	if got := labelTexts(s.body); !strings.Contains(got, "Reading the figures…") {
		t.Fatalf("while reading the screen shows %q", got)
	}
	u.waitIdle()
	if got := labelTexts(s.body); strings.Contains(got, "Reading the figures…") {
		t.Errorf("the reading line stays after the figures arrived: %q", got)
	}
	if s.figures == nil {
		t.Error("no figures after the read")
	}
}

// labelTexts is the text of every visible label in o, one a line.
func labelTexts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range objects(o) {
		if l, ok := x.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// A section of many lines shows the first ten, soonest first, and a
// button that shows ten more on each tap: on a large database a section
// holds thousands, and a button each took the screen 25 seconds to lay
// out. The headings of the managers' horizons come with their lines.
func TestToday_longSectionsShowTenLinesThenMoreOnEachTap(t *testing.T) {
	tw := newTodayWorld(t, "en")
	u, s := tw.u, tw.u.todayScr
	on := domain.DateOf(testNow)
	today := &domain.Today{On: on, WonSince: on.AddDays(-365)}
	for i := range 25 {
		today.Expiring = append(today.Expiring, domain.ProposalLine{ID: int64(i + 1), Number: fmt.Sprintf("OFF-2026-%03d", i+1),
			Title: "Interim CFO", Client: "Acme NV", ValidUntil: on.AddDays(i % 14), Value: domain.Euros(1000)})
	}
	for i := range 13 {
		within := 30
		if i >= 8 {
			within = 60
		}
		today.FreeSoon = append(today.FreeSoon, domain.ManagerLine{ID: tw.engagement.ManagerID, Name: fmt.Sprintf("Manager %02d", i+1),
			FreeFrom: on.AddDays(i + 1), Within: within})
	}
	s.show(today)

	more := func() []*widget.Button {
		var out []*widget.Button
		for _, o := range objects(s.body) {
			if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "Show more") {
				out = append(out, b)
			}
		}
		return out
	}
	if len(s.expiring) != 10 || len(s.freeManager) != 10 {
		t.Fatalf("%d expiring and %d free lines shown at first, want 10 and 10", len(s.expiring), len(s.freeManager))
	}
	buttons := more()
	if len(buttons) != 2 || buttons[0].Text != "Show more (15 not shown yet)" || buttons[1].Text != "Show more (3 not shown yet)" {
		t.Fatalf("more buttons: %v", buttonTexts(buttons))
	}
	if got := s.expiring[9].Text; !strings.HasPrefix(got, "OFF-2026-010 ") {
		t.Errorf("the tenth line is %q", got)
	}

	tap(u, buttons[0])
	if len(s.expiring) != 20 || buttons[0].Text != "Show more (5 not shown yet)" {
		t.Errorf("after a tap: %d lines, %q", len(s.expiring), buttons[0].Text)
	}
	tap(u, buttons[0])
	if len(s.expiring) != 25 || !strings.HasPrefix(s.expiring[24].Text, "OFF-2026-025 ") {
		t.Errorf("after two taps: %d lines", len(s.expiring))
	}
	if got := more(); len(got) != 1 || got[0] != buttons[1] {
		t.Errorf("the expiring section still offers more: %v", buttonTexts(got))
	}

	tap(u, buttons[1])
	if len(s.freeManager) != 13 || len(more()) != 0 {
		t.Fatalf("free lines after the tap: %d, more buttons %d", len(s.freeManager), len(more()))
	}
	headings := strings.Count(labelTexts(s.body), "Within 30 days") + 10*strings.Count(labelTexts(s.body), "Within 60 days")
	if headings != 11 {
		t.Errorf("horizon headings: %q", labelTexts(s.body))
	}
	tap(u, s.freeManager[12])
	u.waitIdle()
	if u.current != u.managers {
		t.Errorf("a line shown by the button opens %s", u.current.name())
	}
}
