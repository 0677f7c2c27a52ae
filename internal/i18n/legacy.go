package i18n

import (
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Translate returns the finished English text s in language l: its
// translation when s is a text of the catalogue or a sentence made from
// one of its formats, the arguments translated in turn when they are
// themselves sentences or words of the catalogue (a status, a nested
// reason). Anything else, and everything in English, comes back unchanged.
//
// It is for what was stored finished before sentences kept their format:
// the details of history events written by earlier versions, an Error
// literal, a notice of the importer. It matches s against every format of
// the catalogue, whose regular expressions are compiled on its first call;
// sentences with a format (domain.Error, domain.Sentence, the events of
// domain.EngagementEvent) go through Sprintf and never come here.
func Translate(l domain.Lang, s string) string {
	if l == domain.LangEN || s == "" {
		return s
	}
	return translate(theCatalogue(), l, s, 0)
}

func translate(c *catalogue, l domain.Lang, s string, depth int) string {
	if l == domain.LangEN || s == "" || depth > maxDepth {
		return s
	}
	if t, ok := c.text[l][s]; ok {
		return t
	}
	patterns, _ := c.legacyPatterns()
	for _, e := range patterns {
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
