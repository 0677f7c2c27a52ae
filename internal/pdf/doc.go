// Package pdf prints the firm's documents: proposals and engagement
// contracts, from the same blocks (letterhead, addressee, numbered
// headings, paragraphs that run over as many pages as they need, numbered
// clauses, tables whose rows never split, a cost chart, signature lines, a
// "page x of y" footer with the parties' initials). It is the only package
// that imports gofpdf.
//
// A Doc is a small toolkit around one gofpdf document: it owns the page
// setup, the fonts, the running footer and every page break. Blocks measure
// themselves first and move to the next page whole when they must stay
// together, so no table row, totals block or signature block is ever cut.
package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// Setup is what a Doc needs before the first page.
type Setup struct {
	// Metadata shown by PDF readers.
	Title, Author, Subject, Keywords string
	// Date stands as the creation and modification date, so the same
	// document always renders to the same bytes. It is written in UTC
	// whatever its location (a PDF date without a zone is read as UTC), and
	// a zero Date writes documentDate rather than gofpdf's clock.
	Date time.Time
	// Brand is the firm's colour ("#1F3A5F") for headings, rules and table
	// heads; empty or malformed takes the default.
	Brand string
	// Watermark, when set, is printed large and light across every page and
	// as a tag at the top: a draft says so on each sheet.
	Watermark string
	Footer    Footer
	// NoCompression leaves every page stream uncompressed, so tests can
	// read the drawing operators. Otherwise long documents are compressed
	// (see compressFrom).
	NoCompression bool
}

// Footer is the line at the bottom of every page.
type Footer struct {
	// Page writes "Page 2 of 3"; total is a placeholder gofpdf fills in
	// when the document is finished.
	Page func(page int, total string) string
	// Reference identifies the document: number, version, short hash.
	Reference string
	// Initials, when set, labels a box in the corner where each party
	// initials every page of a contract.
	Initials string
	// InitialBoxes is how many boxes stand beside that label, one per
	// party that signs; 0 is one box.
	InitialBoxes int
	// Header is repeated small at the top of every page after the first.
	Header string
}

// compressFrom is the page count from which page streams are compressed.
// The pages of a proposal hold about 6 KB of drawing operators each, while
// gofpdf spends a fresh 1 MB zlib compressor on every page: compressing a
// four-page proposal takes more time than laying it out and printing it,
// to save 24 KB of a 90 KB file whose fonts are compressed anyway. Long
// documents (a situation of thousands of words) are compressed, so that no
// file comes near the 250 KB budget. See docs/PERFORMANCE.md. A variable
// only so that a benchmark can measure the other choice.
var compressFrom = 7

// totalPagesAlias is replaced by the page count when the PDF is written.
// gofpdf replaces it wherever it occurs, so it is made of tabs, which clean
// turns into spaces in every text a person typed: a proposal that mentions
// "{nb}" prints "{nb}".
const totalPagesAlias = "\tnb\t"

// rgb is a colour in 0–255 components.
type rgb struct{ r, g, b int }

// parseColour reads "#RRGGBB".
func parseColour(s string) (rgb, bool) {
	if len(s) != 7 || s[0] != '#' {
		return rgb{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return rgb{}, false
	}
	return rgb{int(v >> 16 & 0xFF), int(v >> 8 & 0xFF), int(v & 0xFF)}, true
}

// Doc is one document being laid out.
type Doc struct {
	f     *gofpdf.Fpdf
	brand rgb
	setup Setup
	// utf8Styles are the styles whose UTF-8 form has been loaded.
	utf8Styles map[string]bool

	// The graphics state as gofpdf last set it, so blocks can switch and
	// restore it freely: gofpdf formats and writes every change, even to
	// the value already set, and a table would repeat them for every cell.
	pen

	// pending are headings waiting for the block that follows them, so a
	// heading is never the last thing on a page.
	pending []pendingHeading
	// keepWith is the height of the block that follows the next text,
	// which the text's last lines stay on a page with: the signature
	// after the final article (KeepWithNext).
	keepWith float64
}

// pen is the state that drawing changes.
type pen struct {
	style              string
	size               float64
	colour, draw, fill rgb // text, lines, areas
	lineWidth          float64
}

// unset differs from every colour, so the first change is always made.
var unset = rgb{-1, -1, -1}

// pendingHeading is a heading measured but not yet drawn.
type pendingHeading struct {
	gap, height float64
	draw        func(y float64)
}

// NewDoc starts a document on A4 with the house margins, fonts and footer,
// and opens its first page.
func NewDoc(s Setup) *Doc {
	f := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		SizeStr:        "A4",
	})
	d := &Doc{f: f, setup: s, brand: defaultBrand, utf8Styles: map[string]bool{}}
	d.pen = pen{colour: unset, draw: unset, fill: unset, lineWidth: -1}
	if c, ok := parseColour(s.Brand); ok {
		d.brand = c
	}

	// Byte-stable output: fixed dates and sorted resource catalogues.
	f.SetCatalogSort(true)
	stamp := stampOf(s.Date)
	f.SetCreationDate(stamp)
	f.SetModificationDate(stamp)
	f.SetTitle(metaText(s.Title), true)
	f.SetAuthor(metaText(s.Author), true)
	f.SetSubject(metaText(s.Subject), true)
	f.SetKeywords(metaText(s.Keywords), true)
	f.SetCreator("Interim Desk", true)
	f.SetProducer("Interim Desk (gofpdf)", true)
	f.SetDisplayMode("fullwidth", "single")

	loadFonts(f)
	f.SetMargins(marginLeft, marginTop, marginRight)
	// Every break is decided by the blocks, which know what must stay
	// together; gofpdf's own would cut a row in two.
	f.SetAutoPageBreak(false, marginBottom)
	f.SetCellMargin(0)
	f.AliasNbPages(totalPagesAlias)
	f.SetHeaderFunc(d.drawHeader)
	f.SetFooterFunc(d.drawFooter)
	d.newPage()
	return d
}

// Bytes finishes the document and returns the PDF.
func (d *Doc) Bytes() ([]byte, error) {
	d.ensure(0) // a heading nothing followed is printed all the same
	d.f.SetCompression(!d.setup.NoCompression && d.Pages() >= compressFrom)
	if err := d.f.Error(); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	var buf bytes.Buffer
	buf.Grow(128 << 10)
	if err := d.f.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), nil
}

// Pages is the number of pages so far.
func (d *Doc) Pages() int { return d.f.PageCount() }

// newPage starts a page; the header function draws the watermark and the
// running header.
func (d *Doc) newPage() {
	before := d.pen
	d.f.AddPage()
	// gofpdf puts back the font, colours and line width it had before the
	// footer and header ran.
	after := before
	if before.size == 0 {
		// No font was chosen before, so gofpdf kept the header's.
		after.style, after.size = d.style, d.size
	}
	d.pen = after
}

// room is the height left on the page below the current position.
func (d *Doc) room() float64 { return contentEnd - d.f.GetY() }

// fullPage is the height a block has on an empty page.
func (d *Doc) fullPage() float64 {
	top := marginTop
	if d.setup.Footer.Header != "" {
		top += headerHeight
	}
	return contentEnd - top
}

// ensure moves to a new page unless h, and the headings waiting to be drawn
// above it, fit below the current position; then it draws those headings.
// Every block calls it before it prints, with the height it must not split.
// A block taller than a whole page starts on the current one if that is
// less than two-thirds full, since moving it would not help.
func (d *Doc) ensure(h float64) {
	if h <= 0 && len(d.pending) == 0 {
		return
	}
	need := h
	for i, p := range d.pending {
		if i > 0 || !d.atTop() {
			need += p.gap
		}
		need += p.height
	}
	if need > d.room() && (need <= d.fullPage() || d.room() < d.fullPage()/3) {
		d.newPage()
	}
	if len(d.pending) == 0 {
		return
	}
	style, size, colour := d.style, d.size, d.colour
	for _, p := range d.pending {
		if !d.atTop() {
			d.f.SetY(d.f.GetY() + p.gap)
		}
		y := d.f.GetY()
		p.draw(y)
		d.f.SetXY(marginLeft, y+p.height)
	}
	d.pending = d.pending[:0]
	d.font(style, size)
	d.textColour(colour)
}

// gap adds vertical space, unless the page is just beginning.
func (d *Doc) gap(h float64) {
	if d.atTop() {
		return
	}
	if h >= d.room() {
		d.newPage()
		return
	}
	d.f.SetY(d.f.GetY() + h)
}

// atTop reports whether nothing has been printed on this page yet.
func (d *Doc) atTop() bool { return d.f.GetY() <= d.pageTop()+0.01 }

// pageTop is where content starts on the current page.
func (d *Doc) pageTop() float64 {
	if d.f.PageNo() > 1 && d.setup.Footer.Header != "" {
		return marginTop + headerHeight
	}
	return marginTop
}

// font selects the typeface in a style ("" or "B") and size, only telling
// gofpdf when something changed.
func (d *Doc) font(style string, size float64) {
	if style == d.style && size == d.size {
		return
	}
	d.style, d.size = style, size
	d.f.SetFont(fontFamily, style, size)
}

func (d *Doc) textColour(c rgb) {
	if c != d.colour {
		d.colour = c
		d.f.SetTextColor(c.r, c.g, c.b)
	}
}

func (d *Doc) drawColour(c rgb) {
	if c != d.draw {
		d.draw = c
		d.f.SetDrawColor(c.r, c.g, c.b)
	}
}

func (d *Doc) fillColour(c rgb) {
	if c != d.fill {
		d.fill = c
		d.f.SetFillColor(c.r, c.g, c.b)
	}
}

// lineWidth sets the width of the lines drawn next, in millimetres.
func (d *Doc) lineWidth(w float64) {
	if w != d.pen.lineWidth {
		d.pen.lineWidth = w
		d.f.SetLineWidth(w)
	}
}

// withFont calls fn with cleaned text encoded for the form of the current
// font that can print it: the single-byte form when every character fits
// Windows-1252, else the UTF-8 form of the same style, loaded the first time
// and selected for the call only.
func (d *Doc) withFont(s string, fn func(encoded string)) {
	if fitsCP1252(s) {
		fn(encodeCP1252(s))
		return
	}
	if !d.utf8Styles[d.style] {
		d.utf8Styles[d.style] = true
		d.f.AddUTF8FontFromBytes(fontFamilyUTF8, d.style, utf8TTF(d.style))
	}
	d.f.SetFont(fontFamilyUTF8, d.style, d.size)
	fn(encodeUTF8(s))
	d.f.SetFont(fontFamily, d.style, d.size)
}

// width is the printed width of cleaned text in the current font.
func (d *Doc) width(s string) (w float64) {
	d.withFont(s, func(e string) { w = d.f.GetStringWidth(e) })
	return w
}

// put prints one line of cleaned text in a box at (x, y) of width w and
// height h, aligned "L", "C" or "R".
func (d *Doc) put(x, y, w, h float64, s, align string) {
	d.withFont(s, func(e string) {
		d.f.SetXY(x, y)
		d.f.CellFormat(w, h, e, "", 0, align, false, 0, "")
	})
}

// rule draws a horizontal line across the content width.
func (d *Doc) rule(y float64, c rgb, width float64) {
	d.drawColour(c)
	d.lineWidth(width)
	d.f.Line(marginLeft, y, pageWidth-marginRight, y)
}

// drawHeader runs at the start of every page.
func (d *Doc) drawHeader() {
	// gofpdf has just begun the page and set the state it restores; ours
	// is unknown until the header sets it.
	d.pen = pen{colour: unset, draw: unset, fill: unset, lineWidth: -1}
	if w := d.setup.Watermark; w != "" {
		d.drawWatermark(w)
	}
	if d.f.PageNo() > 1 && d.setup.Footer.Header != "" {
		d.font("", sizeTiny)
		d.textColour(colourMuted)
		d.put(marginLeft, marginTop-4, contentWidth, lineTiny, clean(d.setup.Footer.Header), "L")
		d.rule(marginTop+1, colourRule, 0.2)
	}
	d.textColour(colourText)
	d.f.SetXY(marginLeft, d.pageTop())
}

// drawWatermark prints w diagonally across the page in a colour light enough
// to read the text through, and as a tag in the top margin.
func (d *Doc) drawWatermark(w string) {
	w = clean(w)
	d.font("B", sizeWatermark)
	d.textColour(colourWatermark)
	cx, cy := pageWidth/2, pageHeight/2
	d.f.TransformBegin()
	d.f.TransformRotate(55, cx, cy)
	if mark := markWord(w); canStroke(mark) {
		// Strokes, so the mark stays out of the text a reader copies.
		d.drawColour(colourWatermark)
		d.strokeWord(mark, cx, cy)
	} else {
		tw := d.width(w)
		d.put(cx-tw/2, cy-sizeWatermark*0.35/2, tw, sizeWatermark*0.35, w, "C")
	}
	d.f.TransformEnd()

	d.font("B", sizeDraftTag)
	tag := w
	tw := d.width(tag) + 6
	d.fillColour(colourAccent)
	d.f.Rect(pageWidth-marginRight-tw, 7, tw, 5.5, "F")
	d.textColour(rgb{255, 255, 255})
	d.put(pageWidth-marginRight-tw, 7, tw, 5.5, tag, "C")
}

// drawFooter runs at the end of every page.
func (d *Doc) drawFooter() {
	ft := d.setup.Footer
	d.rule(footerRule, colourRule, 0.2)
	d.font("", sizeTiny)
	d.textColour(colourMuted)
	if ft.Page != nil {
		// Left-aligned: the placeholder is wider than the number it becomes,
		// so a right-aligned total would not line up.
		label := strings.ReplaceAll(clean(ft.Page(d.f.PageNo(), "{total}")), "{total}", totalPagesAlias)
		d.put(marginLeft, footerY, contentWidth/3, lineTiny, label, "L")
	}
	if ft.Reference != "" {
		d.put(marginLeft+contentWidth/3, footerY, contentWidth/3, lineTiny, clean(ft.Reference), "C")
	}
	if ft.Initials != "" {
		label := clean(ft.Initials)
		box := initialsBox
		x := pageWidth - marginRight - box
		d.drawColour(colourMuted)
		d.lineWidth(0.2)
		for i := range max(ft.InitialBoxes, 1) {
			if i > 0 {
				x -= box + initialsGap
			}
			d.f.Rect(x, footerY-2.5, box, 8, "D")
		}
		lw := d.width(label)
		d.put(x-lw-initialsGap, footerY, lw, lineTiny, label, "R")
	}
	d.textColour(colourText)
}

// metaText makes a string safe for the document properties: one line of
// valid UTF-8 within the 16-bit range gofpdf's UTF-16 encoder handles (it
// reads past the end of a broken sequence and mangles anything wider).
func metaText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == nbsp:
			return ' '
		case r > 0xFFFF:
			return replacement
		}
		return r
	}, clean(s))
}

// stripTrailing trims spaces at the end of every line of s and blank lines
// at its ends, so a text pasted with stray whitespace prints tidy.
func stripTrailing(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}
