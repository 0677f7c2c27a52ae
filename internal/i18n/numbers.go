package i18n

import (
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Int writes a whole number with the language's thousands separator, as
// amounts are written (domain.Money.Format): "10,000" in English, "10.000"
// in Dutch, "10 000" in French (a no-break space, U+00A0: "10.000" is not
// French, and the space must not break a count over two lines).
func Int(l domain.Lang, n int) string {
	sep := "."
	switch l {
	case domain.LangEN:
		sep = ","
	case domain.LangFR:
		sep = "\u00a0"
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
