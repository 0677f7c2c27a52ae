package i18n

import (
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Int writes a whole number with the language's thousands separator:
// "10,000" in English, "10.000" in Dutch and French, as amounts are
// written (domain.Money.Format).
func Int(l domain.Lang, n int) string {
	sep := "."
	if l == domain.LangEN {
		sep = ","
	}
	s := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	b.WriteString(sign)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
