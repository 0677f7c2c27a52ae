package i18n

import (
	"errors"
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// maxDepth bounds how deep a sentence inside a sentence is translated: "VAT
// number: a Belgian VAT number is ...; BE0123 is not." is two levels.
const maxDepth = 4

// Translate returns the English text s in language l: its translation when
// s is a text of the catalogue or a sentence made from one of its formats,
// the arguments translated in turn when they are themselves sentences or
// words of the catalogue (a status, a nested reason). Anything else, and
// everything in English, comes back unchanged.
func Translate(l domain.Lang, s string) string {
	return translate(theCatalogue(), l, s, 0)
}

func translate(c *catalogue, l domain.Lang, s string, depth int) string {
	if l == domain.LangEN || s == "" || depth > maxDepth {
		return s
	}
	if t, ok := c.text[l][s]; ok {
		return t
	}
	for _, e := range c.patterns {
		m := e.re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		t, ok := c.text[l][e.english]
		if !ok {
			continue // a language that lacks it; the tests say so
		}
		args := make([]any, len(e.verbs))
		for i, verb := range e.verbs {
			start, end := m[2+2*i], m[3+2*i]
			arg := s[start:end]
			// A quoted argument is what somebody typed, a number is a
			// number; only a bare %s or %v may be a word or a sentence.
			if (verb == 's' || verb == 'v') && !quoted(s, start, end) {
				arg = translate(c, l, arg, depth+1)
			}
			args[i] = arg
		}
		return fmt.Sprintf(asStrings(t), args...)
	}
	return s
}

// quoted reports whether s[start:end] stands between quotes.
func quoted(s string, start, end int) bool {
	if start == 0 || end == len(s) {
		return false
	}
	before, after := s[:start], s[end:]
	for _, q := range [][2]string{{"“", "”"}, {`"`, `"`}, {"'", "'"}, {"‘", "’"}} {
		if strings.HasSuffix(before, q[0]) && strings.HasPrefix(after, q[1]) {
			return true
		}
	}
	return false
}

// Sprintf formats like fmt.Sprintf with the translation of format; an
// English or unknown format is used as it is. The arguments are not
// translated: the caller passes them in l already.
func Sprintf(l domain.Lang, format string, args ...any) string {
	if t, ok := theCatalogue().text[l][format]; ok && l != domain.LangEN {
		format = t
	}
	return fmt.Sprintf(format, args...)
}

// Label returns a field label or word in l, by its exact English text.
func Label(l domain.Lang, english string) string {
	if l == domain.LangEN {
		return english
	}
	if t, ok := theCatalogue().text[l][english]; ok {
		return t
	}
	return english
}

// internalSentence is what a person reads about a failure on our side.
const internalSentence = "Something went wrong on our side; the details were written to the log."

// ErrorSentence is what a person reads about err in language l: the
// sentence of a mistake they can act on (invalid, not found, conflict),
// with the label of the field it names, or a plain sentence for a failure,
// whose detail belongs in a log.
func ErrorSentence(l domain.Lang, err error) string {
	if err == nil {
		return ""
	}
	if domain.ErrorCode(err) == domain.EINTERNAL {
		return Label(l, internalSentence)
	}
	// A capacity conflict is made of parts, each translated by its own
	// format (see CapacityConflict.Rule).
	var conflict *domain.CapacityConflict
	if errors.As(err, &conflict) {
		rule := conflict.Rule(func(format string, args ...any) string { return Sprintf(l, format, args...) })
		return Sprintf(l, "%s: %s", Label(l, "Days per week"), rule)
	}
	msg := domain.ErrorMessage(err)
	if f := domain.ErrorField(err); f != "" {
		if rest, ok := strings.CutPrefix(msg, f+": "); ok {
			// "Label: rule", which French writes "Label : rule".
			return Sprintf(l, "%s: %s", Label(l, f), Translate(l, rest))
		}
	}
	return Translate(l, msg)
}

// Texts returns every translation of l in the catalogue, texts and formats
// alike, for tests that check a screen or a terminal shows nothing that is
// not a translation.
func Texts(l domain.Lang) []string {
	var out []string
	for _, t := range theCatalogue().text[l] {
		out = append(out, t)
	}
	return out
}
