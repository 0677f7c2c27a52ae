package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// wrapRow lays out a form's buttons right-aligned in as many rows as the
// width needs. An HBox asks for the width of all its buttons together, so
// five Dutch buttons made the window grow past a 1280-pixel screen; this
// layout asks only for the widest button, and wraps.
//
// A Fyne layout gives its minimum size before it knows its width, so the
// rows are counted with the width of the last layout; a narrower window
// takes one more layout pass to grow the row's height.
type wrapRow struct {
	width float32 // of the last Layout; 0 before the first
	// leading lays the rows out from the left, as text is read, instead
	// of right-aligned as buttons are.
	leading bool
}

func visibleObjects(objs []fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range objs {
		if o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

// rows splits objs into rows that fit width, keeping their order.
func (w *wrapRow) rows(objs []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	pad := theme.Padding()
	var rows [][]fyne.CanvasObject
	var row []fyne.CanvasObject
	used := float32(0)
	for _, o := range visibleObjects(objs) {
		ow := o.MinSize().Width
		if len(row) > 0 && width > 0 && used+pad+ow > width {
			rows = append(rows, row)
			row, used = nil, 0
		}
		if len(row) > 0 {
			used += pad
		}
		row = append(row, o)
		used += ow
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

func rowHeight(row []fyne.CanvasObject) float32 {
	h := float32(0)
	for _, o := range row {
		h = max(h, o.MinSize().Height)
	}
	return h
}

func (w *wrapRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	for _, o := range visibleObjects(objs) {
		size.Width = max(size.Width, o.MinSize().Width)
	}
	rows := w.rows(objs, w.width)
	for i, row := range rows {
		if i > 0 {
			size.Height += theme.Padding()
		}
		size.Height += rowHeight(row)
	}
	return size
}

func (w *wrapRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w.width = size.Width
	pad := theme.Padding()
	y := float32(0)
	for _, row := range w.rows(objs, size.Width) {
		h := rowHeight(row)
		width := float32(0)
		for i, o := range row {
			if i > 0 {
				width += pad
			}
			width += o.MinSize().Width
		}
		x := max(0, size.Width-width) // right-aligned, as the buttons were
		if w.leading {
			x = 0
		}
		for _, o := range row {
			ms := o.MinSize()
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(ms.Width, h))
			x += ms.Width + pad
		}
		y += h + pad
	}
}
