package csvio

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// trimCell removes the spaces spreadsheets leave around values, including
// the non-breaking space a copied cell often carries.
func trimCell(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' })
}

// Yes and no as people write them in a sheet, in English and Dutch.
var (
	yesWords = map[string]bool{"yes": true, "y": true, "true": true, "1": true, "x": true, "ja": true, "j": true, "waar": true}
	noWords  = map[string]bool{"no": true, "n": true, "false": true, "0": true, "nee": true, "onwaar": true}
)

// parseBool reads a yes/no cell; blank is def.
func parseBool(field, cell string, def bool) (bool, error) {
	s := strings.ToLower(cell)
	switch {
	case s == "":
		return def, nil
	case yesWords[s]:
		return true, nil
	case noWords[s]:
		return false, nil
	}
	return false, domain.Invalidf(field, "“%s” is neither yes nor no; write yes or no (ja or nee).", cell)
}

func formatBool(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// parseDays reads a whole number of days per week; blank is def.
func parseDays(field, cell string, def int) (int, error) {
	if cell == "" {
		return def, nil
	}
	n, err := strconv.Atoi(cell)
	if err != nil {
		return 0, domain.Invalidf(field, "“%s” is not a whole number; write a number of days from 1 to 5.", cell)
	}
	return n, nil
}

// parseAmount reads an amount however the sheet wrote it: 1.250,00, 1250,
// € 1.250 or 1,250.00. Blank is zero.
func parseAmount(field, cell string) (domain.Money, error) {
	if cell == "" {
		return 0, nil
	}
	m, err := domain.ParseMoney(cell)
	if err != nil {
		return 0, domain.Invalidf(field, "%s.", err)
	}
	return m, nil
}

// formatAmount writes an amount without thousands separators, with the
// decimal separator a spreadsheet expects next to the cell separator: a
// comma in semicolon files (Dutch and Belgian settings), a point otherwise.
func formatAmount(m domain.Money, wo WriteOptions) string {
	if m == 0 {
		return ""
	}
	sign := ""
	abs := uint64(m)
	if m < 0 {
		sign, abs = "-", -abs
	}
	sep := "."
	if wo.delimiter() == ';' {
		sep = ","
	}
	return sign + strconv.FormatUint(abs/100, 10) + sep + twoDigits(abs%100)
}

func twoDigits(n uint64) string {
	s := strconv.FormatUint(n, 10)
	if len(s) < 2 {
		return "0" + s
	}
	return s
}

// parseDateCell reads a date, ISO or day first; blank is no date.
func parseDateCell(field, cell string) (domain.Date, error) {
	// A spreadsheet that kept a time of day writes "2026-05-09 00:00:00".
	if d, t, ok := strings.Cut(cell, " "); ok && strings.Trim(t, "0:") == "" {
		cell = d
	}
	d, err := domain.ParseDate(cell)
	if err != nil {
		return domain.Date{}, domain.Invalidf(field, "%s.", err)
	}
	return d, nil
}

func formatDate(d domain.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// languageNames are the names sheets use instead of the two-letter code.
var languageNames = map[string]string{
	"nederlands": "nl", "dutch": "nl", "vlaams": "nl", "flemish": "nl", "neerlandais": "nl",
	"frans": "fr", "french": "fr", "francais": "fr",
	"engels": "en", "english": "en", "anglais": "en",
	"duits": "de", "german": "de", "deutsch": "de", "allemand": "de",
	"spaans": "es", "spanish": "es", "espanol": "es",
	"italiaans": "it", "italian": "it", "italiano": "it",
}

// languageCode turns "Nederlands" or "NL" into "nl"; what it does not
// know it returns as typed, for Validate to refuse with its own sentence.
func languageCode(s string) string {
	if code, ok := languageNames[normalizeHeader(s)]; ok {
		return code
	}
	return s
}

// parseDocLang reads a document language; blank is def.
func parseDocLang(field, cell string, def domain.Lang) (domain.Lang, error) {
	if cell == "" {
		return def, nil
	}
	l := domain.Lang(strings.ToLower(languageCode(cell)))
	if !l.Valid() {
		return "", domain.Invalidf(field, "“%s” is not a document language; write nl, en or fr.", cell)
	}
	return l, nil
}

// countryNames are the names sheets use instead of the ISO code.
var countryNames = map[string]string{
	"belgie": "BE", "belgium": "BE", "belgique": "BE", "belgien": "BE",
	"nederland": "NL", "netherlands": "NL", "thenetherlands": "NL", "holland": "NL", "paysbas": "NL",
	"frankrijk": "FR", "france": "FR",
	"duitsland": "DE", "germany": "DE", "deutschland": "DE", "allemagne": "DE",
	"luxemburg": "LU", "luxembourg": "LU",
}

// countryCode turns "België" or "be" into "BE"; anything else is kept for
// Validate to judge.
func countryCode(s string) string {
	if code, ok := countryNames[normalizeHeader(s)]; ok {
		return code
	}
	return strings.ToUpper(s)
}

// splitList reads a list cell: "finance, turnaround; M&A" or one item a line.
func splitList(cell string) []string { return domain.SplitList(cell) }

func joinList(items []string) string { return strings.Join(items, ", ") }

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// formulaStarts are the first characters that make a spreadsheet run a
// cell as a formula (OWASP, "CSV Injection"). Names, titles and notes come
// from people outside the firm (a LinkedIn profile chooses its own title),
// so a text cell must never reach Excel as "=HYPERLINK(…)".
const formulaStarts = "=+-@\t\r"

// harmlessNumber reports whether s holds only what a phone number or a
// signed number is written with: no letter, no "=", no "@", so nothing a
// spreadsheet could call or refer to. "+32 475 12 34 56" and "-5" stay as
// they are, readable, instead of gaining a quote.
func harmlessNumber(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune(" +-()./", r):
		default:
			return false
		}
	}
	return digit
}

// formulaLike reports whether a spreadsheet would run s, or s once one
// leading quote is taken off, as a formula: what follows its leading
// quotes starts with one of formulaStarts.
func formulaLike(s string) bool {
	rest := strings.TrimLeft(s, "'")
	return rest != "" && strings.ContainsRune(formulaStarts, rune(rest[0]))
}

// neutralise writes a text cell so that no spreadsheet runs it: a cell
// that starts (after any quotes) like a formula gets one more quote in
// front, as OWASP advises. A value that really starts with quotes before
// such a character gets one too, so that unneutralise, which takes exactly
// one off, gives back exactly what was written.
func neutralise(s string) string {
	if formulaLike(s) && !harmlessNumber(s) {
		return "'" + s
	}
	return s
}

// unneutralise reverses neutralise: one leading quote is taken off where
// what follows the quotes starts like a formula. Any other quote is the
// value's own.
func unneutralise(s string) string {
	if strings.HasPrefix(s, "'") && formulaLike(s) {
		return s[1:]
	}
	return s
}
