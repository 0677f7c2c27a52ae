package pdf

import (
	"errors"

	"golang.org/x/image/font/sfnt"
)

var errNoCmap = errors.New("pdf: font has no readable Unicode cmap")

// cmapRunes returns the characters of the Basic Multilingual Plane that a
// TrueType font maps to a glyph, as sfnt reads them from its Unicode cmap.
// gofpdf does not expose this, and without it a character the font lacks
// would print as an empty box that pdftotext reads back as nothing at all.
// Characters above U+FFFF are left out: gofpdf's UTF-8 fonts stop there, so
// encodeUTF8 replaces them whatever the font holds.
func cmapRunes(ttf []byte) (map[rune]bool, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, errors.Join(errNoCmap, err)
	}
	var buf sfnt.Buffer
	runes := map[rune]bool{}
	for r := rune(0); r <= 0xFFFF; r++ {
		g, err := f.GlyphIndex(&buf, r)
		if err != nil {
			return nil, errors.Join(errNoCmap, err)
		}
		if g != 0 {
			runes[r] = true
		}
	}
	return runes, nil
}
