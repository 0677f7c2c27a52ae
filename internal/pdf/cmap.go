package pdf

import (
	"encoding/binary"
	"errors"
)

// cmapRunes returns the characters a TrueType font maps to a glyph, read from
// its Unicode cmap (format 4 for the Basic Multilingual Plane, format 12 when
// the font has one). gofpdf does not expose this, and without it a character
// the font lacks would print as an empty box that pdftotext reads back as
// nothing at all.
func cmapRunes(ttf []byte) (map[rune]bool, error) {
	errBad := errors.New("pdf: font has no readable Unicode cmap")
	u16 := func(off int) (int, bool) {
		if off < 0 || off+2 > len(ttf) {
			return 0, false
		}
		return int(binary.BigEndian.Uint16(ttf[off:])), true
	}
	u32 := func(off int) (int, bool) {
		if off < 0 || off+4 > len(ttf) {
			return 0, false
		}
		return int(binary.BigEndian.Uint32(ttf[off:])), true
	}

	numTables, ok := u16(4)
	if !ok {
		return nil, errBad
	}
	cmap := -1
	for i := 0; i < numTables; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errBad
		}
		if string(ttf[rec:rec+4]) == "cmap" {
			cmap, _ = u32(rec + 8)
		}
	}
	if cmap < 0 {
		return nil, errBad
	}

	// Prefer the full-repertoire subtable (3,10 format 12), else the BMP one
	// (3,1 or 0,x format 4).
	n, _ := u16(cmap + 2)
	best, bestFormat := -1, 0
	for i := 0; i < n; i++ {
		rec := cmap + 4 + 8*i
		platform, ok1 := u16(rec)
		encoding, ok2 := u16(rec + 2)
		off, ok3 := u32(rec + 4)
		if !ok1 || !ok2 || !ok3 {
			return nil, errBad
		}
		format, ok := u16(cmap + off)
		if !ok || !(platform == 3 && (encoding == 1 || encoding == 10) || platform == 0) {
			continue
		}
		if format == 12 || (format == 4 && bestFormat != 12) {
			best, bestFormat = cmap+off, format
		}
	}

	runes := map[rune]bool{}
	switch bestFormat {
	case 4:
		segX2, ok := u16(best + 6)
		if !ok {
			return nil, errBad
		}
		ends, starts := best+14, best+16+segX2
		deltas, ranges := starts+segX2, starts+2*segX2
		for s := 0; s < segX2; s += 2 {
			end, _ := u16(ends + s)
			start, _ := u16(starts + s)
			delta, _ := u16(deltas + s)
			rangeOff, ok := u16(ranges + s)
			if !ok {
				return nil, errBad
			}
			for c := start; c <= end && c != 0xFFFF; c++ {
				glyph := 0
				if rangeOff == 0 {
					glyph = (c + delta) & 0xFFFF
				} else {
					g, ok := u16(ranges + s + rangeOff + 2*(c-start))
					if !ok {
						return nil, errBad
					}
					if g != 0 {
						glyph = (g + delta) & 0xFFFF
					}
				}
				if glyph != 0 {
					runes[rune(c)] = true
				}
			}
		}
	case 12:
		groups, ok := u32(best + 12)
		if !ok {
			return nil, errBad
		}
		for g := 0; g < groups; g++ {
			rec := best + 16 + 12*g
			start, ok1 := u32(rec)
			end, ok2 := u32(rec + 4)
			glyph, ok3 := u32(rec + 8)
			if !ok1 || !ok2 || !ok3 || end < start || end-start > 0x10FFFF {
				return nil, errBad
			}
			for c := start; c <= end; c++ {
				if glyph+(c-start) != 0 {
					runes[rune(c)] = true
				}
			}
		}
	default:
		return nil, errBad
	}
	return runes, nil
}
