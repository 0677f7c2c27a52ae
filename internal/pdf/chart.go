package pdf

import (
	"math"

	"github.com/jung-kurt/gofpdf"
)

// Series is one line of a chart: the points (X[i], Values[i]). Two points
// on the same X draw a step, a payment that falls on that day.
type Series struct {
	Name   string
	X      []float64
	Values []float64
}

// LineChart is a chart of a few series over the same horizontal axis, from
// 0 to XMax, drawn with vector lines so it prints sharp at any size.
type LineChart struct {
	Series []Series
	XMax   float64
	// XLabel names a tick on the axis ("0", "4", "8"); XTitle and YTitle
	// name the axes.
	XLabel         func(x int) string
	XTitle, YTitle string
	// YLabel writes a value on the vertical axis ("€ 50.000").
	YLabel func(v float64) string
	Height float64
}

// seriesStyle gives the chart's lines their look, in order: the brand
// colour first, then an accent, then a grey dashed line for what is only a
// comparison.
func (d *Doc) seriesStyle(i int) (rgb, bool) {
	switch i {
	case 0:
		return d.brand, false
	case 1:
		return colourAccent, false
	default:
		return colourPermanent, true
	}
}

// LineChart draws c across the content width with its legend under it, the
// whole kept on one page.
func (d *Doc) LineChart(c LineChart) {
	top := 0.0
	for _, s := range c.Series {
		for _, v := range s.Values {
			top = math.Max(top, v)
		}
	}
	if c.XMax <= 0 || top <= 0 {
		return
	}
	height := c.Height
	if height <= 0 {
		height = chartHeight
	}
	d.font("", sizeSmall)
	legendW := 0.0
	for _, s := range c.Series {
		legendW += legendSwatch + 2 + d.width(clean(s.Name)) + legendGap
	}
	legendH := (lineSmall + 1) * math.Ceil(legendW/contentWidth)
	d.ensure(height + legendH + 2)

	step := niceStep(top / 5)
	ticks := int(math.Ceil(top/step - 1e-9))
	ticks = max(ticks, 1)
	yMax := step * float64(ticks)

	// Plot area: room on the left for the amounts, below for the months.
	d.font("", sizeTiny)
	labelW := 0.0
	for t := 0; t <= ticks; t++ {
		labelW = math.Max(labelW, d.width(clean(c.YLabel(step*float64(t)))))
	}
	x0 := marginLeft + labelW + 2
	x1 := pageWidth - marginRight - 2
	y0 := d.f.GetY() + 5 // top, leaving room for the y-axis title
	y1 := y0 + height - 14
	px := func(x float64) float64 { return x0 + (x1-x0)*x/c.XMax }
	py := func(v float64) float64 { return y1 - (y1-y0)*v/yMax }

	d.textColour(colourMuted)
	if c.YTitle != "" {
		d.put(marginLeft, y0-5, contentWidth, lineTiny, clean(c.YTitle), "L")
	}
	// Horizontal grid with amounts.
	d.lineWidth(0.15)
	for t := 0; t <= ticks; t++ {
		v := step * float64(t)
		y := py(v)
		if t == 0 {
			d.drawColour(colourMuted)
		} else {
			d.drawColour(colourRule)
		}
		d.f.Line(x0, y, x1, y)
		d.put(marginLeft, y-lineTiny/2, labelW, lineTiny, clean(c.YLabel(v)), "R")
	}
	// Ticks at round steps (1, 2, 4, 5, 10...) while they fit, and always
	// one at the end, which the caption names.
	every := 1
	for _, e := range []int{1, 2, 4, 5, 10, 13, 20, 26, 52} {
		every = e
		if c.XMax/float64(e) <= 16 {
			break
		}
	}
	end := int(math.Round(c.XMax))
	d.drawColour(colourMuted)
	for i := 0; i <= end; i += every {
		if i != end && float64(end-i) < float64(every)/2 {
			continue // too close to the end's label
		}
		x := px(float64(i))
		d.f.Line(x, y1, x, y1+1)
		d.put(x-6, y1+1.2, 12, lineTiny, clean(c.XLabel(i)), "C")
	}
	if end%every != 0 {
		x := px(float64(end))
		d.f.Line(x, y1, x, y1+1)
		d.put(x-6, y1+1.2, 12, lineTiny, clean(c.XLabel(end)), "C")
	}
	if c.XTitle != "" {
		d.put(x0, y1+1.2+lineTiny, x1-x0, lineTiny, clean(c.XTitle), "C")
	}

	// The lines themselves; the first series is drawn last, on top.
	for i := len(c.Series) - 1; i >= 0; i-- {
		s := c.Series[i]
		col, dashed := d.seriesStyle(i)
		d.drawColour(col)
		d.lineWidth(0.7)
		if dashed {
			d.f.SetDashPattern([]float64{1.6, 1.0}, 0)
		}
		pts := make([]gofpdf.PointType, 0, len(s.Values))
		for j, v := range s.Values {
			pts = append(pts, gofpdf.PointType{X: px(s.X[j]), Y: py(v)})
		}
		d.polyline(pts)
		if dashed {
			d.f.SetDashPattern(nil, 0)
		}
		if n := len(pts); n > 0 {
			d.fillColour(col)
			d.f.Circle(pts[n-1].X, pts[n-1].Y, 0.8, "F")
		}
	}

	// Legend under the plot, its entries side by side as long as they fit
	// on a line, so long names with their totals never collide.
	d.font("", sizeSmall)
	y := y1 + 2*lineTiny + 3
	x := x0
	for i, s := range c.Series {
		name := clean(s.Name)
		w := legendSwatch + 2 + d.width(name)
		if x > x0 && x+w > x1 {
			x, y = x0, y+lineSmall+1
		}
		col, dashed := d.seriesStyle(i)
		d.drawColour(col)
		d.lineWidth(0.9)
		if dashed {
			d.f.SetDashPattern([]float64{1.6, 1.0}, 0)
		}
		d.f.Line(x, y+lineSmall/2, x+legendSwatch, y+lineSmall/2)
		if dashed {
			d.f.SetDashPattern(nil, 0)
		}
		d.textColour(colourText)
		d.put(x+legendSwatch+2, y, w, lineSmall, name, "L")
		x += w + legendGap
	}
	y += lineSmall
	d.lineWidth(0.2)
	d.textColour(colourText)
	d.f.SetXY(marginLeft, y+blockGap)
}

// polyline strokes a path through pts.
func (d *Doc) polyline(pts []gofpdf.PointType) {
	if len(pts) < 2 {
		return
	}
	d.f.MoveTo(pts[0].X, pts[0].Y)
	for _, p := range pts[1:] {
		d.f.LineTo(p.X, p.Y)
	}
	d.f.DrawPath("D")
}

// niceStep rounds a raw step up to 1, 2, 2.5 or 5 times a power of ten, so
// the axis reads 0, 25.000, 50.000 and not 0, 23.417, 46.834.
func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}
