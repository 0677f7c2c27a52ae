package i18n

import (
	"embed"
	"path"
	"strings"
	"sync"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// usageTexts holds the command line's usage texts: usage/NAME.en.txt is a
// copy of the English text in internal/cli, by which the text is
// recognised, and usage/NAME.LANG.txt its translation. When the English
// text in the code changes, it no longer matches its copy, the command line
// falls back to English, and the cli tests say which copy to update with
// its translations.
//
//go:embed usage
var usageTexts embed.FS

var (
	usageNamesOnce sync.Once
	usageNames     map[string]string // English text → NAME
)

// UsageName returns the NAME of the usage/NAME.en.txt that holds english,
// or "" when none does.
func UsageName(english string) string {
	usageNamesOnce.Do(func() {
		usageNames = map[string]string{}
		files, _ := usageTexts.ReadDir("usage")
		for _, f := range files {
			name, ok := strings.CutSuffix(f.Name(), ".en.txt")
			if !ok {
				continue
			}
			if b, err := usageTexts.ReadFile(path.Join("usage", f.Name())); err == nil {
				usageNames[string(b)] = name
			}
		}
	})
	return usageNames[english]
}

// Usage returns the usage text english in l, or english itself when l is
// English or the text has no translation (a command added or reworded
// without one yet).
func Usage(l domain.Lang, english string) string {
	if l == domain.LangEN {
		return english
	}
	name := UsageName(english)
	if name == "" {
		return english
	}
	b, err := usageTexts.ReadFile(path.Join("usage", name+"."+string(l)+".txt"))
	if err != nil {
		return english
	}
	return string(b)
}
