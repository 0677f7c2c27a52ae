package pdf

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Text reaches gofpdf in two steps. clean makes what a person typed
// printable (line ends, tabs, invisible and control characters), and the
// layout measures and wraps the result; then each line is encoded for the
// form of the font that prints it: Windows-1252 bytes for the single-byte
// fonts, UTF-8 with unknown characters replaced for the UTF-8 ones.

// cp1252Byte returns the Windows-1252 byte of a printable r, if it has
// one. Control characters have none here: x/text maps the C0 and C1 codes
// (and the five bytes Windows-1252 leaves undefined) to themselves, and no
// font prints them. (0xA0 and 0xAD have no glyph in Carlito: clean drops the
// soft hyphen, and the encoders print the no-break space as a space.)
func cp1252Byte(r rune) (byte, bool) {
	if r < 0x20 || (r >= 0x7F && r < 0xA0) {
		return 0, false
	}
	return charmap.Windows1252.EncodeRune(r)
}

// isASCII reports whether s is plain ASCII, the common case, checked byte
// by byte without decoding.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fitsCP1252 reports whether every character of s can be printed with the
// single-byte fonts. Line breaks and tabs count as fitting: the layout
// handles them before anything reaches a font.
func fitsCP1252(s string) bool {
	if isASCII(s) {
		return true
	}
	for _, r := range s {
		if r == '\n' || r == '\t' || r == '\r' {
			continue
		}
		if _, ok := cp1252Byte(r); !ok {
			return false
		}
	}
	return true
}

// toCP1252 encodes s, which fitsCP1252, for the single-byte fonts.
func toCP1252(s string) string {
	if isASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := cp1252Byte(r)
		if r == '\t' {
			c, ok = '\t', true // only in the page-count placeholder
		}
		if !ok {
			c = '?'
		}
		b = append(b, c)
	}
	return string(b)
}

// replacement stands in for a character the typeface has no glyph for, so a
// reader sees that something is missing instead of an empty box.
const replacement = '?'

// clean makes free text printable: Windows and old Mac line ends become
// line breaks, tabs and other spacing become spaces, control and format
// characters go, the soft hyphen goes (Carlito has no glyph for it), and a
// no-break space stays a no-break space for the line breaker, which prints
// it as a space.
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r':
			b.WriteByte('\n')
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r == 0xA0 || r == 0x202F || r == 0x2007 || r == 0x2060:
			b.WriteRune(nbsp)
		case r == 0xAD || r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF:
			// invisible: soft hyphen, zero-width characters, byte-order mark
		case r == utf8.RuneError:
			b.WriteRune(replacement)
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
			// other C0 and C1 control codes print nothing useful
		case r == 0x2028 || r == 0x2029: // line and paragraph separators
			b.WriteByte('\n')
		case r >= 0x2000 && r <= 0x200A || r == 0x3000: // the other widths of space
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII without control characters
// but line breaks: most strings of a document, which clean returns as is.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c < 0x20 && c != '\n') || c == 0x7F {
			return false
		}
	}
	return true
}

// nbsp is the no-break space; the line breaker never breaks at it and the
// encoders print it as an ordinary space, so copied text reads as typed.
const nbsp = '\u00A0'

// encodeCP1252 returns cleaned text that fits Windows-1252 as the bytes the
// single-byte fonts print, with no-break spaces as spaces.
func encodeCP1252(s string) string {
	if isPlain(s) {
		return s
	}
	return toCP1252(strings.ReplaceAll(s, string(nbsp), " "))
}

// encodeUTF8 returns cleaned text for the UTF-8 fonts: no-break spaces as
// spaces, and characters Carlito has no glyph for replaced, so the reader
// sees a question mark rather than an empty box. gofpdf's UTF-8 fonts stop
// at U+FFFF (its glyph map has 65,536 entries), so anything above is
// replaced too.
func encodeUTF8(s string) string {
	runes := carlitoRunes()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == nbsp:
			b.WriteByte(' ')
		case r < 0x80 || (r <= 0xFFFF && (runes == nil || runes[r])):
			b.WriteRune(r)
		default:
			b.WriteRune(replacement)
		}
	}
	return b.String()
}
