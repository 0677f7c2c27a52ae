package pdf

import "strings"

// The draft watermark is drawn as strokes, not set in a font: text would be
// copied and extracted with the page, and pdftotext would interleave its
// letters ("CO", "NC", "EP") with the words of the document. A stroked
// mark is only seen.

// strokeLetters are the capitals of the draft words as polylines on a grid
// four units wide and six high, y downwards. A word with another letter
// falls back to text.
var strokeLetters = map[rune][][]point{
	'A': {{{0, 6}, {2, 0}, {4, 6}}, {{0.7, 4}, {3.3, 4}}},
	'C': {{{4, 1}, {3, 0}, {1, 0}, {0, 1}, {0, 5}, {1, 6}, {3, 6}, {4, 5}}},
	'D': {{{0, 0}, {0, 6}, {2.5, 6}, {4, 4.5}, {4, 1.5}, {2.5, 0}, {0, 0}}},
	'E': {{{4, 0}, {0, 0}, {0, 6}, {4, 6}}, {{0, 3}, {3, 3}}},
	'F': {{{4, 0}, {0, 0}, {0, 6}}, {{0, 3}, {3, 3}}},
	'J': {{{4, 0}, {4, 5}, {3, 6}, {1, 6}, {0, 5}}},
	'N': {{{0, 6}, {0, 0}, {4, 6}, {4, 0}}},
	'O': {{{1, 0}, {3, 0}, {4, 1}, {4, 5}, {3, 6}, {1, 6}, {0, 5}, {0, 1}, {1, 0}}},
	'P': {{{0, 6}, {0, 0}, {3, 0}, {4, 1}, {4, 2.5}, {3, 3.5}, {0, 3.5}}},
	'R': {{{0, 6}, {0, 0}, {3, 0}, {4, 1}, {4, 2.5}, {3, 3.5}, {0, 3.5}}, {{2, 3.5}, {4, 6}}},
	'T': {{{0, 0}, {4, 0}}, {{2, 0}, {2, 6}}},
}

type point struct{ x, y float64 }

// Proportions of the stroked mark: a grid unit in mm, the gap between
// letters in units, and the stroke width in mm.
const (
	strokeUnit  = 4.2
	strokeGap   = 1.8
	strokeWidth = 3.4
)

// canStroke reports whether every letter of w has strokes.
func canStroke(w string) bool {
	for _, r := range w {
		if _, ok := strokeLetters[r]; !ok {
			return false
		}
	}
	return w != ""
}

// strokeWord draws w centred on (cx, cy), in the current draw colour and
// transformation.
func (d *Doc) strokeWord(w string, cx, cy float64) {
	n := float64(len([]rune(w)))
	width := (n*4 + (n-1)*strokeGap) * strokeUnit
	x0, y0 := cx-width/2, cy-3*strokeUnit
	d.lineWidth(strokeWidth)
	d.f.SetLineCapStyle("round")
	d.f.SetLineJoinStyle("round")
	for _, r := range w {
		for _, line := range strokeLetters[r] {
			for j, p := range line {
				x, y := x0+p.x*strokeUnit, y0+p.y*strokeUnit
				if j == 0 {
					d.f.MoveTo(x, y)
				} else {
					d.f.LineTo(x, y)
				}
			}
			d.f.DrawPath("D")
		}
		x0 += (4 + strokeGap) * strokeUnit
	}
	d.f.SetLineCapStyle("butt")
	d.f.SetLineJoinStyle("miter")
}

// markWord is the word as the mark writes it.
func markWord(w string) string { return strings.ToUpper(clean(w)) }
