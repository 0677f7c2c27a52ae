package ui

import (
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The plural form follows the screen language's rule, never the rule of
// the machine's locale (make test runs the suite under fr_BE.UTF-8 too,
// where Fyne alone would write "0 manager" in English screens).
func TestPluralFormFollowsTheScreenLanguage(t *testing.T) {
	for _, tc := range []struct {
		lang domain.Lang
		n    int
		want int
	}{
		{domain.LangEN, 0, 2}, {domain.LangEN, 1, 1}, {domain.LangEN, 2, 2},
		{domain.LangNL, 0, 2}, {domain.LangNL, 1, 1}, {domain.LangNL, 1000, 2},
		{domain.LangFR, 0, 1}, {domain.LangFR, 1, 1}, {domain.LangFR, 2, 2},
	} {
		if got := pluralForm(tc.lang, tc.n); got != tc.want {
			t.Errorf("pluralForm(%s, %d) = %d, want %d", tc.lang, tc.n, got, tc.want)
		}
	}
}
