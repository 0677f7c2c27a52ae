package domain

import (
	"regexp"
	"strings"
	"sync"
)

// Phone numbers are kept in international form, "+32 475 12 34 56", so
// that a Belgian and a Dutch number cannot be mistaken for each other and
// every screen, document and export shows them alike.
//
// The rule is the standard library's, not a phone-number library's: the
// domain imports nothing else, the firms work in Belgium and the
// Netherlands, whose numbering plans are short to state (Belgium: 8
// national digits for a fixed line, 9 for a mobile starting with 4; the
// Netherlands: 9, mobiles starting with 6), and a number of another
// country is kept as typed with its country code, checked only for E.164's
// 8 to 15 digits. A library would also check area codes abroad; it would
// put a 10 MB table of every numbering plan into a program that needs two:
// github.com/nyaruka/phonenumbers was tried on 2026-12-06 and, loading its
// tables when a program starts, made every command of interimdesk-cli
// about 60 ms slower and 7 MB larger in memory (8 → 15 MB resident for
// --help), for plans the firms do not dial.
//
// Address books add notes to numbers ("+32 475 12 34 56 (gsm)", "privé:
// 02 123 45 67", "0475 12 34 56 mobiel"): a note is dropped when what
// remains is a number, so such a file imports; a note alone is refused.

// nlTwoDigitAreas are the Dutch area codes of two digits (010 Rotterdam,
// 020 Amsterdam, …); the others have three.
var nlTwoDigitAreas = map[string]bool{
	"10": true, "13": true, "15": true, "20": true, "23": true, "24": true, "26": true, "30": true,
	"33": true, "35": true, "36": true, "38": true, "40": true, "43": true, "45": true, "46": true,
	"50": true, "53": true, "55": true, "58": true, "70": true, "71": true, "72": true, "73": true,
	"74": true, "75": true, "76": true, "77": true, "78": true, "79": true,
}

// phoneDigits reads what people type around a number (spaces, dots,
// slashes, hyphens, brackets, "(0)") into "+" and digits, or digits alone
// for a national number. ok is false when anything else is in it.
func phoneDigits(s string) (string, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "(0)", "")
	var b strings.Builder
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
			b.WriteRune(r)
		case strings.ContainsRune(" .-/()\u00a0", r):
		default:
			return "", false
		}
	}
	d := b.String()
	if strings.HasPrefix(d, "00") {
		d = "+" + d[2:]
	}
	return d, true
}

// NormalizePhone writes a Belgian or Dutch number in international form;
// country ("BE", "NL" or "") says which plan a number without a country
// code follows. Without a country, a 9-digit number is Belgian, a 10-digit
// one starting with 06 is a Dutch mobile and one starting with 047, 048 or
// 049 a Belgian mobile; another stays as typed. What is not a phone number
// at all is left as typed for CheckPhone to refuse.
func NormalizePhone(s, country string) string {
	if n := stripPhoneNotes(s); n != s {
		if out := normalizePhone(n, country); CheckPhone(out) == nil {
			return out
		}
	}
	return normalizePhone(s, country)
}

// Notes around a number: words in brackets, a label before a colon, words
// after the digits. Letters only, so "(0)" and digits are never taken.
// Compiled on first use: the letter class \pL is a large table, and every
// command paid for it at start (a tenth of a `proposals show` process).
var phoneNotes = sync.OnceValue(func() [3]*regexp.Regexp {
	return [3]*regexp.Regexp{
		regexp.MustCompile(`\([^()0-9]*\pL[^()0-9]*\)`),
		regexp.MustCompile(`^\s*\pL[\pL\s.]*:\s*`),
		regexp.MustCompile(`[\s,;–-]+\pL[\pL\s.]*$`),
	}
})

// stripPhoneNotes removes the notes people write around a number.
func stripPhoneNotes(s string) string {
	re := phoneNotes()
	s = re[0].ReplaceAllString(s, " ")
	s = re[1].ReplaceAllString(s, "")
	return strings.TrimSpace(re[2].ReplaceAllString(s, ""))
}

func normalizePhone(s, country string) string {
	d, ok := phoneDigits(s)
	if !ok || d == "" {
		return strings.TrimSpace(s)
	}
	if !strings.HasPrefix(d, "+") && strings.HasPrefix(d, "0") && !strings.HasPrefix(d, "00") {
		switch {
		case country == "BE" || country == "" && (len(d) == 9 || len(d) == 10 && d[1] == '4' && d[2] >= '7'):
			d = "+32" + d[1:]
		case country == "NL" || country == "" && len(d) == 10 && d[1] == '6':
			d = "+31" + d[1:]
		}
	}
	switch {
	case strings.HasPrefix(d, "+32"):
		if f, ok := formatBE(d[3:]); ok {
			return "+32 " + f
		}
	case strings.HasPrefix(d, "+31"):
		if f, ok := formatNL(d[3:]); ok {
			return "+31 " + f
		}
	}
	// Another country: separators as typed, one space each.
	if strings.HasPrefix(d, "+") {
		return strings.Join(strings.FieldsFunc(strings.TrimSpace(s), func(r rune) bool {
			return strings.ContainsRune(" .-/()\u00a0", r)
		}), " ")
	}
	return strings.TrimSpace(s)
}

// groups writes d in groups of the given sizes, the rest in the last.
func groups(d string, sizes ...int) string {
	var parts []string
	for _, n := range sizes {
		parts = append(parts, d[:n])
		d = d[n:]
	}
	return strings.Join(parts, " ")
}

// formatBE writes a Belgian national number: 475 12 34 56, 2 123 45 67 or
// 15 28 71 41.
func formatBE(n string) (string, bool) {
	switch {
	case len(n) == 9 && n[0] == '4':
		return groups(n, 3, 2, 2, 2), true
	case len(n) == 8 && strings.ContainsRune("2349", rune(n[0])):
		return groups(n, 1, 3, 2, 2), true
	case len(n) == 8 && n[0] != '0':
		return groups(n, 2, 2, 2, 2), true
	}
	return "", false
}

// formatNL writes a Dutch national number: 6 1234 5678, 20 123 45 67 or
// 223 61 50 00.
func formatNL(n string) (string, bool) {
	switch {
	case len(n) != 9 || n[0] == '0':
		return "", false
	case n[0] == '6':
		return groups(n, 1, 4, 4), true
	case nlTwoDigitAreas[n[:2]]:
		return groups(n, 2, 3, 2, 2), true
	}
	return groups(n, 3, 2, 2, 2), true
}

// CheckPhone reports whether s, normalised, is a plausible number: a
// Belgian or Dutch one by its plan, another with its country code and 8 to
// 15 digits, or a national number of 9 or 10 digits.
func CheckPhone(s string) error {
	rule := Word("a phone number is written like +32 475 12 34 56 or 0475 12 34 56")
	d, ok := phoneDigits(s)
	if !ok {
		return Errorf(EINVALID, "%s; “%s” holds other characters than digits, spaces and + . - / ( )", rule, s)
	}
	switch {
	case strings.HasPrefix(d, "+32"):
		if _, ok := formatBE(d[3:]); !ok {
			return Errorf(EINVALID, "%s; a Belgian number has 8 digits after +32, or 9 for a mobile starting with 4: “%s” does not", rule, s)
		}
	case strings.HasPrefix(d, "+31"):
		if _, ok := formatNL(d[3:]); !ok {
			return Errorf(EINVALID, "%s; a Dutch number has 9 digits after +31: “%s” does not", rule, s)
		}
	case strings.HasPrefix(d, "+"):
		if n := len(d) - 1; n < 8 || n > 15 || d[1] == '0' {
			return Errorf(EINVALID, "%s; after the + come a country code and 8 to 15 digits in all: “%s” does not", rule, s)
		}
	default:
		if len(d) < 9 || len(d) > 10 || d[0] != '0' {
			return Errorf(EINVALID, "%s; a number without country code starts with 0 and has 9 or 10 digits: “%s” does not", rule, s)
		}
	}
	return nil
}

func validatePhone(field, v string) error {
	if v == "" {
		return nil
	}
	if err := CheckPhone(v); err != nil {
		return Invalidf(field, "%s.", err)
	}
	return nil
}
