package pdf

import (
	"strings"
	"unicode/utf8"
)

// wrap breaks cleaned text into lines no wider than w in the current font.
// A line break in s starts a new line and an empty line stays empty. Words
// break at spaces only, never at a no-break space, so "€ 75.000,00" stays
// whole; a word wider than the line (a long URL, a name without spaces) is
// cut between characters rather than run over the margin.
func (d *Doc) wrap(s string, w float64) []string {
	var lines []string
	for para := range strings.SplitSeq(s, "\n") {
		lines = d.wrapLine(lines, para, w)
	}
	return lines
}

// wrapLine appends the lines of one paragraph without line breaks.
func (d *Doc) wrapLine(lines []string, s string, w float64) []string {
	if d.width(s) <= w {
		return append(lines, strings.TrimRight(s, " "))
	}
	space := d.width(" ")
	var cur strings.Builder
	curW := 0.0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curW = 0
	}
	for word := range strings.SplitSeq(s, " ") {
		if word == "" {
			continue // runs of spaces print as one
		}
		ww := d.width(word)
		if cur.Len() > 0 && curW+space+ww <= w {
			cur.WriteByte(' ')
			cur.WriteString(word)
			curW += space + ww
			continue
		}
		if cur.Len() > 0 {
			flush()
		}
		for ww > w {
			head, rest := d.fit(word, w)
			lines = append(lines, head)
			word, ww = rest, d.width(rest)
		}
		cur.WriteString(word)
		curW = ww
	}
	if cur.Len() > 0 {
		flush()
	}
	return lines
}

// fit splits word where it stops fitting in w; the head holds at least one
// character so the loop in wrapLine always ends.
func (d *Doc) fit(word string, w float64) (head, rest string) {
	cut, acc := 0, 0.0
	for i, r := range word {
		end := i + utf8.RuneLen(r)
		acc += d.width(word[i:end]) // glyph widths add up: no kerning
		if cut > 0 && acc > w {
			break
		}
		cut = end
	}
	return word[:cut], word[cut:]
}
