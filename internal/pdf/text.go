package pdf

import (
	"strconv"
	"strings"
	"unicode"
)

// Kicker prints a small label in the brand colour above a title: the kind of
// document ("PROPOSAL", "AGREEMENT").
func (d *Doc) Kicker(s string) {
	d.font("B", sizeKicker)
	d.textColour(d.brand)
	d.line(upper(clean(s)), lineSmall)
	d.textColour(colourText)
}

// Title prints the document's title, wrapped if long.
func (d *Doc) Title(s string) {
	d.font("B", sizeTitle)
	d.textColour(colourText)
	h := sizeTitle * 0.45
	for _, l := range d.wrap(stripTrailing(clean(s)), contentWidth) {
		d.line(l, h)
	}
	d.f.SetY(d.f.GetY() + 1.5)
}

// Heading starts a numbered section ("3", "Costs"). It is drawn together
// with the start of the block that follows, so it never ends a page.
func (d *Doc) Heading(number, title string) {
	d.font("B", sizeHeading)
	number = clean(number)
	numW := 0.0
	if number != "" {
		numW = d.width(number) + 3
	}
	lines := d.wrap(clean(title), contentWidth-numW)
	h := float64(len(lines))*lineHeading + headingGap
	d.pending = append(d.pending, pendingHeading{gap: sectionGap, height: h, draw: func(y float64) {
		d.font("B", sizeHeading)
		d.textColour(d.brand)
		if number != "" {
			d.put(marginLeft, y, numW, lineHeading, number, "L")
		}
		for i, l := range lines {
			d.put(marginLeft+numW, y+float64(i)*lineHeading, contentWidth-numW, lineHeading, l, "L")
		}
		end := y + float64(len(lines))*lineHeading
		d.drawColour(d.brand)
		d.lineWidth(0.4)
		d.f.Line(marginLeft, end+0.6, marginLeft+12, end+0.6)
	}})
}

// Subheading starts a part of a section; like a heading, it waits for the
// block that follows it.
func (d *Doc) Subheading(title string) {
	d.font("B", sizeSubhead)
	lines := d.wrap(clean(title), contentWidth)
	h := float64(len(lines))*lineSubhead + 0.8
	d.pending = append(d.pending, pendingHeading{gap: blockGap - 1, height: h, draw: func(y float64) {
		d.font("B", sizeSubhead)
		d.textColour(d.brand)
		for i, l := range lines {
			d.put(marginLeft, y+float64(i)*lineSubhead, contentWidth, lineSubhead, l, "L")
		}
	}})
}

// Paragraph prints free text at body size. Blank lines in s separate
// paragraphs; the text runs over as many pages as it needs, and a paragraph
// never leaves a single line alone at the bottom of a page.
func (d *Doc) Paragraph(s string) {
	d.text(s, "", sizeBody, lineBody, colourText, 0)
}

// Note prints small, muted text: footnotes, legal fine print.
func (d *Doc) Note(s string) {
	d.text(s, "", sizeSmall, lineSmall, colourMuted, 0)
}

// Strong prints a paragraph in bold.
func (d *Doc) Strong(s string) {
	d.text(s, "B", sizeBody, lineBody, colourText, 0)
}

// text prints paragraphs of s, indented by indent.
func (d *Doc) text(s, style string, size, lh float64, c rgb, indent float64) {
	s = stripTrailing(clean(s))
	if s == "" {
		return
	}
	d.font(style, size)
	d.textColour(c)
	for i, para := range splitParagraphs(s) {
		if i > 0 {
			d.gap(paraGap)
		}
		lines := d.wrap(para, contentWidth-indent)
		last := i == len(splitParagraphs(s))-1
		d.ensure(d.firstLines(len(lines), lh, last))
		for j, l := range lines {
			// Keep the last two lines together so the next page does not
			// start with a lone line either, and with the block that must
			// follow them.
			switch {
			case last && j == max(0, len(lines)-2):
				d.ensure(float64(len(lines)-j)*lh + d.takeKeepWith())
			case j == len(lines)-2:
				d.ensure(2 * lh)
			default:
				d.ensure(lh)
			}
			d.put(marginLeft+indent, d.f.GetY(), contentWidth-indent, lh, l, "L")
			d.f.SetXY(marginLeft, d.f.GetY()+lh)
		}
	}
	d.textColour(colourText)
	d.f.SetY(d.f.GetY() + paraGap)
}

// splitParagraphs cuts s at blank lines.
func splitParagraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.Trim(p, "\n"); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Bullets prints a list; each item wraps under its own first word, and an
// item's first two lines stay together, and its last two.
func (d *Doc) Bullets(items []string) { d.bullets(items, sizeBody, lineBody, colourText) }

// SmallBullets prints a list in small print: standard terms and conditions.
func (d *Doc) SmallBullets(items []string) { d.bullets(items, sizeSmall, lineSmall, colourText) }

func (d *Doc) bullets(items []string, size, lh float64, c rgb) {
	d.markedList(items, func(int) string { return "•" }, 1, bulletIndent, lh*0.15, size, lh, c, true)
}

// markedList prints items each behind its marker (a bullet, a paragraph
// number) in the brand colour, at markerX from the margin; the text stands
// indent from the margin and wraps under itself. An item's first two lines
// stay together, and with keepLast its last two as well, so that no page
// starts with a lone line of it; itemGap separates the items.
func (d *Doc) markedList(items []string, marker func(i int) string, markerX, indent, itemGap, size, lh float64, c rgb, keepLast bool) {
	d.font("", size)
	d.textColour(c)
	for i, it := range items {
		it = stripTrailing(clean(it))
		if it == "" {
			continue
		}
		lines := d.wrap(it, contentWidth-indent)
		last := i == len(items)-1
		d.ensure(d.firstLines(len(lines), lh, last))
		for j, l := range lines {
			switch {
			case last && d.keepWith > 0 && j == max(0, len(lines)-2):
				d.ensure(float64(len(lines)-j)*lh + d.takeKeepWith())
			case j > 0 && keepLast && j == len(lines)-2:
				d.ensure(2 * lh)
			case j > 0:
				d.ensure(lh)
			}
			y := d.f.GetY()
			if j == 0 {
				d.textColour(d.brand)
				d.put(marginLeft+markerX, y, indent-markerX, lh, clean(marker(i)), "L")
				d.textColour(c)
			}
			d.put(marginLeft+indent, y, contentWidth-indent, lh, l, "L")
			d.f.SetXY(marginLeft, y+lh)
		}
		d.f.SetY(d.f.GetY() + itemGap)
	}
	d.textColour(colourText)
	d.f.SetY(d.f.GetY() + paraGap)
}

// Clause prints the paragraphs of an article numbered "9.1", "9.2" under
// its heading number; an article of one paragraph needs no number.
func (d *Doc) Clause(number string, paragraphs []string) {
	d.ClausePart(number, paragraphs, 0, len(paragraphs))
}

// ClausePart prints some of an article's paragraphs, the first of them
// numbered first+1 of total, so that a list or a table can stand between
// the paragraph that announces it and the next.
func (d *Doc) ClausePart(number string, paragraphs []string, first, total int) {
	if len(paragraphs) == 0 {
		return
	}
	if total == 1 {
		d.Paragraph(paragraphs[0])
		return
	}
	d.markedList(paragraphs, func(i int) string { return number + "." + strconv.Itoa(first+i+1) }, 0, clauseNumberWidth,
		paraGap, sizeBody, lineBody, colourText, true)
}

// KeepWithNext makes the last two lines of the next text (a paragraph, a
// list, an article) stay on one page with a block h high that follows
// them, so that block, a signature, never stands alone on a page.
func (d *Doc) KeepWithNext(h float64) { d.keepWith = h }

// firstLines is the height the first lines of a paragraph of n lines need
// on the page where it starts, with the headings above it: two lines, or
// for the last paragraph of a block that short, all of them and the block
// that must follow (KeepWithNext), so a heading never ends a page alone.
func (d *Doc) firstLines(n int, lh float64, last bool) float64 {
	if last && n <= 2 {
		return float64(n)*lh + d.keepWith
	}
	return float64(min(2, n)) * lh
}

// takeKeepWith returns the height set by KeepWithNext, once.
func (d *Doc) takeKeepWith() float64 {
	h := d.keepWith
	d.keepWith = 0
	return h
}

// line prints one line of cleaned text at the current position and moves
// below it.
func (d *Doc) line(s string, h float64) {
	d.ensure(h)
	y := d.f.GetY()
	d.put(marginLeft, y, contentWidth, h, s, "L")
	d.f.SetXY(marginLeft, y+h)
}

// Space adds vertical space, as between two blocks.
func (d *Doc) Space() { d.gap(blockGap) }

// ListItems splits a text typed one item per line into its items, dropping
// empty lines and the bullets people type themselves ("- ", "* ", "• ").
func ListItems(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		for _, b := range []string{"- ", "* ", "• ", "– "} {
			l = strings.TrimSpace(strings.TrimPrefix(l, b))
		}
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// upper capitalises s for labels, leaving a letter as it is when its
// capital is not in Windows-1252 (µ would become a Greek Μ) so the fast
// fonts still cover the result.
func upper(s string) string {
	return strings.Map(func(r rune) rune {
		u := unicode.ToUpper(r)
		if _, ok := cp1252Byte(r); ok {
			if _, ok := cp1252Byte(u); !ok {
				return r
			}
		}
		return u
	}, s)
}
