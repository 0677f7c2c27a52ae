package ui

import (
	"embed"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// translations holds the plural forms of the English strings (go-i18n
// JSON). A Dutch screen language is added as nl.json beside it, without
// touching a screen.
//
//go:embed translations
var translations embed.FS

var translationsOnce sync.Once

// loadTranslations registers the app's translations with Fyne's lang
// package, once per process.
func loadTranslations() {
	translationsOnce.Do(func() {
		if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
			fyne.LogError("Could not load the translations", err)
		}
	})
}

// A few English words (Save, Cancel, OK, File, Quit) are also IDs in Fyne's
// own translations; the screens ask for them by a key of their own, so a
// French system does not show "Enregistrer" beside English labels before the
// app has its own French.

// countText is "1 manager" or "1,234 managers": a plural string with the
// count written the screen's way.
func countText(key, fallback string, n int) string {
	return lang.XN(key, fallback, n, map[string]any{"Count": formatCount(n)})
}
