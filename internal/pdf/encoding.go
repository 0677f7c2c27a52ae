package pdf

import (
	"strings"
	"unicode/utf8"
)

// Text reaches gofpdf in two steps. clean makes what a person typed
// printable (line ends, tabs, invisible and control characters), and the
// layout measures and wraps the result; then each line is encoded for the
// form of the font that prints it: Windows-1252 bytes for the single-byte
// fonts, UTF-8 with unknown characters replaced for the UTF-8 ones.

// cp1252High maps the characters Windows-1252 puts in 0x80–0x9F, where
// Latin-1 has control codes, to their bytes. 0xA0–0xFF equal Latin-1.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// cp1252Byte returns the Windows-1252 byte of r, if it has one. (0xA0 and
// 0xAD have no glyph in Carlito: clean drops the soft hyphen, and the
// encoders print the no-break space as a space.)
func cp1252Byte(r rune) (byte, bool) {
	switch {
	case r >= 0x20 && r < 0x7F:
		return byte(r), true
	case r >= 0xA0 && r <= 0xFF:
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
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
