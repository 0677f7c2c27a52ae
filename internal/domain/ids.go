package domain

import (
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The checks in this file return plain errors whose sentence states the rule
// that failed, without a field name: the entity's Validate wraps them with
// Invalidf so the sentence is prefixed with the field's label. They are only
// called on non-empty input; whether a field may be empty is the entity's
// business.

// NormalizeID returns s in upper case without the spaces, dots, dashes and
// slashes people type into identification numbers to make them readable.
func NormalizeID(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r), r == '.', r == '-', r == '/':
			return -1
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		}
		// Only ASCII is upper-cased: unicode.ToUpper would turn the long s
		// "ſ" into "S" and let a lookalike pass as a valid number.
		return r
	}, s)
}

// NormalizeVATID returns the VAT identification number as it is stored and
// printed: "be 0123.456.749" becomes "BE0123456749".
func NormalizeVATID(s string) string { return NormalizeID(s) }

// vatCountries are the prefixes of the VAT numbers in the EU's VIES system:
// the member states (Greece uses EL) and XI for Northern Ireland.
var vatCountries = map[string]bool{
	"AT": true, "BE": true, "BG": true, "CY": true, "CZ": true, "DE": true,
	"DK": true, "EE": true, "EL": true, "ES": true, "FI": true, "FR": true,
	"HR": true, "HU": true, "IE": true, "IT": true, "LT": true, "LU": true,
	"LV": true, "MT": true, "NL": true, "PL": true, "PT": true, "RO": true,
	"SE": true, "SI": true, "SK": true, "XI": true,
}

// CheckVATID reports whether s is a plausible EU VAT identification number.
// Belgian and Dutch numbers are checked with their check digits; the other
// member states' numbers only on their shape. Spaces, dots and dashes are
// ignored.
func CheckVATID(s string) error {
	n := NormalizeID(s)
	if len(n) < 2 || !isUpperLetters(n[:2]) {
		return Errorf(EINVALID, "a VAT number starts with the two-letter code of an EU country, like BE0123456749 or NL123456782B01; “%s” does not", s)
	}
	country, rest := n[:2], n[2:]
	switch {
	case country == "BE":
		if len(rest) == 9 && isDigits(rest) {
			return Errorf(EINVALID, "a Belgian VAT number is BE followed by 10 digits; %s has 9, write BE0%s", n, rest)
		}
		if len(rest) != 10 || !isDigits(rest) || (rest[0] != '0' && rest[0] != '1') {
			return Errorf(EINVALID, "a Belgian VAT number is BE followed by the 10-digit enterprise number, starting with 0 or 1, like BE0123456749; %s is not", n)
		}
		if !belgianMod97(rest) {
			return Errorf(EINVALID, "a Belgian VAT number is BE followed by 10 digits, the last two being 97 minus the first eight modulo 97; %s fails that check", n)
		}
	case country == "NL":
		if len(rest) != 12 || !isDigits(rest[:9]) || rest[9] != 'B' || !isDigits(rest[10:]) {
			return Errorf(EINVALID, "a Dutch VAT number is NL, 9 digits, the letter B and 2 digits, like NL123456782B01; %s is not", n)
		}
		if !elevenTest(rest[:9]) && mod97(n) != 1 {
			return Errorf(EINVALID, "a Dutch VAT number must pass the eleven-test on its 9 digits or the ISO 7064 mod 97-10 check; %s passes neither, look for a typo", n)
		}
	case vatCountries[country]:
		if len(rest) < 2 || len(rest) > 12 || !isAlnum(rest) {
			return Errorf(EINVALID, "a VAT number is the country code followed by 2 to 12 letters or digits; %s is not", n)
		}
	case country == "GR":
		return Errorf(EINVALID, "a Greek VAT number starts with EL, not GR: EL%s", rest)
	default:
		return Errorf(EINVALID, "a VAT number starts with the code of an EU country (AT, BE, BG, CY, CZ, DE, DK, EE, EL, ES, FI, FR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK, or XI for Northern Ireland); %s is not one", country)
	}
	return nil
}

// belgianMod97 checks a 10-digit Belgian enterprise number: the last two
// digits are 97 minus the first eight modulo 97.
func belgianMod97(d string) bool {
	var head, check int
	for _, c := range d[:8] {
		head = head*10 + int(c-'0')
	}
	check = int(d[8]-'0')*10 + int(d[9]-'0')
	return check == 97-head%97
}

// elevenTest is the Dutch eleven-test on nine digits: weights 9 down to 2 and
// -1 for the last digit; the sum must be a multiple of 11. All zeros is not
// a number anyone was given.
func elevenTest(d string) bool {
	if strings.Trim(d, "0") == "" {
		return false
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += (9 - i) * int(d[i]-'0')
	}
	sum -= int(d[8] - '0')
	return sum%11 == 0
}

// mod97 returns the ISO 7064 mod 97-10 remainder of s, which holds only
// digits and upper-case letters; letters count as two-digit numbers A=10 …
// Z=35. It works digit by digit, so s may be of any length.
func mod97(s string) int {
	r := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			r = (r*100 + int(c-'A') + 10) % 97
		} else {
			r = (r*10 + int(c-'0')) % 97
		}
	}
	return r
}

// belgianDigits returns the 10 digits of a Belgian enterprise number written
// with or without the BE prefix, adding the leading 0 that 9-digit numbers
// from before 2003 lack. ok is false if s holds anything else.
func belgianDigits(s string) (digits string, ok bool) {
	n := strings.TrimPrefix(NormalizeID(s), "BE")
	if !isDigits(n) {
		return "", false
	}
	switch len(n) {
	case 9:
		return "0" + n, true
	case 10:
		return n, true
	}
	return "", false
}

// CheckBelgianEnterpriseNumber reports whether s is a Belgian enterprise
// number (ondernemingsnummer, numéro d'entreprise): 10 digits starting with 0
// or 1, the last two 97 minus the first eight modulo 97. "0123.456.749",
// "BE0123456749" and the old 9-digit "123456749" are all accepted.
func CheckBelgianEnterpriseNumber(s string) error {
	d, ok := belgianDigits(s)
	if !ok {
		return Errorf(EINVALID, "a Belgian enterprise number has 10 digits, like 0123.456.749; “%s” is not", s)
	}
	if d[0] != '0' && d[0] != '1' {
		return Errorf(EINVALID, "a Belgian enterprise number starts with 0 or 1 (numbers starting with 2 to 8 belong to an establishment unit); %s does not", FormatBelgianEnterpriseNumber(d))
	}
	if !belgianMod97(d) {
		return Errorf(EINVALID, "a Belgian enterprise number has 10 digits, the last two being 97 minus the first eight modulo 97; %s fails that check", FormatBelgianEnterpriseNumber(d))
	}
	return nil
}

// FormatBelgianEnterpriseNumber writes a Belgian enterprise number the way
// the Crossroads Bank for Enterprises does: "0123.456.749". Input that is not
// 9 or 10 digits (with or without BE) is returned unchanged.
func FormatBelgianEnterpriseNumber(s string) string {
	d, ok := belgianDigits(s)
	if !ok {
		return s
	}
	return d[:4] + "." + d[4:7] + "." + d[7:]
}

// CheckKvK reports whether s is a Dutch Chamber of Commerce (KvK) number:
// exactly 8 digits. It has no check digit, so this is a shape check only.
// Spaces and dots are ignored.
func CheckKvK(s string) error {
	n := NormalizeID(s)
	if len(n) == 8 && isDigits(n) {
		return nil
	}
	if len(n) == 12 && isDigits(n) {
		return Errorf(EINVALID, "a KvK number has 8 digits; %s has 12, which looks like a branch number (vestigingsnummer)", n)
	}
	return Errorf(EINVALID, "a KvK number has exactly 8 digits, like 12345678; “%s” is not", s)
}

// ibanLengths is the length of an IBAN per country: the SEPA countries and a
// few neighbours, from the SWIFT IBAN registry.
var ibanLengths = map[string]int{
	"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24,
	"DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
	"GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27,
	"LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18,
	"NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24,
	"SM": 27, "VA": 22,
	// Not SEPA, but met often enough.
	"AE": 23, "AL": 28, "BA": 20, "FO": 18, "GE": 22, "GL": 18, "IL": 23,
	"MD": 24, "ME": 22, "MK": 19, "RS": 22, "SA": 24, "TR": 26, "UA": 29,
	"XK": 20,
}

// NormalizeIBAN returns the IBAN in its electronic form: upper case, no
// spaces. "be71 0961 2345 6769" becomes "BE71096123456769".
func NormalizeIBAN(s string) string { return NormalizeID(s) }

// FormatIBAN returns the IBAN in its printed form, in groups of four:
// "BE71 0961 2345 6769".
func FormatIBAN(s string) string {
	n := NormalizeIBAN(s)
	var b strings.Builder
	for count := 0; n != ""; count++ {
		if count > 0 && count%4 == 0 {
			b.WriteByte(' ')
		}
		// Copy bytes, not runes: invalid UTF-8 would come out as U+FFFD.
		_, size := utf8.DecodeRuneInString(n)
		b.WriteString(n[:size])
		n = n[size:]
	}
	return b.String()
}

// CheckIBAN reports whether s is an IBAN: country code, two check digits and
// the account number, of the length the country uses, passing ISO 7064
// mod 97-10. Spaces are ignored.
func CheckIBAN(s string) error {
	n := NormalizeIBAN(s)
	if !isAlnum(n) {
		return Errorf(EINVALID, "an IBAN has only letters and digits, like BE71 0961 2345 6769; “%s” has other characters", s)
	}
	if len(n) < 4 || !isUpperLetters(n[:2]) || !isDigits(n[2:4]) {
		return Errorf(EINVALID, "an IBAN starts with a two-letter country code and two check digits, like BE71 0961 2345 6769; “%s” does not", s)
	}
	country := n[:2]
	if want, ok := ibanLengths[country]; ok {
		if len(n) != want {
			return Errorf(EINVALID, "an IBAN from %s has %d characters; %s has %d", country, want, FormatIBAN(n), len(n))
		}
	} else if len(n) < 15 || len(n) > 34 {
		return Errorf(EINVALID, "an IBAN has 15 to 34 characters; %s has %d", FormatIBAN(n), len(n))
	}
	if mod97(n[4:]+n[:4]) != 1 {
		return Errorf(EINVALID, "the check digits of IBAN %s do not match; look for a typo", FormatIBAN(n))
	}
	return nil
}

// CheckBIC reports whether s is a BIC (SWIFT code): 4 letters for the bank,
// 2 letters for the country, 2 letters or digits for the location and an
// optional 3 for the branch, like GEBABEBB or GEBABEBB36A. Spaces are ignored.
func CheckBIC(s string) error {
	n := NormalizeID(s)
	if (len(n) == 8 || len(n) == 11) && isUpperLetters(n[:6]) && isAlnum(n[6:]) {
		return nil
	}
	return Errorf(EINVALID, "a BIC has 8 or 11 characters: 4 letters for the bank, 2 for the country, then 2 (or 5) letters or digits, like GEBABEBB; “%s” is not", s)
}

// CheckEmail reports whether s looks like a plain e-mail address,
// name@example.nl: one @, something before it, a domain with a dot after it,
// no spaces and no display name.
func CheckEmail(s string) error {
	rule := Word("an e-mail address looks like name@example.nl")
	if n := len(s); n > 254 {
		return Errorf(EINVALID, "%s; an address has at most 254 characters, this one has %d", rule, n)
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return Errorf(EINVALID, "%s, without spaces; “%s” has a space", rule, s)
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok {
		return Errorf(EINVALID, "%s; “%s” has no @", rule, s)
	}
	if strings.Contains(domain, "@") {
		return Errorf(EINVALID, "%s, with exactly one @; “%s” has %d", rule, s, strings.Count(s, "@"))
	}
	if local == "" {
		return Errorf(EINVALID, "%s; “%s” has nothing before the @", rule, s)
	}
	if !validDomain(domain) {
		return Errorf(EINVALID, "%s, with a domain such as example.nl after the @; “%s” does not have one", rule, s)
	}
	// net/mail knows which characters may stand before the @. It also accepts
	// "Jan <jan@x.nl>" and comments, which the address compare rejects.
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return Errorf(EINVALID, "%s; “%s” is not a plain address", rule, s)
	}
	return nil
}

// validDomain reports whether d is a host name with at least one dot: labels
// of letters, digits and inner hyphens, a top-level label of 2 or more
// characters that is not a number.
func validDomain(d string) bool {
	labels := strings.Split(d, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, r := range l {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	return len([]rune(tld)) >= 2 && !isDigits(tld)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isUpperLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// isAlnum reports whether s is non-empty and holds only ASCII digits and
// upper-case letters.
func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return s != ""
}
