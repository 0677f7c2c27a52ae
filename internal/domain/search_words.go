package domain

import (
	"strings"
	"unicode"
)

// SearchWords splits what a person typed into the words of a search, the
// same for both stores and for the screens that word a search's count:
// control characters separate words (FTS5 reads a NUL as the end of its
// query), and a word without a letter or digit is dropped, since the
// stores' tokenizers would make it empty. nil when nothing searchable is
// left: then there is no search.
func SearchWords(q string) []string {
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	var words []string
	for _, f := range strings.Fields(q) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0 {
			words = append(words, f)
		}
	}
	return words
}
