package ui

import (
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// Amounts, dates and counts are written the way the screen language writes
// them (screenLang, locale.go), whatever language a client's documents are
// in.

// formatMoney writes an amount for the screen: "€75,000.00", "€ 75.000,00".
func formatMoney(m domain.Money) string { return m.Format(screenLang()) }

// formatMoneyInput writes an amount into an entry, without the euro sign, so
// that editing it and saving gives back the same number.
func formatMoneyInput(m domain.Money) string {
	if m == 0 {
		return ""
	}
	return m.FormatNumber(screenLang())
}

// formatDate, formatShortDate and formatDateInput write a date in a
// sentence, a list and an entry: all three the same way (screenDate,
// dates.go), "9/05/2026" in Belgian Dutch, so that a date reads the same
// wherever it is on the screen and a field's text can be typed back.
func formatDate(d domain.Date) string      { return screenDate(d) }
func formatShortDate(d domain.Date) string { return screenDate(d) }
func formatDateInput(d domain.Date) string { return screenDate(d) }

// formatIntInput writes a whole number into an entry; nothing for 0 when
// zero means "not filled in".
func formatIntInput(n int, blankZero bool) string {
	if n == 0 && blankZero {
		return ""
	}
	return strconv.Itoa(n)
}

// The parse helpers read what people type and, when it cannot be read,
// return an EINVALID error about the field, phrased like the domain's own
// messages, so the form shows both kinds the same way.

// parseMoneyField reads "1.250,00", "1250" or "€ 1.250"; empty is 0.
func parseMoneyField(field, s string) (domain.Money, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	m, err := domain.ParseMoney(s)
	if err != nil {
		return 0, domain.Invalidf(field, "%s.", err.Error())
	}
	return m, nil
}

// parseDateField reads "2026-05-09", "9/05/2026" or "9-5-2026"; empty is
// no date.
func parseDateField(field, s string) (domain.Date, error) {
	if strings.TrimSpace(s) == "" {
		return domain.Date{}, nil
	}
	d, err := domain.ParseDate(strings.TrimSpace(s))
	if err != nil {
		return domain.Date{}, domain.Invalidf(field, "%s.", strings.TrimSuffix(err.Error(), "."))
	}
	return d, nil
}

// parseIntField reads a whole number; empty is 0.
func parseIntField(field, s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, domain.Invalidf(field, "%q is not a whole number.", s)
	}
	return n, nil
}

// joinList writes a list the way people type it back: "finance, M&A".
func joinList(items []string) string { return strings.Join(items, ", ") }

// formatCount writes a count with thousands separators: "10,000",
// "10.000".
func formatCount(n int) string { return i18n.Int(screenLang(), n) }
