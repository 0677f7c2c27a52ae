package domain

import (
	"fmt"
	"math"
	"math/bits"
	"strings"
	"unicode"
)

// Money is an amount in euro cents. Amounts are never floats: a day rate of
// € 1.250,00 is Money(125000).
type Money int64

// Euros returns e whole euros.
func Euros(e int64) Money { return Money(e * 100) }

// Euros returns m in euros as a float, for charts only: never compute with it.
func (m Money) Euros() float64 { return float64(m) / 100 }

// Format writes m the way CLDR writes euros in the document's language:
// "€ 75.000,00" in nl, "€75,000.00" in en and "75 000,00 €" in fr (fr-BE:
// the sign after the amount, a space between thousands), with a leading
// minus for negative amounts ("-€ 1.250,00", "-1 250,00 €"). The space after
// € in nl is an ordinary space, so text taken from a PDF reads as typed;
// layout code keeps an amount on one line itself. French groups thousands
// and sets the € apart with a no-break space (U+00A0): CLDR now prefers the
// narrow one (U+202F), but U+00A0 is in every font and code page the
// documents use, and pdftotext, ParseMoney and spreadsheets all read it.
// Any other language is written as nl.
//
// This is a hand-written formatter rather than golang.org/x/text/currency,
// because the domain imports only the standard library and three fixed
// patterns are all the documents need.
func (m Money) Format(l Lang) string {
	sign, number := m.split(l)
	switch l {
	case LangEN:
		return sign + "€" + number
	case LangFR:
		return sign + number + frSpace + "€"
	}
	return sign + "€ " + number
}

// InSentence is m as an argument of an error or a Sentence: fmt prints it
// the English way ("€10,000.00"), and internal/i18n writes it the reader's
// way ("€ 10.000,00", "10 000,00 €"). An amount formatted before it goes
// into the error stays English in every language.
func (m Money) InSentence() Sentence { return Sentence{Format: "%s", Args: []any{m}} }

// frSpace is the space French puts between groups of thousands and before
// the euro sign.
const frSpace = "\u00a0"

// FormatNumber writes m without the euro sign: "75.000,00" in nl,
// "75 000,00" in fr (a no-break space), "75,000.00" in en, "-1.250,00"
// when negative.
func (m Money) FormatNumber(l Lang) string {
	sign, number := m.split(l)
	return sign + number
}

// split returns the sign ("" or "-") and the digits of m grouped by thousands
// with two decimals, in l's separators.
func (m Money) split(l Lang) (sign, number string) {
	thousands, decimal := ".", ','
	switch l {
	case LangEN:
		thousands, decimal = ",", '.'
	case LangFR:
		thousands = frSpace
	}
	// The magnitude as uint64, so that math.MinInt64 has one too.
	abs := uint64(m)
	if m < 0 {
		sign, abs = "-", -abs
	}
	euros, cents := abs/100, abs%100
	digits := fmt.Sprint(euros)
	var b strings.Builder
	for i := 0; i < len(digits); i++ {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(thousands)
		}
		b.WriteByte(digits[i])
	}
	b.WriteByte(byte(decimal))
	b.WriteByte(byte('0' + cents/10))
	b.WriteByte(byte('0' + cents%10))
	return sign, b.String()
}

// ParseMoney reads an amount the way spreadsheets and people write it:
// "1250", "1250.5", "1.250,00", "1,250.00", "€ 1.250", "€1.250,50",
// "EUR 1250", "1 250,00", "1.250,00 €", "€ 1.250,-", " -12,5 ".
//
// Which of . and , is the decimal separator:
//   - if both occur, the last one is;
//   - if one occurs more than once, it separates thousands;
//   - if one occurs once followed by exactly three digits, it separates
//     thousands ("1.250" and "1,250" are both 1250 euros), unless what
//     stands before it cannot be a thousands group ("0.250");
//   - otherwise it is the decimal separator.
//
// Spaces may also separate thousands. Thousands groups must have three digits.
// More than two decimals, or an amount beyond what a Money holds, is an error.
func ParseMoney(s string) (Money, error) {
	s = strings.TrimSpace(s)
	bad := func() (Money, error) {
		return 0, Errorf(EINVALID, "“%s” is not an amount; write it like 1.250,00 or 1250", s)
	}
	body, negative, ok := stripSignAndCurrency(s)
	if !ok {
		return bad()
	}
	whole, frac, ok := splitDecimal(body)
	if !ok {
		return bad()
	}
	if len(frac) > 2 {
		return 0, Errorf(EINVALID, "“%s” has more than two decimals; an amount is in euros and cents, like 1.250,00", s)
	}
	// The magnitude in cents, checked against the int64 range: up to
	// 2^63 - 1 for a positive amount and 2^63 for a negative one.
	limit := uint64(math.MaxInt64)
	if negative {
		limit++
	}
	var cents uint64
	for _, c := range whole + (frac + "00")[:2] {
		hi, lo := bits.Mul64(cents, 10)
		lo, carry := bits.Add64(lo, uint64(c-'0'), 0)
		if hi != 0 || carry != 0 || lo > limit {
			return 0, Errorf(EINVALID, "“%s” is too large an amount", s)
		}
		cents = lo
	}
	if negative {
		return Money(-cents), nil
	}
	return Money(cents), nil
}

// stripSignAndCurrency removes an optional sign and an optional € or EUR,
// before or after the number, and a trailing ",-", and returns the number
// that remains. Spaces between them are allowed; a leading sign may stand
// before or after the currency.
func stripSignAndCurrency(s string) (body string, negative, ok bool) {
	signSeen, currencySeen := false, false
	trimCurrency := func(t string) (string, bool) {
		if currencySeen {
			return t, false
		}
		var rest string
		switch {
		case strings.HasPrefix(t, "€"):
			rest = t[len("€"):]
		case len(t) >= 3 && strings.EqualFold(t[:3], "EUR"):
			rest = t[3:]
		default:
			return t, false
		}
		currencySeen = true
		return strings.TrimLeftFunc(rest, unicode.IsSpace), true
	}
	trimSign := func(t string) (string, bool) {
		if signSeen || t == "" {
			return t, false
		}
		switch {
		case t[0] == '-' || t[0] == '+':
			negative = t[0] == '-'
			t = t[1:]
		case strings.HasPrefix(t, "−"): // U+2212 MINUS SIGN, as word processors write it
			negative = true
			t = t[len("−"):]
		default:
			return t, false
		}
		signSeen = true
		return strings.TrimLeftFunc(t, unicode.IsSpace), true
	}
	// At most one sign and one currency, in either order.
	for range 2 {
		var a, b bool
		s, a = trimSign(s)
		s, b = trimCurrency(s)
		if !a && !b {
			break
		}
	}
	if !currencySeen {
		switch {
		case strings.HasSuffix(s, "€"):
			s = strings.TrimRightFunc(s[:len(s)-len("€")], unicode.IsSpace)
		case len(s) >= 3 && strings.EqualFold(s[len(s)-3:], "EUR"):
			s = strings.TrimRightFunc(s[:len(s)-3], unicode.IsSpace)
		}
	}
	// "1.250,-" is how the Dutch write whole euros.
	for _, dash := range []string{",-", ",--", ".-", ".--"} {
		if strings.HasSuffix(s, dash) {
			s = s[:len(s)-len(dash)]
			break
		}
	}
	return s, negative, s != ""
}

// splitDecimal splits a number written with digits, dots, commas and spaces
// into its whole part (digits only, without thousands separators) and its
// decimals, following the rules of ParseMoney.
func splitDecimal(s string) (whole, frac string, ok bool) {
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	var decimal, thousands byte
	switch {
	case dots > 0 && commas > 0:
		decimal, thousands = '.', ','
		if strings.LastIndexByte(s, ',') > strings.LastIndexByte(s, '.') {
			decimal, thousands = ',', '.'
		}
	case dots+commas == 1:
		sep := byte('.')
		if commas == 1 {
			sep = ','
		}
		// "0.250" cannot be thousands; read it as decimals, to say there are
		// too many of them.
		after := s[strings.IndexByte(s, sep)+1:]
		if _, grouped := ungroup(s, sep); len(after) == 3 && grouped {
			thousands = sep
		} else {
			decimal = sep
		}
	case dots > 1:
		thousands = '.'
	case commas > 1:
		thousands = ','
	}
	whole = s
	if decimal != 0 {
		i := strings.IndexByte(s, decimal)
		if strings.LastIndexByte(s, decimal) != i {
			return "", "", false
		}
		whole, frac = s[:i], s[i+1:]
		if !isDigits(frac) || (whole == "" && frac == "") {
			return "", "", false
		}
	}
	whole, ok = ungroup(whole, thousands)
	return whole, frac, ok
}

// ungroup removes the thousands separators from s: either sep or spaces, not
// both. The first group has 1 to 3 digits and no leading zero, the others
// exactly 3. An empty s is a zero whole part (".50").
func ungroup(s string, sep byte) (string, bool) {
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		if sep != 0 {
			return "", false
		}
		s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
		sep = ' '
	}
	if s == "" {
		return "0", true
	}
	if sep == 0 {
		return s, isDigits(s)
	}
	groups := strings.Split(s, string(sep))
	for i, g := range groups {
		if !isDigits(g) || (i == 0 && (len(g) > 3 || g[0] == '0')) || (i > 0 && len(g) != 3) {
			return "", false
		}
	}
	return strings.Join(groups, ""), true
}

// MulDiv returns m × num / den rounded half away from zero, without
// overflowing in between: the product is held in 128 bits. It panics if den
// is 0, like integer division, and saturates at the ends of the int64 range
// if the result does not fit (no real amount comes near).
func (m Money) MulDiv(num, den int64) Money {
	if den == 0 {
		panic("domain: Money.MulDiv by zero")
	}
	negative := (m < 0) != (num < 0) != (den < 0)
	hi, lo := bits.Mul64(absU64(int64(m)), absU64(num))
	d := absU64(den)
	if hi >= d {
		return saturate(negative)
	}
	q, r := bits.Div64(hi, lo, d)
	if r >= d-r { // r ≥ d/2: round the half away from zero
		if q == math.MaxUint64 {
			return saturate(negative)
		}
		q++
	}
	if q == 0 {
		return 0
	}
	if negative {
		if q > 1<<63 {
			return saturate(true)
		}
		return Money(-q)
	}
	if q > math.MaxInt64 {
		return saturate(false)
	}
	return Money(q)
}

// Percent returns pct percent of m, rounded half away from zero: the VAT at
// 21% on m is m.Percent(21).
func (m Money) Percent(pct int) Money { return m.MulDiv(int64(pct), 100) }

func absU64(v int64) uint64 {
	if v < 0 {
		return -uint64(v)
	}
	return uint64(v)
}

func saturate(negative bool) Money {
	if negative {
		return math.MinInt64
	}
	return math.MaxInt64
}
