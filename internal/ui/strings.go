package ui

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"sync"

	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// translations holds the screen texts, one folder per part of the app and
// one go-i18n JSON file per screen language in each: translations/app/nl.json.
// The English file holds every key too, so the tests can check that each
// language has the same keys; see translations/README.md.
//
//go:embed translations
var translations embed.FS

var (
	textsMu sync.Mutex
	texts   = map[domain.Lang][]byte{}
)

// screenTexts returns the translations of l from every folder, merged into
// one go-i18n JSON file, as Fyne's lang package reads it.
func screenTexts(l domain.Lang) ([]byte, error) {
	textsMu.Lock()
	defer textsMu.Unlock()
	if b, ok := texts[l]; ok {
		return b, nil
	}
	dirs, err := translations.ReadDir("translations")
	if err != nil {
		return nil, err
	}
	merged := map[string]json.RawMessage{}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		data, err := translations.ReadFile(path.Join("translations", d.Name(), string(l)+".json"))
		if err != nil {
			continue // a part without this language shows its English fallback
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("translations/%s/%s.json: %w", d.Name(), l, err)
		}
		for k, v := range m {
			// "Open" is both Fyne's and ours; one key, one text.
			if old, dup := merged[k]; dup && string(old) != string(v) {
				return nil, fmt.Errorf("translations/%s/%s.json: %q is translated differently in another folder", d.Name(), l, k)
			}
			merged[k] = v
		}
	}
	b, err := json.Marshal(merged)
	if err != nil {
		return nil, err
	}
	texts[l] = b
	return b, nil
}

// A few English words (Save, Cancel, OK, File, Quit) are also IDs in Fyne's
// own translations; the screens ask for them by a key of their own
// (action.save), so that our Dutch "Opslaan" and Fyne's file dialog agree
// without one overriding the other. translations/fyne holds Fyne's own IDs
// in our languages, since Fyne ships no Dutch.

// countText is "1 manager" or "1,234 managers": a plural string with the
// count written the screen's way.
func countText(key, fallback string, n int) string {
	return pluralText(key, fallback, n, map[string]any{"Count": formatCount(n)})
}

// moreManagersText is the roster's count when a search counted its matches
// only as far as the list needs (domain.MoreThan).
func moreManagersText(n int) string {
	return countText("count.managersMore", "more than {{.Count}} managers", n)
}

// pluralText is lang.XN with the plural form chosen by the screen language's
// rule. Fyne picks the form by the rule of the system's locale, whatever
// language the texts are in: on a French laptop with English screens, "0
// managers" would read "0 manager", since French says "0 manager" in the
// singular. So the count Fyne sees is 1 for a singular in the screen
// language and 2 for a plural, which every language our texts are in (and
// the system's, which Fyne may have picked) reads the same way; the number
// printed comes from args, never from that count.
func pluralText(key, fallback string, n int, args map[string]any) string {
	return lang.XN(key, fallback, pluralForm(screenLang(), n), args)
}

// pluralForm is 1 when l writes n in the singular (CLDR: English and Dutch
// for 1 only, French for 0 and 1), 2 otherwise.
func pluralForm(l domain.Lang, n int) int {
	if n == 1 || (l == domain.LangFR && n == 0) {
		return 1
	}
	return 2
}
