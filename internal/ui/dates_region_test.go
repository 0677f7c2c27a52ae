package ui

import "github.com/interimdesk/interimdesk/internal/domain"

// The tests write dates one way whatever LANG the machine has: Dutch as in
// the Netherlands (09-05-2026, never mistaken for the English 09/05/2026
// by the translation checks), French as in Belgium.
// TestScreenDates_oneFormatPerLanguage tries each region.
func init() {
	dateRegion = func(l domain.Lang) string {
		if l == domain.LangNL {
			return "NL"
		}
		return "BE"
	}
}
