// Package i18n is what Interim Desk says to people in Dutch, English or
// French outside the window's own labels: the sentences of errors (the
// domain's, the store's, the importer's, with the field they name), the
// command line's usage and refusals, and numbers written the language's way.
// The desktop's labels go through Fyne's lang package; it asks this package
// for error sentences, so the desktop and the command line say the same.
//
// Sentences are looked up by their English format, the way gettext and
// golang.org/x/text/message do: an error keeps the format and arguments of
// its Errorf or Invalidf call (domain.Error), an engagement's event its
// kind and facts (domain.EngagementEvent), and the edge looks the format up
// here (Sprintf, ErrorSentence, EventDetail), wording the arguments that
// are sentences or words in turn. Only a sentence stored finished by an
// earlier version is taken apart by the catalogue's formats (Translate).
// sources_test.go fails when a sentence in the code has no translation, or
// a translation no sentence. English needs no file: the code is the
// English text.
//
// Standard library and golang.org/x/text only, so the command line does not
// link Fyne.
package i18n

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n/localeenv"
)

// Languages are the screen languages, in the order a choice offers them.
// They are the document languages as well; a person may read the screens in
// one and write to a client in another.
var Languages = []domain.Lang{domain.LangEN, domain.LangNL, domain.LangFR}

// EnvOverride names the variable that chooses the command line's language
// whatever the locale: nl, en or fr.
const EnvOverride = "INTERIMDESK_LANG"

// Parse reads a language tag or locale name ("nl", "nl-BE", "nl_BE.UTF-8",
// "FR") and returns the screen language it asks for. ok is false for a
// language without translations (de) and for what is no language (C).
func Parse(s string) (l domain.Lang, ok bool) {
	s = strings.TrimSpace(s)
	s, _, _ = strings.Cut(s, ".")
	s, _, _ = strings.Cut(s, "@")
	tag, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil || len(s) < 2 {
		return domain.LangEN, false
	}
	base, _ := tag.Base()
	switch base.String() {
	case "nl":
		return domain.LangNL, true
	case "fr":
		return domain.LangFR, true
	case "en":
		return domain.LangEN, true
	}
	return domain.LangEN, false
}

// Choose returns the first of tags, most wanted first, that has a screen
// language; English when none has. Flemish (nl-BE) is Dutch; Frisian, which
// has no translation, is passed over for the next in the list.
func Choose(tags []string) domain.Lang {
	for _, t := range tags {
		if l, ok := Parse(t); ok {
			return l
		}
	}
	return domain.LangEN
}

// FromEnv is the language of the command line: $INTERIMDESK_LANG when it
// names one, else the locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) as the
// desktop reads it; English for C, POSIX or an unknown locale.
func FromEnv(getenv func(string) string) domain.Lang {
	if l, ok := Parse(getenv(EnvOverride)); ok {
		return l
	}
	return Choose(localeenv.Locales(getenv))
}

// Name is a language's own name, as a choice of languages shows it: a Dutch
// speaker who landed in French screens still finds "Nederlands".
func Name(l domain.Lang) string {
	switch l {
	case domain.LangNL:
		return "Nederlands"
	case domain.LangFR:
		return "Français"
	}
	return "English"
}
