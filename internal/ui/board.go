package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// boardScreen is the planning board, who is free when: the managers the
// roster's filters select, down, and their engagements and issued
// proposals as bars across the weeks or months of the window. A tap on a
// bar opens its record, on a name the manager.
//
// It is virtual: the list makes only the rows on view and reuses them as
// it scrolls; the rows come from the store a page at a time, in the
// background, and a few pages around the view are kept.
type boardScreen struct {
	parts   widgetParts
	svc     domain.BoardService
	sectors func(context.Context) ([]string, error)
	today   func() domain.Date
	hooks   todayHooks

	filters  *rosterFilters
	search   *textField
	zoom     *widget.Select
	earlier  *widget.Button
	now      *widget.Button
	later    *widget.Button
	heading  *widget.Label
	count    *widget.Label
	info     *widget.Label // the bar under the pointer, in words
	header   *boardHeader
	list     *widget.List
	root     fyne.CanvasObject
	debounce debouncer

	view   boardView
	zoomAt int // index in boardZooms
	shift  int // steps moved from today's window
	filter domain.ManagerFilter

	// gen counts reloads: a page read for an older filter or window is
	// dropped when it arrives.
	gen     int
	total   listCount // known is false while a new filter is read
	pages   map[int][]domain.BoardRow
	loading map[int]bool
	failed  bool // this reload's failure was shown already
	started bool // shown at least once
}

// Pages of the board: rows read at once, and pages kept around the view.
const (
	boardPageSize   = 100
	boardKeptPages  = 24
	boardWindowStep = 1 // weeks or months the arrows move
)

func newBoardScreen(parts widgetParts, svc domain.BoardService, sectors func(context.Context) ([]string, error), today func() domain.Date, hooks todayHooks) *boardScreen {
	s := &boardScreen{parts: parts, svc: svc, sectors: sectors, today: today, hooks: hooks,
		zoomAt: boardDefaultZoom, pages: map[int][]domain.BoardRow{}, loading: map[int]bool{}}
	s.debounce = debouncer{work: parts.work}
	s.build()
	return s
}

func (s *boardScreen) name() string               { return screenBoard }
func (s *boardScreen) title() string              { return lang.L("Planning") }
func (s *boardScreen) content() fyne.CanvasObject { return s.root }
func (s *boardScreen) editor() *editor            { return nil }
func (s *boardScreen) newRecord()                 {}
func (s *boardScreen) focusSearch()               { s.parts.win.Canvas().Focus(s.search) }
func (s *boardScreen) generate() {
	showInfo(s.parts.win, lang.L("Not available yet"), lang.L("This screen has no document; select a proposal or an engagement and press Ctrl+P."))
}

// shown reads the board again: bookings change on the other screens, and
// the day moves on.
func (s *boardScreen) shown() {
	s.started = true
	s.filters.loadSectors(s.parts, s.sectors)
	s.refresh()
}

// reload reads the board again once it has been shown: a board never
// looked at is not read when sample data arrives.
func (s *boardScreen) reload() {
	if s.started {
		s.refresh()
	}
}

func (s *boardScreen) build() {
	refilter := func() { s.debounce.trigger(s.refresh) }
	s.filters = newRosterFilters(s.today, refilter)
	s.search = newTextField()
	s.search.SetPlaceHolder(lang.L("Search"))
	s.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	s.search.OnChanged = func(string) { refilter() }

	var zooms []string
	for _, z := range boardZooms {
		zooms = append(zooms, z.label())
	}
	s.zoom = widget.NewSelect(zooms, nil)
	s.zoom.SetSelectedIndex(s.zoomAt)
	s.zoom.OnChanged = func(string) {
		s.zoomAt, s.shift = max(s.zoom.SelectedIndex(), 0), 0
		s.refresh()
	}
	move := func(by int) func() {
		return func() { s.shift += by; s.refresh() }
	}
	s.earlier = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), move(-boardWindowStep))
	s.later = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), move(boardWindowStep))
	s.now = widget.NewButton(lang.L("Today"), func() { s.shift = 0; s.refresh() })

	s.heading = widget.NewLabel("")
	s.heading.TextStyle = fyne.TextStyle{Bold: true}
	s.count = widget.NewLabel("")
	s.info = widget.NewLabel("")
	s.info.Truncation = fyne.TextTruncateEllipsis
	s.header = newBoardHeader(&s.view)

	s.list = widget.NewList(func() int { return s.total.n }, s.newRow, s.updateRow)
	s.list.HideSeparators = true

	controls := container.NewHBox(s.zoom, s.earlier, s.now, s.later)
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, controls, s.search),
		s.filters.filtersBox(),
		container.NewBorder(nil, nil, s.heading, s.count, boardLegend()),
		s.header,
	)
	s.root = container.NewBorder(top, s.info, nil, nil, s.list)
}

// boardLegend says what each colour means.
func boardLegend() fyne.CanvasObject {
	box := container.NewHBox(layout.NewSpacer())
	for _, st := range domain.BarStatuses {
		sw := canvas.NewRectangle(barFill(st))
		sw.StrokeColor = boardColors[st]
		sw.StrokeWidth = 1.5
		sw.CornerRadius = 3
		sw.SetMinSize(fyne.NewSize(18, 12))
		box.Add(container.NewCenter(sw))
		box.Add(widget.NewLabel(barStatusText(st)))
	}
	return box
}

func (s *boardScreen) newRow() fyne.CanvasObject {
	r := newBoardRow(&s.view)
	r.onName = func(id int64) { s.hooks.openManager(id) }
	r.onBar = s.openBar
	r.onHover = s.hover
	return r
}

func (s *boardScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	o.(*boardRow).set(s.rowAt(id))
}

// openBar opens the record a bar stands for.
func (s *boardScreen) openBar(b domain.BoardBar) {
	if b.Kind == domain.BarProposal {
		s.hooks.openProposal(b.ID)
		return
	}
	s.hooks.openEngagement(b.ID)
}

// hover says in words what the bar under the pointer is: a narrow bar's
// label is cut short.
func (s *boardScreen) hover(b *domain.BoardBar) {
	text := ""
	if b != nil {
		text = barDescription(*b)
	}
	if s.info.Text != text {
		s.info.SetText(text)
	}
}

// refresh reads the filters and the window and starts the board again
// from its first page.
func (s *boardScreen) refresh() {
	f := s.filters.filter(strings.TrimSpace(s.search.Text), "name", 0, boardPageSize)
	if f != s.filter {
		// Other managers: start from the first. Another window of days
		// keeps the row on view.
		s.list.ScrollToTop()
		s.total.known = false
	}
	s.filter = f
	z := boardZooms[s.zoomAt]
	s.view.today = s.today()
	s.view.from, s.view.to = z.window(s.view.today, s.shift)
	sc := s.view.scale(0, 1)
	s.view.ticks = sc.ticks(z)
	s.heading.SetText(lang.X("board.heading", "Who is free when: {{.Period}}", map[string]any{"Period": period(s.view.from, s.view.to)}))
	s.gen++
	s.pages, s.loading, s.failed = map[int][]domain.BoardRow{}, map[int]bool{}, false
	s.header.Refresh()
	s.fetch(0)
	s.list.Refresh()
}

// rowAt is row id of the board, or nil while its page is being read.
func (s *boardScreen) rowAt(id int) *domain.BoardRow {
	p := id / boardPageSize
	rows, ok := s.pages[p]
	if !ok {
		s.fetch(p)
		return nil
	}
	if i := id % boardPageSize; i < len(rows) {
		return &rows[i]
	}
	return nil
}

// fetch reads page p in the background, unless it is being read.
func (s *boardScreen) fetch(p int) {
	if s.loading[p] {
		return
	}
	s.loading[p] = true
	gen, f, from, to := s.gen, s.filter, s.view.from, s.view.to
	f.Page = domain.Page{Offset: p * boardPageSize, Limit: boardPageSize}
	s.parts.work.background(func(ctx context.Context) func() {
		rows, n, err := s.svc.Board(ctx, f, from, to)
		return func() {
			if gen != s.gen {
				return
			}
			delete(s.loading, p)
			if err != nil {
				// The page stays empty until the next reload rather than
				// asking again on every frame.
				s.pages[p] = nil
				if !s.failed {
					s.failed = true
					s.parts.showError(err)
				}
				return
			}
			s.keepAround(p)
			s.pages[p] = rows
			s.setTotal(n, f, p)
			s.list.Refresh()
		}
	})
}

// setTotal takes the count page p of filter f came with. Another window
// of days keeps the filter, and so the rows on view and their count.
func (s *boardScreen) setTotal(total int, f domain.ManagerFilter, p int) {
	s.total.take(domain.MoreThan(f.Query, total, (p+1)*boardPageSize))
	if s.total.more {
		s.count.SetText(moreManagersText(s.total.n))
	} else {
		s.count.SetText(countText("count.managers", "{{.Count}} managers", s.total.n))
	}
}

// keepAround drops the pages far from p once many are kept, so scrolling
// through a large roster does not keep it all.
func (s *boardScreen) keepAround(p int) {
	if len(s.pages) < boardKeptPages {
		return
	}
	for k := range s.pages {
		if k < p-boardKeptPages/2 || k > p+boardKeptPages/2 {
			delete(s.pages, k)
		}
	}
}

// barStatusText names a bar's status in the legend and the description.
func barStatusText(st domain.BarStatus) string {
	switch st {
	case domain.BarProposed:
		return lang.L("Proposed")
	case domain.BarPlanned:
		return lang.L("Planned")
	case domain.BarActive:
		return lang.L("Active")
	case domain.BarNotice:
		return lang.L("Under notice")
	}
	return lang.L("Ended")
}

// barLabel is the text on a bar: the client and the role, and the days a
// week when there are any.
func barLabel(b domain.BoardBar) string {
	args := map[string]any{"Client": b.Client, "Role": b.Role, "Days": b.DaysPerWeek}
	if b.DaysPerWeek == 0 {
		return lang.X("board.bar", "{{.Client}}, {{.Role}}", args)
	}
	return lang.X("board.bar.days", "{{.Client}}, {{.Role}} ({{.Days}} d/wk)", args)
}

// barDescription is a bar in a sentence, under the board.
func barDescription(b domain.BoardBar) string {
	args := map[string]any{"Label": barLabel(b), "Status": barStatusText(b.Status), "Period": period(b.From, b.To)}
	if b.Kind == domain.BarProposal {
		return lang.X("board.describe.proposal", "Proposal {{.Label}}: {{.Status}}, {{.Period}}", args)
	}
	return lang.X("board.describe.engagement", "Engagement {{.Label}}: {{.Status}}, {{.Period}}", args)
}
