package i18n

import (
	"strconv"
	"testing"
)

// TestTranslationsKeepTheVerbs checks that every argument is written with
// the same verb in each translation as in the English: Sprintf fills a
// translation with the arguments as they are (an int, a date, a word), so
// a %d that became %s would print "%!s(int=3)".
func TestTranslationsKeepTheVerbs(t *testing.T) {
	c, err := readCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	for l, m := range c.text {
		for english, tr := range m {
			want := verbLetters(english)
			got := verbLetters(tr)
			for arg, v := range got {
				if want[arg] != v {
					t.Errorf("%s: %q\n  writes argument %d with %%%c, the English %q with %%%c", l, tr, arg, v, english, want[arg])
				}
			}
		}
	}
}

// verbLetters maps each argument (from 1) of format to its verb's letter.
func verbLetters(format string) map[int]byte {
	out := map[int]byte{}
	next := 1
	for _, m := range verbRe.FindAllStringSubmatch(format, -1) {
		if m[2] == "%" {
			continue
		}
		if m[1] != "" {
			next, _ = strconv.Atoi(m[1][1 : len(m[1])-1])
		}
		out[next] = m[2][0]
		next++
	}
	return out
}
