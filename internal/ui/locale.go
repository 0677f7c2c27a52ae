package ui

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/jeandeaual/go-locale"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// prefLanguage is the screen language chosen in Firm settings, on this
// computer: "nl", "en", "fr", or "" to follow the system. It is a
// preference, not part of the firm's profile: two people of the same firm
// may read the screens in different languages, and each client still gets
// its documents in its own language.
const prefLanguage = "ui.language"

// The screen language is the process's, as Fyne's translations are.
var (
	screenMu      sync.Mutex
	screenCurrent = domain.LangEN
	screenApplied bool
)

// screenLang is the language of the screens: their texts, and the way
// amounts, dates and counts are written on them.
func screenLang() domain.Lang {
	screenMu.Lock()
	defer screenMu.Unlock()
	return screenCurrent
}

// systemLocales are the languages the system asks for, most wanted first,
// read as Fyne reads them (go-locale: LANGUAGE and LANG on Linux, the
// system settings on macOS and Windows).
func systemLocales() []string {
	tags, err := locale.GetLocales()
	if err != nil {
		return nil
	}
	return tags
}

// systemLanguage is the screen language the system asks for; English for
// C.UTF-8, an unknown locale or a language without translations.
func systemLanguage() domain.Lang { return i18n.Choose(systemLocales()) }

// languageFor reads the preference: a language, or the system's for "".
func languageFor(pref string) domain.Lang {
	if l, ok := i18n.Parse(pref); ok && pref != "" {
		return l
	}
	return systemLanguage()
}

// useLanguage makes l the language of every text asked for from now on.
//
// Fyne's lang package picks its language once from the system's locales
// and has no setter. So the texts of l are registered under every language
// Fyne may have picked: English, its fallback, and each language the
// system lists. Whichever it is, lang.L then answers in l; Fyne's own
// dialogs too, for the IDs translations/fyne covers. A screen built after
// this call is in l; one built before keeps its texts (see App.relocalize).
func useLanguage(l domain.Lang) {
	screenMu.Lock()
	defer screenMu.Unlock()
	if screenApplied && screenCurrent == l {
		return
	}
	data, err := screenTexts(l)
	if err != nil {
		fyne.LogError("Could not load the "+string(l)+" translations", err)
		return
	}
	for _, tag := range fyneCandidates() {
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(tag)); err != nil {
			fyne.LogError("Could not load the "+string(l)+" translations", err)
		}
	}
	screenCurrent, screenApplied = l, true
}

// fyneCandidates are the languages Fyne's lang may have chosen: English and
// the base language of each system locale ("nl" for nl-BE).
func fyneCandidates() []string {
	out := []string{"en"}
	seen := map[string]bool{"en": true}
	for _, t := range systemLocales() {
		base, _, _ := strings.Cut(strings.ReplaceAll(t, "_", "-"), "-")
		base = strings.ToLower(base)
		if len(base) < 2 || seen[base] {
			continue
		}
		seen[base] = true
		out = append(out, base)
	}
	return out
}

// languageOptions are the choices of the screen language: the system's,
// then each language in its own name, so that someone who landed in a
// language they cannot read still finds theirs.
func languageOptions() []string {
	out := []string{systemOption()}
	for _, l := range i18n.Languages {
		out = append(out, i18n.Name(l))
	}
	return out
}

// systemOption is "Follow the system (Nederlands)".
func systemOption() string {
	return lang.X("language.system", "Follow the system ({{.Language}})", map[string]any{"Language": i18n.Name(systemLanguage())})
}

// languageOption shows a preference as its choice.
func languageOption(pref string) string {
	if l, ok := i18n.Parse(pref); ok && pref != "" {
		return i18n.Name(l)
	}
	return systemOption()
}

// prefFromOption reads a choice back as a preference.
func prefFromOption(option string) string {
	for _, l := range i18n.Languages {
		if option == i18n.Name(l) {
			return string(l)
		}
	}
	return ""
}
