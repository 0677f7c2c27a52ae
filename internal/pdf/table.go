package pdf

// Column is one column of a table.
type Column struct {
	Title string
	// Width in millimetres; columns with 0 share what the others leave.
	Width float64
	// Align is "L" (the default), "R" for amounts or "C".
	Align string
}

// Row is one row of a table.
type Row struct {
	Cells []string
	// Total marks a totals row: bold, with a rule above it.
	Total bool
	// Label prints the first cell muted, as in a list of label and value.
	Label bool
}

// Table is a grid of wrapped cells. A row is never split across pages: it
// moves to the next page whole, and the column titles come with it.
type Table struct {
	Columns []Column
	Rows    []Row
	// Plain drops the header band, stripes and borders: a list of labels
	// and values ("Start", "9 May 2026").
	Plain bool
	// KeepTogether moves the whole table to the next page rather than split
	// it between rows: for totals blocks.
	KeepTogether bool
	// FirstBold prints the first column in bold (row titles).
	FirstBold bool
	// Caption is small print above the table, kept on its page: what the
	// figures are based on.
	Caption string
	// Note is small print under the table, kept on the page of its last
	// row: what happens with VAT.
	Note string
}

// layout is a table measured for printing.
type tableLayout struct {
	widths   []float64
	head     [][]string // wrapped titles per column
	headH    float64
	cells    [][][]string // rows × columns × lines
	heights  []float64
	padY     float64 // above and below the lines of a row
	caption  []string
	captionH float64
}

// Table prints t at the current position across the content width.
func (d *Doc) Table(t Table) {
	if len(t.Columns) == 0 {
		return
	}
	lay := d.measureTable(t)
	total := lay.captionH + lay.headH
	for _, h := range lay.heights {
		total += h
	}
	if note := stripTrailing(clean(t.Note)); note != "" {
		d.font("", sizeSmall)
		total += blockGap - 1 + float64(len(d.wrap(note, contentWidth)))*lineSmall
	}
	switch {
	case t.KeepTogether || total <= d.fullPage()/2:
		// Short tables read best whole; half a page is worth moving.
		d.ensure(total)
	case len(lay.heights) > 1:
		d.ensure(lay.captionH + lay.headH + lay.heights[0] + lay.heights[1])
	case len(lay.heights) > 0:
		d.ensure(lay.captionH + lay.headH + lay.heights[0])
	}
	if len(lay.caption) > 0 {
		d.font("", sizeSmall)
		d.textColour(colourMuted)
		for _, l := range lay.caption {
			y := d.f.GetY()
			d.put(marginLeft, y, contentWidth, lineSmall, l, "L")
			d.f.SetXY(marginLeft, y+lineSmall)
		}
		d.f.SetY(d.f.GetY() + captionGap)
		d.textColour(colourText)
	}
	d.tableHead(t, lay)
	for i, row := range t.Rows {
		h := lay.heights[i]
		if h > d.room() {
			if h <= d.fullPage()-lay.headH {
				d.newPage()
				d.tableHead(t, lay)
			} else {
				// A row taller than a page cannot stay whole; it is printed
				// over as many pages as it needs rather than cut off.
				d.tallRow(t, lay, i)
				continue
			}
		}
		y := d.f.GetY()
		d.tableRow(t, lay, i, row, y, lay.cells[i], h)
		d.f.SetXY(marginLeft, y+h)
	}
	d.f.SetXY(marginLeft, d.f.GetY()+blockGap-1)
	if t.Note != "" {
		d.Note(t.Note)
	}
}

// rowStyle is the font of a row.
func rowStyle(t Table, r Row, col int) string {
	if r.Total || (t.FirstBold && col == 0) {
		return "B"
	}
	return ""
}

// measureTable wraps every cell and works out row heights.
func (d *Doc) measureTable(t Table) tableLayout {
	lay := tableLayout{padY: cellPadY}
	if t.Plain {
		lay.padY = plainPadY
	}
	if c := stripTrailing(clean(t.Caption)); c != "" {
		d.font("", sizeSmall)
		lay.caption = d.wrap(c, contentWidth)
		lay.captionH = float64(len(lay.caption))*lineSmall + captionGap
	}
	fixed, shared := 0.0, 0
	for _, c := range t.Columns {
		if c.Width > 0 {
			fixed += c.Width
		} else {
			shared++
		}
	}
	for _, c := range t.Columns {
		w := c.Width
		if w == 0 {
			w = (contentWidth - fixed) / float64(max(shared, 1))
		}
		lay.widths = append(lay.widths, w)
	}
	if !t.Plain {
		d.font("B", sizeSmall)
		lines := 1
		for i, c := range t.Columns {
			ls := d.wrap(clean(c.Title), lay.widths[i]-2*cellPadX)
			lay.head = append(lay.head, ls)
			lines = max(lines, len(ls))
		}
		lay.headH = float64(lines)*lineSmall + 2*cellPadY
	}
	for _, r := range t.Rows {
		var row [][]string
		lines := 1
		for i := range t.Columns {
			s := ""
			if i < len(r.Cells) {
				s = stripTrailing(clean(r.Cells[i]))
			}
			d.font(rowStyle(t, r, i), sizeBody)
			ls := d.wrap(s, lay.widths[i]-2*cellPadX)
			row = append(row, ls)
			lines = max(lines, len(ls))
		}
		lay.cells = append(lay.cells, row)
		lay.heights = append(lay.heights, float64(lines)*lineBody+2*lay.padY)
	}
	return lay
}

// tableHead prints the band of column titles.
func (d *Doc) tableHead(t Table, lay tableLayout) {
	if t.Plain {
		return
	}
	y := d.f.GetY()
	d.fillColour(d.brand)
	d.f.Rect(marginLeft, y, contentWidth, lay.headH, "F")
	d.font("B", sizeSmall)
	d.textColour(rgb{255, 255, 255})
	x := marginLeft
	for i, c := range t.Columns {
		for j, l := range lay.head[i] {
			d.put(x+cellPadX, y+cellPadY+float64(j)*lineSmall, lay.widths[i]-2*cellPadX, lineSmall, l, align(c.Align))
		}
		x += lay.widths[i]
	}
	d.textColour(colourText)
	d.f.SetXY(marginLeft, y+lay.headH)
}

// tableRow prints the lines of one row (or part of one) at y with height h.
func (d *Doc) tableRow(t Table, lay tableLayout, i int, r Row, y float64, cells [][]string, h float64) {
	if !t.Plain && !r.Total && i%2 == 1 {
		d.fillColour(colourZebra)
		d.f.Rect(marginLeft, y, contentWidth, h, "F")
	}
	if r.Total {
		d.drawColour(d.brand)
		d.lineWidth(0.35)
		d.f.Line(marginLeft, y, marginLeft+contentWidth, y)
	}
	x := marginLeft
	for c, col := range t.Columns {
		d.font(rowStyle(t, r, c), sizeBody)
		if r.Label && c == 0 {
			d.textColour(colourMuted)
		} else {
			d.textColour(colourText)
		}
		for j, l := range cells[c] {
			d.put(x+cellPadX, y+lay.padY+float64(j)*lineBody, lay.widths[c]-2*cellPadX, lineBody, l, align(col.Align))
		}
		x += lay.widths[c]
	}
	d.textColour(colourText)
	if !t.Plain && !r.Total {
		d.drawColour(colourRule)
		d.lineWidth(0.15)
		d.f.Line(marginLeft, y+h, marginLeft+contentWidth, y+h)
	}
}

// tallRow prints a row that is taller than a page, as many lines as fit on
// each page, repeating the column titles on every new page.
func (d *Doc) tallRow(t Table, lay tableLayout, i int) {
	cells := lay.cells[i]
	from := 0
	most := 0
	for _, ls := range cells {
		most = max(most, len(ls))
	}
	for from < most {
		if d.room() < 2*lineBody+2*lay.padY {
			d.newPage()
			d.tableHead(t, lay)
		}
		n := max(int((d.room()-2*lay.padY)/lineBody), 1)
		part := make([][]string, len(cells))
		for c, ls := range cells {
			if from < len(ls) {
				part[c] = ls[from:min(from+n, len(ls))]
			}
		}
		h := float64(min(n, most-from))*lineBody + 2*lay.padY
		y := d.f.GetY()
		d.tableRow(t, lay, i, t.Rows[i], y, part, h)
		d.f.SetXY(marginLeft, y+h)
		from += n
	}
}

// align defaults an empty alignment to left.
func align(a string) string {
	if a == "" {
		return "L"
	}
	return a
}

// Field is a label and its value in a list of facts.
type Field struct {
	Label, Value string
}

// Fields prints labels and values in two columns, kept together on a page.
// labelWidth is the width of the label column in millimetres.
func (d *Doc) Fields(fields []Field, labelWidth float64) {
	rows := make([]Row, 0, len(fields))
	for _, f := range fields {
		rows = append(rows, Row{Cells: []string{f.Label, f.Value}, Label: true})
	}
	d.Table(Table{
		Columns:      []Column{{Width: labelWidth}, {}},
		Rows:         rows,
		Plain:        true,
		KeepTogether: true,
	})
}
