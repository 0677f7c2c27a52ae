package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// todayScreen is the first screen: what needs doing. Its figures come from
// the domain (domain.ComputeToday), over the data the store gives; it only
// words them. Each line is a button that opens its record.
type todayScreen struct {
	parts widgetParts
	svc   domain.TodayService
	today func() domain.Date
	hooks todayHooks

	heading *widget.Label
	body    *fyne.Container
	root    fyne.CanvasObject

	// The lines last shown, for the tests to read and tap.
	figures                                    *domain.Today
	statusLines, expiring, ending, freeManager []*widget.Button
	won                                        []*widget.Label
}

// todayHooks are how a line opens its record on another screen.
type todayHooks struct {
	openProposal   func(id int64)
	openEngagement func(id int64)
	openManager    func(id int64)
	// proposalsIn shows the proposals of one status.
	proposalsIn func(st domain.ProposalStatus)
}

func newTodayScreen(parts widgetParts, svc domain.TodayService, today func() domain.Date, hooks todayHooks) *todayScreen {
	s := &todayScreen{parts: parts, svc: svc, today: today, hooks: hooks}
	s.heading = widget.NewLabel("")
	s.heading.TextStyle = fyne.TextStyle{Bold: true}
	s.heading.SizeName = theme.SizeNameHeadingText
	s.body = container.NewVBox()
	s.root = container.NewBorder(s.heading, nil, nil, nil, container.NewVScroll(container.NewPadded(s.body)))
	return s
}

func (s *todayScreen) name() string               { return screenToday }
func (s *todayScreen) title() string              { return lang.L("Today") }
func (s *todayScreen) content() fyne.CanvasObject { return s.root }
func (s *todayScreen) editor() *editor            { return nil }
func (s *todayScreen) newRecord()                 {}
func (s *todayScreen) focusSearch()               {}
func (s *todayScreen) generate() {
	showInfo(s.parts.win, lang.L("Not available yet"), lang.L("This screen has no document; select a proposal or an engagement and press Ctrl+P."))
}

// shown reads the figures again each time: they follow every change made
// on the other screens and the day.
func (s *todayScreen) shown() { s.reload() }

func (s *todayScreen) reload() {
	on := s.today()
	s.heading.SetText(lang.X("today.heading", "What needs doing on {{.Date}}", map[string]any{"Date": formatDate(on)}))
	// On a large database the figures take a moment (a second or more
	// while the start's backup runs): the screen says so rather than
	// stay blank. Figures already shown stay until the new ones arrive.
	if s.figures == nil {
		reading := widget.NewLabel(lang.L("Reading the figures…"))
		reading.Importance = widget.LowImportance
		s.body.Objects = []fyne.CanvasObject{reading}
		s.body.Refresh()
	}
	s.parts.work.background(func(ctx context.Context) func() {
		data, err := s.svc.TodayData(ctx, on)
		var t *domain.Today
		if err == nil {
			t = domain.ComputeToday(data, on)
		}
		return func() {
			if err != nil {
				s.parts.showError(err)
				return
			}
			s.show(t)
		}
	})
}

// show lays out the figures, one section each.
func (s *todayScreen) show(t *domain.Today) {
	s.figures = t
	s.statusLines, s.expiring, s.ending, s.freeManager, s.won = nil, nil, nil, nil, nil
	s.body.Objects = []fyne.CanvasObject{
		section(lang.L("Proposals by status"), lang.L("Open proposals, and those answered in the last 12 months: their value and the margin they are expected to leave."), s.statusSection(t)),
		section(lang.L("Validity ends within 14 days"), lang.L("Issued proposals to follow up with the client before they lapse."), s.expiringSection(t)),
		section(lang.L("Engagements ending within 6 weeks"), lang.L("The moment to offer an extension or the next mandate."), s.endingSection(t)),
		section(lang.L("Managers becoming free"), lang.L("Managers whose last booked engagement ends soon."), s.freeSection(t)),
		section(lang.L("Won in the last 12 months"), lang.X("today.won.since", "Accepted proposals by option, since {{.Date}}.", map[string]any{"Date": formatDate(t.WonSince)}), s.wonSection(t)),
	}
	s.body.Refresh()
}

// line is a button that reads like a line of text and opens a record.
func line(text string, open func()) *widget.Button {
	b := widget.NewButton(text, open)
	b.Alignment = widget.ButtonAlignLeading
	b.Importance = widget.LowImportance
	return b
}

func nothing() fyne.CanvasObject { return widget.NewLabel(lang.L("Nothing at the moment.")) }

func (s *todayScreen) statusSection(t *domain.Today) fyne.CanvasObject {
	if len(t.ByStatus) == 0 {
		return nothing()
	}
	box := container.NewVBox()
	for _, f := range t.ByStatus {
		f := f
		args := map[string]any{"Status": proposalStatusText(f.Status),
			"Proposals": countText("count.proposals", "{{.Count}} proposals", f.Count),
			"Value":     formatMoney(f.Value), "Margin": formatMoney(f.Margin),
			"Known": formatCount(f.MarginKnown), "Count": formatCount(f.Count)}
		text := lang.X("today.status.line", "{{.Status}}: {{.Proposals}}, {{.Value}}, expected margin {{.Margin}}", args)
		if f.MarginKnown < f.Count {
			text = lang.X("today.status.line.partial", "{{.Status}}: {{.Proposals}}, {{.Value}}, expected margin {{.Margin}} (known for {{.Known}} of {{.Count}})", args)
		}
		b := line(text, func() { s.hooks.proposalsIn(f.Status) })
		s.statusLines = append(s.statusLines, b)
		box.Add(b)
	}
	return box
}

func (s *todayScreen) expiringSection(t *domain.Today) fyne.CanvasObject {
	return openingLines(t.Expiring, &s.expiring, func(p domain.ProposalLine) *widget.Button {
		text := lang.X("today.expiring.line", "{{.Number}} {{.Title}}, {{.Client}}: valid until {{.Date}}, {{.Value}}", map[string]any{
			"Number": p.Number, "Title": p.Title, "Client": p.Client, "Date": formatDate(p.ValidUntil), "Value": formatMoney(p.Value)})
		return line(text, func() { s.hooks.openProposal(p.ID) })
	})
}

func (s *todayScreen) endingSection(t *domain.Today) fyne.CanvasObject {
	return openingLines(t.Ending, &s.ending, func(e domain.EngagementLine) *widget.Button {
		who := e.Client
		if e.Manager != "" {
			who = lang.X("today.ending.who", "{{.Client}} with {{.Manager}}", map[string]any{"Client": e.Client, "Manager": e.Manager})
		}
		text := lang.X("today.ending.line", "{{.Who}}, {{.Role}} ({{.Kind}}): ends {{.Date}}", map[string]any{
			"Who": who, "Role": e.Role, "Kind": kindText(e.Kind), "Date": formatDate(e.End)})
		return line(text, func() { s.hooks.openEngagement(e.ID) })
	})
}

// openingLines is a section of one line an item, each opening its record
// and kept in shown for the tests, or "Nothing at the moment." without
// items.
func openingLines[T any](items []T, shown *[]*widget.Button, lineOf func(T) *widget.Button) fyne.CanvasObject {
	if len(items) == 0 {
		return nothing()
	}
	return pagedLines(len(items), func(box *fyne.Container, i int) {
		b := lineOf(items[i])
		*shown = append(*shown, b)
		box.Add(b)
	})
}

// todayLines is how many lines a section shows at first, and how many
// more each tap on "Show more" adds. On a large database a section holds
// thousands (demo --size large: 487 proposals lapsing, 1,120 engagements
// ending, 2,347 managers becoming free): a button each took the screen
// 25 seconds to lay out, and walking them kept a core busy while it stayed
// open. The lines come soonest first, so the first ones are those to act
// on.
const todayLines = 10

// pagedLines lays out the first todayLines of n lines (add puts line i in
// box) and a "Show more" button that adds the next todayLines on each tap,
// until every line is shown.
func pagedLines(n int, add func(box *fyne.Container, i int)) fyne.CanvasObject {
	box := container.NewVBox()
	shown := 0
	more := widget.NewButton("", nil)
	more.Alignment = widget.ButtonAlignLeading
	more.Importance = widget.LowImportance
	more.Icon = theme.MoreHorizontalIcon()
	more.OnTapped = func() {
		box.Remove(more)
		for end := min(n, shown+todayLines); shown < end; shown++ {
			add(box, shown)
		}
		if shown < n {
			more.SetText(lang.X("today.more", "Show more ({{.Left}} not shown yet)", map[string]any{"Left": formatCount(n - shown)}))
			box.Add(more)
		}
		box.Refresh()
	}
	more.OnTapped()
	return box
}

func (s *todayScreen) freeSection(t *domain.Today) fyne.CanvasObject {
	if len(t.FreeSoon) == 0 {
		return nothing()
	}
	return pagedLines(len(t.FreeSoon), func(box *fyne.Container, i int) {
		m := t.FreeSoon[i]
		if i == 0 || m.Within != t.FreeSoon[i-1].Within {
			head := widget.NewLabel(lang.X("today.free.within", "Within {{.Days}} days", map[string]any{"Days": formatCount(m.Within)}))
			asHint(head)
			box.Add(head)
		}
		text := lang.X("today.free.line", "{{.Name}}: free from {{.Date}}", map[string]any{"Name": m.Name, "Date": formatDate(m.FreeFrom)})
		b := line(text, func() { s.hooks.openManager(m.ID) })
		s.freeManager = append(s.freeManager, b)
		box.Add(b)
	})
}

func (s *todayScreen) wonSection(t *domain.Today) fyne.CanvasObject {
	if t.WonCount == 0 {
		return nothing()
	}
	box := container.NewVBox()
	for _, w := range t.Won {
		l := widget.NewLabel(lang.X("today.won.line", "{{.Option}}: {{.Count}} of {{.Total}} ({{.Percent}}), {{.Value}}", map[string]any{
			"Option": kindText(w.Option), "Count": formatCount(w.Count), "Total": formatCount(t.WonCount),
			"Percent": formatPercentBP(w.PercentBP), "Value": formatMoney(w.Value)}))
		s.won = append(s.won, l)
		box.Add(l)
	}
	return box
}
