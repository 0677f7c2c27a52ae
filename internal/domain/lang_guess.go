package domain

import (
	"strings"
	"unicode"
)

// functionWords are very common short words of each language that the
// other two do not use, so a text's count of them says which language it
// is in. Words two languages share ("de", "en", "in", "is") are left out.
var functionWords = map[Lang]map[string]bool{
	LangNL: set("het", "een", "van", "voor", "met", "op", "te", "dat", "die", "niet", "zijn", "wordt",
		"worden", "naar", "bij", "ook", "als", "tot", "uit", "wij", "onze", "deze", "dit", "hun", "tijdens",
		"aan", "om", "over", "door", "heeft", "zonder", "eerste", "twee", "drie", "maanden", "jaar"),
	LangEN: set("the", "and", "of", "to", "for", "with", "on", "that", "by", "are", "be", "this", "from",
		"or", "it", "at", "our", "we", "will", "which", "its", "their", "has", "have", "without", "an",
		"first", "two", "three", "months", "year"),
	LangFR: set("le", "la", "les", "des", "du", "et", "un", "une", "est", "pour", "dans", "par", "sur",
		"au", "aux", "que", "qui", "avec", "nous", "notre", "ne", "pas", "son", "sa", "ses", "leur", "ce",
		"cette", "l", "d", "qu", "sans", "premier", "deux", "trois", "mois", "ans"),
}

func set(list ...string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[w] = true
	}
	return m
}

// GuessLanguage says which language text is clearly written in, by
// counting the common words of each: the most frequent language wins
// when it counts at least two such words and at least three times as
// many as want (the language the text should be in). A short or mixed
// text gives false: it is not clearly another language.
func GuessLanguage(text string, want Lang) (Lang, bool) {
	counts := map[Lang]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for l, words := range functionWords {
			if words[w] {
				counts[l]++
			}
		}
	}
	best, n := Lang(""), 0
	for _, l := range []Lang{LangNL, LangEN, LangFR} {
		if counts[l] > n {
			best, n = l, counts[l]
		}
	}
	if best == "" || best == want || n < 2 || n < 3*counts[want] {
		return "", false
	}
	return best, true
}
