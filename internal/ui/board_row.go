package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A row of the planning board is one widget drawn with canvas objects: the
// manager's name and status on the left, then the month grid, the bars and
// today's line. The list creates only the rows on view and hands them the
// next manager as it scrolls, so a row keeps its objects and only moves
// and recolours them; a row never asks the store anything.

// Sizes of the board.
const (
	boardNameWidth float32 = 240 // the name and status column
	boardRowHeight float32 = 46
	boardBarGap    float32 = 3 // above and below the bars, between lanes
	// boardMaxLanes is how many bars that overlap a row shows one above
	// the other; more share the last lane.
	boardMaxLanes = 3
	// boardLabelMin is the narrowest bar that gets a label.
	boardLabelMin float32 = 28
)

// boardColors are the bars' colours by status; a proposal is drawn light
// with its outline, since it books nobody until the client accepts.
var boardColors = map[domain.BarStatus]color.NRGBA{
	domain.BarProposed: {R: 0x8e, G: 0x44, B: 0xad, A: 0xff},
	domain.BarPlanned:  {R: 0x2f, G: 0x6f, B: 0xd6, A: 0xff},
	domain.BarActive:   {R: 0x1e, G: 0x8e, B: 0x3e, A: 0xff},
	domain.BarNotice:   {R: 0xe0, G: 0x7b, B: 0x10, A: 0xff},
	domain.BarEnded:    {R: 0x9a, G: 0xa1, B: 0xa9, A: 0xff},
}

// barFill is the inside of a bar of status st.
func barFill(st domain.BarStatus) color.NRGBA {
	c := boardColors[st]
	if st == domain.BarProposed {
		c.A = 0x45
	}
	return c
}

// boardView is what every row and the header share: the window of days
// and the grid. The screen sets it before it refreshes them.
type boardView struct {
	from, to, today domain.Date
	ticks           []boardTick
}

// scale is the view across a width that starts at left.
func (v *boardView) scale(left, width float32) boardScale {
	return boardScale{from: v.from, to: v.to, today: v.today, left: left, width: max(width, 1)}
}

// barHit is where a bar was drawn, for taps and the pointer.
type barHit struct {
	pos, size fyne.Position
	bar       domain.BoardBar
}

// boardRow is one manager's row.
type boardRow struct {
	widget.BaseWidget
	view *boardView
	data *domain.BoardRow // nil while its page is read
	// lanes are the lane of each bar, laneCount how many the row has.
	lanes     []int
	laneCount int
	// hits are the bars as last drawn, in drawing order.
	hits []barHit

	onBar   func(domain.BoardBar)
	onName  func(id int64)
	onHover func(b *domain.BoardBar)
}

var (
	_ fyne.Tappable       = (*boardRow)(nil)
	_ desktop.Hoverable   = (*boardRow)(nil)
	_ fyne.WidgetRenderer = (*boardRowRenderer)(nil)
)

func newBoardRow(view *boardView) *boardRow {
	r := &boardRow{view: view}
	r.ExtendBaseWidget(r)
	return r
}

// set shows a manager's row, or an empty one while it is read.
func (r *boardRow) set(data *domain.BoardRow) {
	r.data = data
	r.lanes, r.laneCount = r.lanes[:0], 1
	if data != nil {
		r.lanes, r.laneCount = barLanes(data.Bars, r.lanes)
	}
	r.Refresh()
}

// barLanes puts overlapping bars one above the other: each bar goes into
// the first lane free by its first day (bars come in order of it).
func barLanes(bars []domain.BoardBar, lanes []int) ([]int, int) {
	var ends []domain.Date // the last day of each lane; zero: open-ended
	for _, b := range bars {
		lane := -1
		for i, end := range ends {
			if !end.IsZero() && end.Before(b.From) {
				lane = i
				break
			}
		}
		if lane < 0 {
			if len(ends) < boardMaxLanes {
				ends = append(ends, domain.Date{})
			}
			lane = len(ends) - 1
		}
		ends[lane] = b.To
		lanes = append(lanes, lane)
	}
	return lanes, max(len(ends), 1)
}

func (r *boardRow) MinSize() fyne.Size { return fyne.NewSize(boardNameWidth+200, boardRowHeight) }

// Tapped opens the manager on the name, the record of a bar on a bar.
func (r *boardRow) Tapped(ev *fyne.PointEvent) {
	if r.data == nil {
		return
	}
	if ev.Position.X < boardNameWidth {
		if r.onName != nil {
			r.onName(r.data.ManagerID)
		}
		return
	}
	if b := r.barAt(ev.Position); b != nil && r.onBar != nil {
		r.onBar(*b)
	}
}

// barAt is the bar drawn at p, the last drawn when two overlap.
func (r *boardRow) barAt(p fyne.Position) *domain.BoardBar {
	for i := len(r.hits) - 1; i >= 0; i-- {
		h := r.hits[i]
		if p.X >= h.pos.X && p.X < h.pos.X+h.size.X && p.Y >= h.pos.Y && p.Y < h.pos.Y+h.size.Y {
			return &h.bar
		}
	}
	return nil
}

func (r *boardRow) MouseIn(ev *desktop.MouseEvent) { r.MouseMoved(ev) }
func (r *boardRow) MouseMoved(ev *desktop.MouseEvent) {
	if r.onHover != nil {
		r.onHover(r.barAt(ev.Position))
	}
}
func (r *boardRow) MouseOut() {
	if r.onHover != nil {
		r.onHover(nil)
	}
}

func (r *boardRow) CreateRenderer() fyne.WidgetRenderer {
	rr := &boardRowRenderer{row: r,
		name:   canvas.NewText("", theme.Color(theme.ColorNameForeground)),
		detail: canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder)),
		today:  canvas.NewLine(theme.Color(theme.ColorNameError)),
	}
	rr.name.TextStyle = fyne.TextStyle{Bold: true}
	rr.detail.TextSize = theme.CaptionTextSize()
	rr.today.StrokeWidth = 2
	rr.rebuild()
	return rr
}

// boardRowRenderer keeps a row's canvas objects and reuses them: pools of
// grid lines, bars and labels that only grow.
type boardRowRenderer struct {
	row          *boardRow
	name, detail *canvas.Text
	grid         []*canvas.Line
	bars         []*canvas.Rectangle
	labels       []*canvas.Text
	today        *canvas.Line
	objects      []fyne.CanvasObject
	size         fyne.Size
}

// rebuild lists the objects in drawing order: grid, bars, labels, today's
// line, then the name.
func (r *boardRowRenderer) rebuild() {
	r.objects = r.objects[:0]
	for _, l := range r.grid {
		r.objects = append(r.objects, l)
	}
	for i := range r.bars {
		r.objects = append(r.objects, r.bars[i], r.labels[i])
	}
	r.objects = append(r.objects, r.today, r.name, r.detail)
}

// grow makes the pools hold at least ticks grid lines and bars bars.
func (r *boardRowRenderer) grow(ticks, bars int) {
	if ticks <= len(r.grid) && bars <= len(r.bars) {
		return
	}
	for len(r.grid) < ticks {
		l := canvas.NewLine(theme.Color(theme.ColorNameSeparator))
		l.StrokeWidth = 1
		r.grid = append(r.grid, l)
	}
	for len(r.bars) < bars {
		rect := canvas.NewRectangle(color.Transparent)
		rect.CornerRadius = 3
		t := canvas.NewText("", color.White)
		t.TextSize = theme.CaptionTextSize()
		r.bars, r.labels = append(r.bars, rect), append(r.labels, t)
	}
	r.rebuild()
}

func (r *boardRowRenderer) Layout(size fyne.Size) {
	r.size = size
	r.place()
}

func (r *boardRowRenderer) MinSize() fyne.Size { return r.row.MinSize() }

func (r *boardRowRenderer) Refresh() {
	r.place()
	for _, o := range r.objects {
		if o.Visible() {
			canvas.Refresh(o)
		}
	}
}

func (r *boardRowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *boardRowRenderer) Destroy() {}

// place moves, sizes, colours and words every object for the row's data
// and size.
func (r *boardRowRenderer) place() {
	row, size := r.row, r.size
	v := row.view
	var bars []domain.BoardBar
	if row.data != nil {
		bars = row.data.Bars
	}
	r.grow(len(v.ticks), len(bars))
	pad := theme.Padding()
	sc := v.scale(boardNameWidth, size.Width-boardNameWidth-pad)

	// The name column.
	r.name.Text, r.detail.Text = "", ""
	if d := row.data; d != nil {
		r.name.Text = fitText(d.Name, boardNameWidth-2*pad, theme.TextSize())
		r.detail.Text = fitText(managerStatusShort(d.Status), boardNameWidth-2*pad, theme.CaptionTextSize())
	}
	r.name.Move(fyne.NewPos(pad, pad))
	r.detail.Move(fyne.NewPos(pad, pad+theme.TextSize()+4))

	for i, l := range r.grid {
		if i >= len(v.ticks) {
			l.Hide()
			continue
		}
		x := sc.x(v.ticks[i].day)
		l.Position1, l.Position2 = fyne.NewPos(x, 0), fyne.NewPos(x, size.Height)
		l.Show()
	}

	row.hits = row.hits[:0]
	laneH := (size.Height - boardBarGap) / float32(row.laneCount)
	for i, rect := range r.bars {
		label := r.labels[i]
		x, w, ok := float32(0), float32(0), false
		if i < len(bars) {
			x, w, ok = sc.span(bars[i].From, bars[i].To)
		}
		if !ok {
			rect.Hide()
			label.Hide()
			continue
		}
		b := bars[i]
		pos := fyne.NewPos(x, boardBarGap+float32(row.lanes[i])*laneH)
		sz := fyne.NewSize(max(w-1, 2), laneH-boardBarGap)
		rect.FillColor = barFill(b.Status)
		rect.StrokeColor, rect.StrokeWidth = color.Transparent, 0
		label.Color = color.White
		if b.Status == domain.BarProposed {
			rect.StrokeColor, rect.StrokeWidth = boardColors[b.Status], 1.5
			label.Color = theme.Color(theme.ColorNameForeground)
		}
		rect.Move(pos)
		rect.Resize(sz)
		rect.Show()
		row.hits = append(row.hits, barHit{pos: pos, size: fyne.Position{X: sz.Width, Y: sz.Height}, bar: b})

		label.Text = ""
		if w >= boardLabelMin && sz.Height >= label.TextSize {
			label.Text = fitText(barLabel(b), w-8, label.TextSize)
		}
		label.Move(fyne.NewPos(x+4, pos.Y+(sz.Height-label.TextSize*1.3)/2))
		label.Show()
	}

	if x, ok := sc.todayX(); ok {
		r.today.Position1, r.today.Position2 = fyne.NewPos(x, 0), fyne.NewPos(x, size.Height)
		r.today.Show()
	} else {
		r.today.Hide()
	}
}

// fitText cuts s to about what fits in width at size, with an ellipsis.
// It estimates from the text size instead of measuring: measuring every
// label of every row on each scroll step costs more than a frame allows.
func fitText(s string, width, size float32) string {
	n := int(width / (size * 0.55))
	if n <= 1 {
		return ""
	}
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}
