package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// boardHeader is the time axis above the rows: a label at each grid line
// (the months, or the Mondays) and today's marker, laid out on the same
// scale as the rows below it.
type boardHeader struct {
	widget.BaseWidget
	view *boardView
}

func newBoardHeader(view *boardView) *boardHeader {
	h := &boardHeader{view: view}
	h.ExtendBaseWidget(h)
	return h
}

func (h *boardHeader) MinSize() fyne.Size {
	return fyne.NewSize(boardNameWidth+200, theme.TextSize()*2+theme.Padding()*2)
}

func (h *boardHeader) CreateRenderer() fyne.WidgetRenderer {
	r := &boardHeaderRenderer{h: h, today: canvas.NewText(lang.L("Today"), theme.Color(theme.ColorNameError)),
		todayLine: canvas.NewLine(theme.Color(theme.ColorNameError))}
	r.today.TextSize = theme.CaptionTextSize()
	r.todayLine.StrokeWidth = 2
	return r
}

type boardHeaderRenderer struct {
	h         *boardHeader
	labels    []*canvas.Text
	lines     []*canvas.Line
	today     *canvas.Text
	todayLine *canvas.Line
	size      fyne.Size
}

func (r *boardHeaderRenderer) Layout(size fyne.Size) { r.size = size; r.place() }
func (r *boardHeaderRenderer) MinSize() fyne.Size    { return r.h.MinSize() }
func (r *boardHeaderRenderer) Destroy()              {}

func (r *boardHeaderRenderer) Refresh() {
	r.place()
	for _, o := range r.Objects() {
		canvas.Refresh(o)
	}
}

func (r *boardHeaderRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, 2*len(r.labels)+2)
	for i := range r.labels {
		out = append(out, r.lines[i], r.labels[i])
	}
	return append(out, r.todayLine, r.today)
}

func (r *boardHeaderRenderer) place() {
	v, size := r.h.view, r.size
	for len(r.labels) < len(v.ticks) {
		r.labels = append(r.labels, canvas.NewText("", theme.Color(theme.ColorNameForeground)))
		r.lines = append(r.lines, canvas.NewLine(theme.Color(theme.ColorNameSeparator)))
	}
	sc := v.scale(boardNameWidth, size.Width-boardNameWidth-theme.Padding())
	for i, t := range r.labels {
		l := r.lines[i]
		if i >= len(v.ticks) {
			t.Hide()
			l.Hide()
			continue
		}
		x := sc.x(v.ticks[i].day)
		t.Text = v.ticks[i].label
		t.Move(fyne.NewPos(x+4, size.Height-theme.TextSize()*1.4))
		l.Position1, l.Position2 = fyne.NewPos(x, size.Height/2), fyne.NewPos(x, size.Height)
		t.Show()
		l.Show()
	}
	if x, ok := sc.todayX(); ok {
		r.today.Move(fyne.NewPos(x+3, 0))
		r.todayLine.Position1, r.todayLine.Position2 = fyne.NewPos(x, 0), fyne.NewPos(x, size.Height)
		r.today.Show()
		r.todayLine.Show()
	} else {
		r.today.Hide()
		r.todayLine.Hide()
	}
}
