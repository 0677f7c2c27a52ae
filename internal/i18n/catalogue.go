package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// messages holds the translations, one file per area and language:
// messages/AREA.LANG.json maps the English text, or the English format
// string of a formatted sentence, to its translation.
//
//go:embed messages
var messages embed.FS

// entry is one sentence of the catalogue with what is needed to recognise
// it in a finished English sentence.
type entry struct {
	english string
	re      *regexp.Regexp // nil for a text without verbs
	verbs   []byte         // the verb of each argument, 's', 'q', 'd'...
	weight  int            // letters outside the verbs: more is more specific
	literal int            // characters outside the verbs, to break ties
}

// catalogue is every sentence and its translations.
type catalogue struct {
	// text maps, per language, an English text or format to its
	// translation.
	text map[domain.Lang]map[string]string
	// files remembers which file gave which key, for the tests.
	files map[string]map[domain.Lang]map[string]string

	// patterns are the formats with verbs, the most specific first, so
	// "%s." is tried last. Only Translate, which takes apart a finished
	// sentence written by an earlier version, needs them; compiling them
	// is most of the catalogue's cost, so it waits for the first such
	// sentence (see legacyPatterns).
	patterns     []*entry
	patternsErr  error
	patternsOnce sync.Once
}

var (
	loaded     *catalogue
	loadedOnce sync.Once

	// langText is the catalogue of one language alone: a command in Dutch
	// reads the Dutch files and never the French ones.
	langText     = map[domain.Lang]*lazyText{domain.LangNL: {}, domain.LangFR: {}}
	emptyCatalog = &catalogue{}
)

// lazyText is the translations of one language, read on first use.
type lazyText struct {
	once sync.Once
	text map[string]string
}

// textOf returns the translations of l, English text or format to
// translation; nil for English, which needs none.
func textOf(l domain.Lang) map[string]string {
	lt := langText[l]
	if lt == nil {
		return nil
	}
	lt.once.Do(func() {
		c, err := readFiles(func(fl domain.Lang) bool { return fl == l })
		if err == nil {
			lt.text = c.text[l]
		}
	})
	return lt.text
}

// theCatalogue loads the embedded catalogue of every language once. A
// broken file is a programming error the tests catch; at run time the
// sentences then stay English rather than failing.
func theCatalogue() *catalogue {
	loadedOnce.Do(func() { loaded, _ = readCatalogue() })
	if loaded == nil {
		return emptyCatalog
	}
	return loaded
}

// readCatalogue reads every file and compiles the patterns, so that a test
// sees a broken format at once.
func readCatalogue() (*catalogue, error) {
	c, err := readFiles(func(domain.Lang) bool { return true })
	if err != nil {
		return nil, err
	}
	if _, err := c.legacyPatterns(); err != nil {
		return nil, err
	}
	return c, nil
}

// readFiles reads the files of the languages want accepts.
func readFiles(want func(domain.Lang) bool) (*catalogue, error) {
	c := &catalogue{text: map[domain.Lang]map[string]string{}, files: map[string]map[domain.Lang]map[string]string{}}
	names, err := messages.ReadDir("messages")
	if err != nil {
		return nil, err
	}
	for _, f := range names {
		area, l, ok := splitName(f.Name(), ".json")
		if !ok {
			return nil, fmt.Errorf("messages/%s: want AREA.LANG.json with LANG nl or fr", f.Name())
		}
		if !want(l) {
			continue
		}
		data, err := messages.ReadFile(path.Join("messages", f.Name()))
		if err != nil {
			return nil, err
		}
		m, err := parseFlat(data)
		if err != nil {
			if err := json.Unmarshal(data, &m); err != nil {
				return nil, fmt.Errorf("messages/%s: %v", f.Name(), err)
			}
			return nil, fmt.Errorf("messages/%s: %v (a key twice?)", f.Name(), errNotFlat)
		}
		if c.files[area] == nil {
			c.files[area] = map[domain.Lang]map[string]string{}
		}
		c.files[area][l] = m
		if c.text[l] == nil {
			c.text[l] = make(map[string]string, 1024) // 861 sentences a language in 2026-12
		}
		for k, v := range m {
			if old, dup := c.text[l][k]; dup && old != v {
				return nil, fmt.Errorf("messages/%s: %q is translated differently in another file", f.Name(), k)
			}
			c.text[l][k] = v
		}
	}
	return c, nil
}

// legacyPatterns compiles, once, a regular expression per format with
// verbs, for Translate.
func (c *catalogue) legacyPatterns() ([]*entry, error) {
	c.patternsOnce.Do(func() {
		seen := map[string]bool{}
		for _, l := range c.languages() {
			for k := range c.text[l] {
				// A format that is one verb and nothing else ("%s") says
				// nothing of its own: the argument is translated as a text.
				if seen[k] || !hasVerbs(k) || onlyVerb(k) {
					continue
				}
				seen[k] = true
				e, err := compile(k)
				if err != nil {
					c.patternsErr = err
					return
				}
				c.patterns = append(c.patterns, e)
			}
		}
		sort.SliceStable(c.patterns, func(i, j int) bool {
			if c.patterns[i].weight != c.patterns[j].weight {
				return c.patterns[i].weight > c.patterns[j].weight
			}
			if c.patterns[i].literal != c.patterns[j].literal {
				return c.patterns[i].literal > c.patterns[j].literal
			}
			return c.patterns[i].english < c.patterns[j].english
		})
	})
	return c.patterns, c.patternsErr
}

// splitName reads "domain.nl.json" as area domain, language nl.
func splitName(name, ext string) (area string, l domain.Lang, ok bool) {
	base, found := strings.CutSuffix(name, ext)
	if !found {
		return "", "", false
	}
	i := strings.LastIndexByte(base, '.')
	if i <= 0 {
		return "", "", false
	}
	l = domain.Lang(base[i+1:])
	if l != domain.LangNL && l != domain.LangFR {
		return "", "", false
	}
	return base[:i], l, true
}

// verbRe finds the verbs of a format string, with an explicit argument
// index, flags, width and precision: %s, %[2]d, %02d, %%.
var verbRe = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(?:\.\d+)?([a-zA-Z%])`)

// hasVerbs reports whether s is a format with at least one argument.
func hasVerbs(s string) bool {
	for _, m := range verbRe.FindAllStringSubmatch(s, -1) {
		if m[2] != "%" {
			return true
		}
	}
	return false
}

// onlyVerb reports a format that is a single verb, such as "%s".
func onlyVerb(s string) bool {
	loc := verbRe.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}

// languages are the languages the catalogue has files for, sorted.
func (c *catalogue) languages() []domain.Lang {
	var out []domain.Lang
	for l := range c.text {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// compile turns a format into a regular expression that matches what
// fmt.Sprintf makes of it, one group per argument.
func compile(format string) (*entry, error) {
	e := &entry{english: format}
	var re strings.Builder
	re.WriteString(`(?s)^`)
	last := 0
	for _, loc := range verbRe.FindAllStringSubmatchIndex(format, -1) {
		lit := format[last:loc[0]]
		re.WriteString(regexp.QuoteMeta(lit))
		e.weight += letters(lit)
		e.literal += len(lit)
		last = loc[1]
		if loc[2] >= 0 {
			return nil, fmt.Errorf("%q: an English format takes its arguments in order, without %%[n]", format)
		}
		verb := format[loc[4]]
		switch verb {
		case '%':
			re.WriteString(`%`)
			continue
		case 'q':
			re.WriteString(`("(?:[^"\\]|\\.)*")`)
		case 'd':
			re.WriteString(`(-?\d+)`)
		default:
			re.WriteString(`(.*?)`)
		}
		e.verbs = append(e.verbs, verb)
	}
	re.WriteString(regexp.QuoteMeta(format[last:]))
	e.weight += letters(format[last:])
	e.literal += len(format[last:])
	re.WriteString(`$`)
	var err error
	e.re, err = regexp.Compile(re.String())
	return e, err
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// verbsOf returns, in the order they appear, the argument index (from 1)
// each verb of format refers to, following fmt's rules for %[n].
func verbsOf(format string) []int {
	var out []int
	next := 1
	for _, m := range verbRe.FindAllStringSubmatch(format, -1) {
		if m[2] == "%" {
			continue
		}
		if m[1] != "" {
			fmt.Sscanf(m[1], "[%d]", &next)
		}
		out = append(out, next)
		next++
	}
	return out
}

// asStrings rewrites every verb of a translated format as %s, keeping an
// explicit index, so it can be filled with the arguments as they were
// written in the English sentence.
func asStrings(format string) string {
	return verbRe.ReplaceAllStringFunc(format, func(v string) string {
		if v == "%%" {
			return v
		}
		m := verbRe.FindStringSubmatch(v)
		return "%" + m[1] + "s"
	})
}
