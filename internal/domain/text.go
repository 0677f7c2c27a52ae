package domain

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// badRune reports whether r must not be stored in a field: a C0 or C1
// control character (ESC starts a terminal's escape sequences, BEL rings),
// DEL, or a bidi override or isolate, which can make a name read backwards
// on screen and on paper. In multi-line text newline and tab are allowed.
func badRune(r rune, multiLine bool) bool {
	switch {
	case multiLine && (r == '\n' || r == '\t'):
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// RuneName is how a sentence names a character a person cannot see:
// U+001B.
func RuneName(r rune) string { return fmt.Sprintf("U+%04X", r) }

// checkText refuses text that is not UTF-8 or that holds a character
// badRune refuses, naming the field, the character and where it is.
func checkText(field, v string, multiLine bool) error {
	if !utf8.ValidString(v) {
		return Invalidf(field, "is not valid text (UTF-8); was it copied from a file in another encoding? Type it again.")
	}
	pos := 0
	for i, r := range v {
		pos++
		// A CR LF is a line break, as a text pasted on Windows has it.
		if multiLine && r == '\r' && strings.HasPrefix(v[i+1:], "\n") {
			continue
		}
		if badRune(r, multiLine) {
			if multiLine {
				return Invalidf(field, "holds an invisible control character (%s) at character %d; only line breaks and tabs are allowed. Remove it.", RuneName(r), pos)
			}
			return Invalidf(field, "holds an invisible control character (%s) at character %d; it must be one line of plain text. Remove it.", RuneName(r), pos)
		}
	}
	return nil
}

// oneLine checks a field of one line.
func oneLine(field, v string) error { return checkText(field, v, false) }

// multiLine checks a field that may hold line breaks and tabs.
func multiLine(field, v string) error { return checkText(field, v, true) }

// oneLineList checks every item of a list field.
func oneLineList(field string, items []string) error {
	for _, it := range items {
		if err := checkText(field, it, false); err != nil {
			return err
		}
	}
	return nil
}

// NormalizeLineEnds turns the CR LF and lone CR that Windows forms and old
// files put in multi-line text into the newline the store keeps.
func NormalizeLineEnds(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// SafeText returns s with every character badRune refuses in multi-line
// text shown as ⟨U+001B⟩, and bytes that are not UTF-8 as ⟨0xFF⟩: for a
// terminal, which would otherwise run an escape sequence or ring.
func SafeText(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || badRune(r, true) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, "⟨0x%02X⟩", s[i])
		case badRune(r, true):
			b.WriteString("⟨" + RuneName(r) + "⟩")
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// ControlRune reports whether r is a character a terminal would run
// rather than show (ESC, BEL, C0 and C1, DEL, a bidi override); newline
// and tab are text.
func ControlRune(r rune) bool { return badRune(r, true) }
