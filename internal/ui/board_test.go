package ui

import (
	"context"
	"image/color"
	"math"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/domain/domaintest"
)

func near(a, b float32) bool { return math.Abs(float64(a-b)) < 0.01 }

func TestBoardScale_placesDaysAndToday(t *testing.T) {
	d := func(m time.Month, day int) domain.Date { return domain.NewDate(2026, m, day) }
	// 1 April to 30 June is 91 days over 910 points: 10 a day.
	sc := boardScale{from: d(4, 1), to: d(6, 30), today: d(5, 9), left: 200, width: 910}
	tests := []struct {
		name     string
		from, to domain.Date
		x, w     float32
		ok       bool
	}{
		{"inside", d(4, 11), d(4, 20), 300, 100, true},
		{"one day", d(5, 1), d(5, 1), 500, 10, true},
		{"begun before", domain.NewDate(2026, 1, 1), d(4, 10), 200, 100, true},
		{"open-ended", d(6, 21), domain.Date{}, 1010, 100, true},
		{"beyond", d(7, 1), d(8, 1), 0, 0, false},
		{"over before", d(3, 1), d(3, 31), 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, w, ok := sc.span(tt.from, tt.to)
			if ok != tt.ok || !near(x, tt.x) || !near(w, tt.w) {
				t.Errorf("span = %v, %v, %v; want %v, %v, %v", x, w, ok, tt.x, tt.w, tt.ok)
			}
		})
	}
	// 9 May is day 38: its middle is at 200 + 385.
	if x, ok := sc.todayX(); !ok || !near(x, 585) {
		t.Errorf("today at %v, %v; want 585", x, ok)
	}
	sc.today = d(7, 1)
	if _, ok := sc.todayX(); ok {
		t.Error("today after the window is marked")
	}
}

func TestBoardZoom_windows(t *testing.T) {
	today := domain.NewDate(2026, 5, 9) // a Saturday
	tests := []struct {
		zoom     boardZoom
		shift    int
		from, to domain.Date
	}{
		{boardZoom{weeks: 6}, 0, domain.NewDate(2026, 4, 27), domain.NewDate(2026, 6, 7)},
		{boardZoom{weeks: 6}, 1, domain.NewDate(2026, 5, 4), domain.NewDate(2026, 6, 14)},
		{boardZoom{months: 3}, 0, domain.NewDate(2026, 5, 1), domain.NewDate(2026, 7, 31)},
		{boardZoom{months: 12}, -5, domain.NewDate(2025, 12, 1), domain.NewDate(2026, 11, 30)},
	}
	for _, tt := range tests {
		from, to := tt.zoom.window(today, tt.shift)
		if from != tt.from || to != tt.to {
			t.Errorf("%+v moved %d: %s – %s, want %s – %s", tt.zoom, tt.shift, from, to, tt.from, tt.to)
		}
	}
	sc := boardScale{from: domain.NewDate(2025, 12, 1), to: domain.NewDate(2026, 2, 28)}
	var labels []string
	for _, tk := range sc.ticks(boardZoom{months: 3}) {
		labels = append(labels, tk.label)
	}
	if got := strings.Join(labels, ", "); got != "Dec 2025, Jan 2026, Feb" {
		t.Errorf("month labels = %s", got)
	}
}

// boardWorld is the window on the sample data with two managers of its
// own, whose bars are known, in the board's default window: May to July
// 2026 (today is 9 May).
type boardWorld struct {
	u                       *App
	svc                     domain.Services
	client                  string
	zoe, yves               *domain.Manager
	active, planned, notice *domain.Engagement
	ended                   *domain.Engagement
	proposal                *domain.Proposal
}

func newBoardWorld(t *testing.T) *boardWorld {
	t.Helper()
	ctx := context.Background()
	db := openStore(t)
	svc := servicesOf(db)
	today := domain.DateOf(testNow)
	if err := demo.Load(ctx, svc, today); err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	clients, _, err := svc.Clients.FindClients(ctx, domain.ClientFilter{})
	must(err)
	client := clients[0]
	bw := &boardWorld{svc: svc, client: client.DisplayName()}
	for _, m := range []**domain.Manager{&bw.zoe, &bw.yves} {
		name := "Zoë Tijdlijn"
		if m == &bw.yves {
			name = "Yves Tijdlijn"
		}
		*m = &domain.Manager{Name: name, Email: strings.ToLower(name[:2]) + "@tijdlijn.example", Headline: "Interim CFO",
			Languages: []string{"nl"}, DayRate: domain.Euros(1000), MaxDaysPerWeek: 5, Active: true}
		must(svc.Managers.CreateManager(ctx, *m))
	}
	d := func(m time.Month, day int) domain.Date { return domain.NewDate(2026, m, day) }
	add := func(m *domain.Manager, role string, start, end domain.Date) *domain.Engagement {
		t.Helper()
		e := &domain.Engagement{ClientID: client.ID, Kind: domain.KindInterim, ManagerID: m.ID, Role: role,
			Start: start, End: end, DaysPerWeek: 2, DayRate: domain.Euros(1200), ManagerDayFee: domain.Euros(900), NoticeDays: 30}
		must(svc.Lifecycle.AddEngagement(ctx, e, nil))
		return e
	}
	bw.active = add(bw.zoe, "CFO", d(4, 1), d(6, 10))
	bw.planned = add(bw.zoe, "COO", d(7, 1), domain.Date{})
	bw.ended = add(bw.yves, "Auditor", d(3, 2), d(5, 4))
	bw.notice = add(bw.yves, "CHRO", d(4, 1), d(12, 31))
	for _, e := range []*domain.Engagement{bw.active, bw.ended, bw.notice} {
		_, err := svc.Lifecycle.ActivateEngagement(ctx, e.ID, e.Start)
		must(err)
	}
	_, err = svc.Lifecycle.CompleteEngagement(ctx, bw.ended.ID, bw.ended.End)
	must(err)
	_, err = svc.Lifecycle.TerminateEngagement(ctx, bw.notice.ID, d(5, 1), "Reorganisation")
	must(err) // the last day is 31 May
	drafts, _, err := svc.Proposals.FindProposals(ctx, domain.ProposalFilter{Status: domain.ProposalDraft, Sort: "number"})
	must(err)
	p := drafts[0]
	p.ID, p.Title = 0, "Tijdlijn"
	p.Interim.ManagerID, p.Interim.Role, p.Interim.Start, p.Interim.Weeks, p.Interim.DaysPerWeek = bw.zoe.ID, "CEO", d(6, 1), 4, 3
	must(svc.Proposals.CreateProposal(ctx, p))
	_, err = svc.Proposals.IssueProposal(ctx, p.ID, today)
	must(err)
	bw.proposal, err = svc.Proposals.FindProposalByID(ctx, p.ID)
	must(err)

	a := test.NewTempApp(t)
	u, w := newTestUIOn(t, a, svc, Options{})
	w.Resize(fyne.NewSize(1280, 800))
	press(u, boardKey)
	typeText(u, u.board.search, "Tijdlijn")
	bw.u = u
	return bw
}

// boardRows are the rows the board's list has on view.
func boardRows(s *boardScreen) []*boardRow {
	var out []*boardRow
	for _, o := range objects(s.list) {
		if r, ok := o.(*boardRow); ok {
			out = append(out, r)
		}
	}
	return out
}

// row is the row on view that shows the manager, and its renderer.
func (bw *boardWorld) row(t *testing.T, id int64) (*boardRow, *boardRowRenderer) {
	t.Helper()
	for _, r := range boardRows(bw.u.board) {
		if r.data != nil && r.data.ManagerID == id && r.Visible() {
			return r, test.WidgetRenderer(r).(*boardRowRenderer)
		}
	}
	t.Fatalf("no row on view shows manager %d", id)
	return nil, nil
}

func TestBoard_barsLandWhereTheyShould(t *testing.T) {
	bw := newBoardWorld(t)
	u := bw.u
	if u.current != u.board {
		t.Fatalf("Ctrl+6 shows %s", u.current.name())
	}
	if u.board.total.n != 2 || u.board.count.Text != "2 managers" {
		t.Fatalf("the board shows %d managers (%q), want the two Tijdlijns", u.board.total.n, u.board.count.Text)
	}
	if got := u.board.heading.Text; got != "Who is free when: 01/05/2026 – 31/07/2026" {
		t.Errorf("heading = %q", got)
	}

	row, r := bw.row(t, bw.zoe.ID)
	// May to July is 92 days, across the row right of the names.
	left := boardNameWidth
	day := (row.Size().Width - left - theme.Padding()) / 92
	type want struct {
		id    int64
		x, w  float32
		color color.NRGBA
	}
	check := func(r *boardRowRenderer, wants []want) {
		t.Helper()
		if len(r.row.hits) != len(wants) {
			t.Fatalf("%s has %d bars drawn, want %d", r.row.data.Name, len(r.row.hits), len(wants))
		}
		for i, w := range wants {
			rect, hit := r.bars[i], r.row.hits[i]
			if hit.bar.ID != w.id || !near(rect.Position().X, w.x) || !near(rect.Size().Width, w.w-1) || rect.FillColor != w.color {
				t.Errorf("bar %d of %s: record %d at x %.2f, %.2f wide, %v; want %d at %.2f, %.2f, %v",
					i, r.row.data.Name, hit.bar.ID, rect.Position().X, rect.Size().Width, rect.FillColor, w.id, w.x, w.w-1, w.color)
			}
		}
	}
	proposed := boardColors[domain.BarProposed]
	proposed.A = 0x45
	check(r, []want{
		// Begun in April, so from the left edge, to 10 June: 41 days.
		{bw.active.ID, left, 41 * day, boardColors[domain.BarActive]},
		// 4 weeks from 1 June, day 31.
		{bw.proposal.ID, left + 31*day, 28 * day, proposed},
		// Open-ended from 1 July, day 61, to the right edge.
		{bw.planned.ID, left + 61*day, 31 * day, boardColors[domain.BarPlanned]},
	})
	if r.bars[1].StrokeColor != boardColors[domain.BarProposed] {
		t.Errorf("the proposal has no outline: %v", r.bars[1].StrokeColor)
	}
	// The proposal overlaps the active engagement: it goes in a lane below.
	if row.laneCount != 2 || r.bars[1].Position().Y <= r.bars[0].Position().Y || r.bars[2].Position().Y != r.bars[0].Position().Y {
		t.Errorf("lanes %d: bars at y %v, %v, %v", row.laneCount, r.bars[0].Position().Y, r.bars[1].Position().Y, r.bars[2].Position().Y)
	}
	// Today, 9 May, is day 8: the marker is in the middle of it.
	if x := r.today.Position1.X; !r.today.Visible() || !near(x, left+8.5*day) {
		t.Errorf("today's marker at %v, want %v", x, left+8.5*day)
	}
	if want := bw.client + ", CFO (2 d/wk)"; r.labels[0].Text != want {
		t.Errorf("the active bar's label = %q, want %q", r.labels[0].Text, want)
	}

	_, ry := bw.row(t, bw.yves.ID)
	check(ry, []want{
		{bw.ended.ID, left, 4 * day, boardColors[domain.BarEnded]},
		// Notice given on 1 May: 30 days, to 31 May.
		{bw.notice.ID, left, 31 * day, boardColors[domain.BarNotice]},
	})

	// The header names the months at their first days.
	hr := test.WidgetRenderer(u.board.header).(*boardHeaderRenderer)
	var months []string
	for _, l := range hr.labels {
		if l.Visible() {
			months = append(months, l.Text)
		}
	}
	if got := strings.Join(months, ", "); got != "May 2026, Jun, Jul" {
		t.Errorf("header = %s", got)
	}
	if !near(hr.todayLine.Position1.X, left+8.5*day) {
		t.Errorf("the header's today at %v, the rows' at %v", hr.todayLine.Position1.X, left+8.5*day)
	}

	// The year's zoom puts the same bar a third as wide.
	u.board.zoom.SetSelectedIndex(3)
	u.waitIdle()
	row, r = bw.row(t, bw.zoe.ID)
	yearDay := (row.Size().Width - left - theme.Padding()) / 365
	if w := r.bars[1].Size().Width; !near(w, 28*yearDay-1) {
		t.Errorf("a year wide, the proposal is %.2f wide, want %.2f", w, 28*yearDay-1)
	}
}

func TestBoard_tapOpensTheRecord(t *testing.T) {
	bw := newBoardWorld(t)
	u := bw.u
	tapBar := func(id int64, bar int) {
		t.Helper()
		row, r := bw.row(t, id)
		p := r.bars[bar].Position().Add(fyne.NewPos(3, 3))
		test.TapAt(row, p)
		u.waitIdle()
	}
	tapBar(bw.zoe.ID, 0)
	if u.current != u.engagements || u.engagements.loaded == nil || u.engagements.loaded.ID != bw.active.ID {
		t.Errorf("the active bar opens %s, engagement %v", u.current.name(), u.engagements.loaded)
	}
	press(u, boardKey)
	tapBar(bw.zoe.ID, 1)
	if u.current != u.proposals || u.proposals.loaded == nil || u.proposals.loaded.ID != bw.proposal.ID {
		t.Errorf("the proposal's bar opens %s, proposal %v", u.current.name(), u.proposals.loaded)
	}
	press(u, boardKey)
	row, _ := bw.row(t, bw.yves.ID)
	test.TapAt(row, fyne.NewPos(20, 10))
	u.waitIdle()
	if u.current != u.managers || u.managers.loaded == nil || u.managers.loaded.ID != bw.yves.ID {
		t.Errorf("the name opens %s, manager %v", u.current.name(), u.managers.loaded)
	}
	// Between the bars nothing opens.
	press(u, boardKey)
	row, r := bw.row(t, bw.zoe.ID)
	test.TapAt(row, fyne.NewPos(r.bars[2].Position().X-3, r.bars[2].Position().Y+3))
	u.waitIdle()
	if u.current != u.board {
		t.Errorf("a tap beside the bars opens %s", u.current.name())
	}
	// The pointer on a bar says what it is.
	row.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: r.bars[1].Position().Add(fyne.NewPos(2, 2))}})
	if got := u.board.info.Text; !strings.HasPrefix(got, "Proposal ") || !strings.Contains(got, "CEO (3 d/wk): Proposed, 01/06/2026 – 28/06/2026") {
		t.Errorf("the pointer on the proposal says %q", got)
	}
}

// fakeBoard is a board of generated managers: manager i speaks French
// when i is even, and has an engagement for a few months after a start
// that moves with i.
type fakeBoard struct {
	domaintest.Unimplemented
	n int

	mu      sync.Mutex
	filters []domain.ManagerFilter
}

func (f *fakeBoard) row(i int, from domain.Date) domain.BoardRow {
	start := from.AddDays(i % 60)
	return domain.BoardRow{ManagerID: int64(i + 1), Name: "Manager " + formatYear(i+1),
		Status: domain.ManagerStatus{Availability: domain.OnMandate, Until: start.AddDays(90), DaysBooked: 3, MaxDays: 5},
		Bars: []domain.BoardBar{
			{Kind: domain.BarEngagement, ID: int64(2*i + 1), Client: "Client " + formatYear(i%500), Role: "Interim CFO", Status: domain.BarActive, From: start.AddDays(-30), To: start.AddDays(90), DaysPerWeek: 3},
			{Kind: domain.BarProposal, ID: int64(2*i + 2), Client: "Prospect", Role: "COO", Status: domain.BarProposed, From: start.AddDays(60), To: start.AddDays(150), DaysPerWeek: 2},
		}}
}

func (f *fakeBoard) Board(_ context.Context, flt domain.ManagerFilter, from, _ domain.Date) ([]domain.BoardRow, int, error) {
	f.mu.Lock()
	f.filters = append(f.filters, flt)
	f.mu.Unlock()
	var out []domain.BoardRow
	if flt.Language == "" {
		for i := flt.Offset; i < f.n && len(out) < flt.Limit; i++ {
			out = append(out, f.row(i, from))
		}
		return out, f.n, nil
	}
	keep := func(i int) bool { return flt.Language != "fr" || i%2 == 0 }
	total := f.n
	if flt.Language == "fr" {
		total = (f.n + 1) / 2
	}
	for i, seen := 0, 0; i < f.n && len(out) < flt.Limit; i++ {
		if !keep(i) {
			continue
		}
		if seen >= flt.Offset {
			out = append(out, f.row(i, from))
		}
		seen++
	}
	return out, total, nil
}

func TestBoard_filtersChangeTheRows(t *testing.T) {
	fb := &fakeBoard{n: 7}
	svc := (&fakeStore{}).services()
	svc.Board = fb
	u, w := newTestUI(t, svc, Options{})
	w.Resize(fyne.NewSize(1280, 800))
	press(u, boardKey)
	if u.board.total.n != 7 {
		t.Fatalf("the board shows %d managers, want 7", u.board.total.n)
	}
	u.board.filters.language.SetSelectedIndex(2) // French
	u.waitIdle()
	fb.mu.Lock()
	last := fb.filters[len(fb.filters)-1]
	fb.mu.Unlock()
	if last.Language != "fr" || last.Sort != "name" || last.Limit != boardPageSize {
		t.Errorf("the board asked for %+v", last)
	}
	if u.board.total.n != 4 || u.board.count.Text != "4 managers" {
		t.Errorf("French speakers: %d (%q), want 4", u.board.total.n, u.board.count.Text)
	}
	var names []string
	for _, r := range boardRows(u.board) {
		if r.data != nil && r.Visible() {
			names = append(names, r.data.Name)
		}
	}
	sort.Strings(names)
	if got := strings.Join(names, ", "); got != "Manager 1, Manager 3, Manager 5, Manager 7" {
		t.Errorf("rows on view: %s", got)
	}
	// Each keystroke asks the store, in the background and in no set
	// order; the board keeps the answer to the last.
	typeText(u, u.board.search, "finance")
	fb.mu.Lock()
	asked := false
	for _, f := range fb.filters {
		asked = asked || f.Query == "finance" && f.Language == "fr"
	}
	fb.mu.Unlock()
	if f := u.board.filter; !asked || f.Query != "finance" || f.Language != "fr" {
		t.Errorf("the search shows %+v, asked the store: %v", f, asked)
	}
}
