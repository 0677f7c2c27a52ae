// Package localeenv reads the language a person asked for from the locale
// variables (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) and, when they name no
// language at all, says so to Fyne before Fyne reads them.
//
// Fyne's lang package reads the locale when it is initialised and logs
// "Error parsing user locale C" for C.UTF-8, POSIX.UTF-8, nl_BE@euro or an
// unknown language. Importing this package (internal/i18n does) sets
// LANGUAGE to what can be read instead, "en" when nothing can, so the window
// falls back to English quietly. Go initialises this package before Fyne's
// lang: it needs only os, strings and x/text/language, which lang needs too,
// and among packages that are ready at the same time the one with the
// smaller import path goes first (github.com/interimdesk sorts before
// github.com/jeandeaual and github.com/nicksnyder, on which lang waits).
// TestFyneReadsTheLocaleQuietly checks that this stays true.
//
// LANGUAGE only chooses the language of messages, and gettext ignores it
// under the C locale, so programs started from the app see no difference.
package localeenv

import (
	"os"
	"strings"

	"golang.org/x/text/language"
)

func init() { Quiet(os.Getenv, os.Setenv) }

// Locales returns the languages the environment asks for, most wanted
// first, as BCP 47 tags ("nl-BE"), read the way gettext and Fyne read them:
// the first of LC_ALL, LC_MESSAGES and LANG that is set, or the list in
// LANGUAGE unless that locale is C or POSIX. Entries that name no language
// (C.UTF-8, POSIX, xx_YY) are left out; the result may be empty.
func Locales(getenv func(string) string) []string {
	var out []string
	for _, e := range entries(getenv) {
		if tag, ok := clean(e); ok {
			out = append(out, tag)
		}
	}
	return out
}

// Quiet sets LANGUAGE through setenv when Fyne would fail to read an entry
// of the environment's locale: to the entries that can be read, or to "en".
// It leaves a readable environment alone.
func Quiet(getenv func(string) string, setenv func(key, value string) error) {
	all := entries(getenv)
	readable := true
	for _, e := range all {
		if _, err := language.Parse(asFyneReadsIt(e)); err != nil {
			readable = false
		}
	}
	if readable {
		return
	}
	var keep []string
	for _, e := range all {
		if tag, ok := clean(e); ok {
			keep = append(keep, strings.ReplaceAll(tag, "-", "_"))
		}
	}
	if len(keep) == 0 {
		keep = []string{"en"}
	}
	_ = setenv("LANGUAGE", strings.Join(keep, ":")) // nothing to do if it fails: Fyne logs, as before
}

// entries are the locale names Fyne's locale reader (jeandeaual/go-locale)
// sees on Linux and the BSDs: "C" and "POSIX" exactly mean none.
func entries(getenv func(string) string) []string {
	locale := ""
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = getenv(k); locale != "" {
			break
		}
	}
	if locale == "C" || locale == "POSIX" {
		return nil
	}
	if list := getenv("LANGUAGE"); list != "" {
		locale = list
	}
	if locale == "" {
		return nil
	}
	var out []string
	for _, e := range strings.Split(locale, ":") {
		if e != "" {
			out = append(out, e)
		}
	}
	return out
}

// asFyneReadsIt turns "nl_BE.UTF-8" into "nl-BE" as go-locale does: the
// encoding cut off, but a modifier such as @euro kept, which then fails.
func asFyneReadsIt(e string) string {
	e, _, _ = strings.Cut(e, ".")
	e = strings.ReplaceAll(e, "-", "_")
	lang, region, _ := strings.Cut(e, "_")
	if region == "" {
		return lang
	}
	return lang + "-" + region
}

// clean reads one entry as a language tag, dropping the encoding and a
// modifier: "nl_BE.UTF-8@euro" is nl-BE; "C.UTF-8" and "xx" are not
// languages.
func clean(e string) (string, bool) {
	e, _, _ = strings.Cut(e, "@")
	s := asFyneReadsIt(e)
	if len(s) < 2 {
		return "", false
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", false
	}
	return tag.String(), true
}
