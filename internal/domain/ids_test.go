package domain

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// idCase is one input to a check: whether it must pass and, for a failure, a
// piece of the sentence a person will read.
type idCase struct {
	in   string
	ok   bool
	want string // substring of the error message when !ok
}

// Belgian numbers: the last two digits are 97 - (first eight mod 97).
//
//	0403.170.701: 4031707 = 97·41563 + 96, 97 - 96 = 1  → 01
//	0123.456.749: 1234567 = 97·12727 + 48, 97 - 48 = 49 → 49
//	0417.497.106: 4174971 = 97·43040 + 91, 97 - 91 = 6  → 06
//	1000.000.062: 10000000 = 97·103092 + 76, 97 - 76 = 21 → 21
//
// Dutch numbers:
//
//	NL123456782B01 passes the eleven-test: 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8 = 156,
//	  156 - 2 = 154 = 14·11. Mod 97-10 gives 23, so only the eleven-test holds.
//	NL123456789B13 passes mod 97-10 only: the letters become N=23 L=21 B=11, so
//	  the number is 23 21 123456789 11 13 = 23211234567891113, and
//	  23211234567891113 mod 97 = 1. The eleven-test gives 156 - 9 = 147 = 4 mod 11.
//	NL000099998B57 is the Belastingdienst's own example of a new number:
//	  23210000999981157 mod 97 = 1; eleven-test: 5·9+4·9+3·9+2·9-8 = 118 = 8 mod 11.
var vatTests = []idCase{
	{in: "BE0403170701", ok: true},
	{in: "BE0123456749", ok: true},
	{in: "be 0123.456.749", ok: true},
	{in: "BE 0417-497-106", ok: true},
	{in: "BE1000000021", ok: true},
	{in: "BE0123456788", want: "97 minus the first eight modulo 97; BE0123456788 fails that check"},
	{in: "BE123456749", want: "has 9, write BE0123456749"},
	{in: "BE2123456749", want: "starting with 0 or 1"},
	{in: "BE01234567490", want: "10-digit enterprise number"},
	{in: "BE01234567AB", want: "10-digit enterprise number"},
	{in: "NL123456782B01", ok: true},
	{in: "nl1234.56.782.b01", ok: true},
	{in: "NL123456789B13", ok: true},
	{in: "NL000099998B57", ok: true},
	{in: "NL123456789B01", want: "passes neither"},
	{in: "NL000000000B00", want: "passes neither"},
	{in: "NL123456782", want: "9 digits, the letter B and 2 digits"},
	{in: "NL12345678B01", want: "9 digits, the letter B and 2 digits"},
	{in: "DE123456789", ok: true},
	{in: "FRXX999999999", ok: true},
	{in: "EL123456789", ok: true},
	{in: "XI123456789", ok: true},
	{in: "ATU12345678", ok: true},
	{in: "DE1", want: "2 to 12 letters or digits"},
	{in: "DE1234567890123", want: "2 to 12 letters or digits"},
	{in: "DE12345_789", want: "2 to 12 letters or digits"},
	{in: "GR123456789", want: "starts with EL, not GR: EL123456789"},
	{in: "GB123456789", want: "GB is not one"},
	{in: "0123456749", want: "two-letter code"},
	{in: "B", want: "two-letter code"},
	{in: "ÉE123", want: "two-letter code"},
}

func TestCheckVATID(t *testing.T) {
	for _, tc := range vatTests {
		t.Run(tc.in, func(t *testing.T) { checkIDCase(t, CheckVATID, tc) })
	}
}

func TestNormalizeVATID(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"be 0123.456.749", "BE0123456749"},
		{"BE0123456749", "BE0123456749"},
		{" nl 1234 56 782 b01 ", "NL123456782B01"},
		{"de/123-456\t789", "DE123456789"},
		{"ſe123", "ſE123"}, // only ASCII letters are upper-cased
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := NormalizeVATID(tc.in); got != tc.want {
				t.Errorf("NormalizeVATID(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

var enterpriseTests = []idCase{
	{in: "0403.170.701", ok: true},
	{in: "0123.456.749", ok: true},
	{in: "0123456749", ok: true},
	{in: "BE0123456749", ok: true},
	{in: "be 0123 456 749", ok: true},
	{in: "123456749", ok: true}, // an old 9-digit number
	{in: "1000.000.021", ok: true},
	{in: "0123.456.788", want: "0123.456.788 fails that check"},
	{in: "2123.456.749", want: "establishment unit"},
	{in: "12345674", want: "has 10 digits"},
	{in: "01234567490", want: "has 10 digits"},
	{in: "NL0123456749", want: "has 10 digits"},
	{in: "0123.456.74x", want: "has 10 digits"},
}

func TestCheckBelgianEnterpriseNumber(t *testing.T) {
	for _, tc := range enterpriseTests {
		t.Run(tc.in, func(t *testing.T) { checkIDCase(t, CheckBelgianEnterpriseNumber, tc) })
	}
}

func TestFormatBelgianEnterpriseNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"0123456749", "0123.456.749"},
		{"BE0123456749", "0123.456.749"},
		{"be 0123.456.749", "0123.456.749"},
		{"123456749", "0123.456.749"},
		{"0123.456.749", "0123.456.749"},
		{"12345", "12345"},
		{"BE01234567490", "BE01234567490"},
		{"abc", "abc"},
		{"", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := FormatBelgianEnterpriseNumber(tc.in); got != tc.want {
				t.Errorf("FormatBelgianEnterpriseNumber(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

var kvkTests = []idCase{
	{in: "12345678", ok: true},
	{in: "01234567", ok: true},
	{in: "1234 5678", ok: true},
	{in: "1234.56.78", ok: true},
	{in: "1234567", want: "exactly 8 digits"},
	{in: "123456789", want: "exactly 8 digits"},
	{in: "1234567a", want: "exactly 8 digits"},
	{in: "000012345678", want: "branch number"},
}

func TestCheckKvK(t *testing.T) {
	for _, tc := range kvkTests {
		t.Run(tc.in, func(t *testing.T) { checkIDCase(t, CheckKvK, tc) })
	}
}

// The valid IBANs are the examples of the SWIFT IBAN registry; each satisfies
// mod97(BBAN + country + check digits) = 1, which the test itself recomputes.
var ibanTests = []idCase{
	{in: "BE71096123456769", ok: true},
	{in: "BE71 0961 2345 6769", ok: true},
	{in: "be71 0961 2345 6769", ok: true},
	{in: "BE68539007547034", ok: true},
	{in: "NL91ABNA0417164300", ok: true},
	{in: "NL91 ABNA 0417 1643 00", ok: true},
	{in: "DE89370400440532013000", ok: true},
	{in: "FR1420041010050500013M02606", ok: true},
	{in: "LU280019400644750000", ok: true},
	{in: "GB29NWBK60161331926819", ok: true},
	{in: "NO9386011117947", ok: true},
	{in: "MT84MALT011000012345MTLCAST001S", ok: true},
	{in: "BE71096123456768", want: "the check digits of IBAN BE71 0961 2345 6768 do not match; look for a typo"},
	{in: "BE17096123456769", want: "do not match"},
	{in: "NL91ABNA0417164301", want: "do not match"},
	{in: "BE7109612345676", want: "an IBAN from BE has 16 characters; BE71 0961 2345 676 has 15"},
	{in: "NL91ABNA04171643000", want: "an IBAN from NL has 18 characters"},
	{in: "DE8937040044053201300", want: "an IBAN from DE has 22 characters"},
	{in: "BE71_0961_2345_6769", want: "only letters and digits"},
	{in: "BE71 0961 2345 676é", want: "only letters and digits"},
	{in: "1234567890123456", want: "two-letter country code"},
	{in: "BEXX096123456769", want: "two-letter country code"},
	{in: "BE7", want: "two-letter country code"},
	{in: "ZZ12", want: "15 to 34 characters"},
	{in: "ZZ12" + strings.Repeat("0", 31), want: "15 to 34 characters"},
}

func TestCheckIBAN(t *testing.T) {
	for _, tc := range ibanTests {
		t.Run(tc.in, func(t *testing.T) {
			checkIDCase(t, CheckIBAN, tc)
			if tc.ok {
				n := NormalizeIBAN(tc.in)
				if r := slowIBANMod97(n); r != 1 {
					t.Errorf("test data: %s has remainder %d, not 1", n, r)
				}
			}
		})
	}
}

func TestIBANUnknownCountry(t *testing.T) {
	bban := "12345678901"
	iban := "ZZ" + checkDigits("ZZ", bban) + bban
	if err := CheckIBAN(iban); err != nil {
		t.Errorf("CheckIBAN(%q) = %v, want nil", iban, err)
	}
	typo := iban[:len(iban)-1] + "2" // the last digit was 1
	if err := CheckIBAN(typo); err == nil || !strings.Contains(err.Error(), "do not match") {
		t.Errorf("CheckIBAN(%q) = %v, want check digits not matching", typo, err)
	}
}

func TestNormalizeAndFormatIBAN(t *testing.T) {
	for _, tc := range []struct{ in, norm, format string }{
		{"be71 0961 2345 6769", "BE71096123456769", "BE71 0961 2345 6769"},
		{"BE71096123456769", "BE71096123456769", "BE71 0961 2345 6769"},
		{"NL91ABNA0417164300", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"},
		{"DE89-3704-0044-0532-0130-00", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00"},
		{"", "", ""},
		{"BE7", "BE7", "BE7"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := NormalizeIBAN(tc.in); got != tc.norm {
				t.Errorf("NormalizeIBAN(%q) = %q, want %q", tc.in, got, tc.norm)
			}
			if got := FormatIBAN(tc.in); got != tc.format {
				t.Errorf("FormatIBAN(%q) = %q, want %q", tc.in, got, tc.format)
			}
		})
	}
}

var bicTests = []idCase{
	{in: "GEBABEBB", ok: true},
	{in: "GEBABEBB36A", ok: true},
	{in: "ABNANL2A", ok: true},
	{in: "abnanl2a", ok: true},
	{in: "GKCC BE BB", ok: true},
	{in: "DEUTDEFF500", ok: true},
	{in: "GEBABEB", want: "8 or 11 characters"},
	{in: "GEBABEBB3", want: "8 or 11 characters"},
	{in: "GEBABEBB36A1", want: "8 or 11 characters"},
	{in: "GEB4BEBB", want: "8 or 11 characters"},
	{in: "GEBAB3BB", want: "8 or 11 characters"},
	{in: "GEBABEB_", want: "8 or 11 characters"},
}

func TestCheckBIC(t *testing.T) {
	for _, tc := range bicTests {
		t.Run(tc.in, func(t *testing.T) { checkIDCase(t, CheckBIC, tc) })
	}
}

var emailTests = []idCase{
	{in: "jan@example.nl", ok: true},
	{in: "jan.de.vries@example.co.uk", ok: true},
	{in: "j+proposals@sub.example.be", ok: true},
	{in: "o'neill@example.com", ok: true},
	{in: "anaïs@exemple.fr", ok: true},
	{in: "jan@bücher.de", ok: true},
	{in: "JAN@EXAMPLE.NL", ok: true},
	{in: "jan@xn--bcher-kva.de", ok: true},
	{in: "Jan <jan@example.nl>", want: "without spaces"},
	{in: "<jan@example.nl>", want: "domain such as example.nl"},
	{in: "jan@example.nl(Jan)", want: "domain such as example.nl"},
	{in: "jan @example.nl", want: "without spaces"},
	{in: " jan@example.nl", want: "without spaces"},
	{in: "jan.example.nl", want: "has no @"},
	{in: "jan@@example.nl", want: "exactly one @"},
	{in: "jan@example@nl", want: "exactly one @"},
	{in: "@example.nl", want: "nothing before the @"},
	{in: "jan@", want: "domain such as example.nl"},
	{in: "jan@localhost", want: "domain such as example.nl"},
	{in: "jan@example.", want: "domain such as example.nl"},
	{in: "jan@.example.nl", want: "domain such as example.nl"},
	{in: "jan@example..nl", want: "domain such as example.nl"},
	{in: "jan@-example.nl", want: "domain such as example.nl"},
	{in: "jan@example.n", want: "domain such as example.nl"},
	{in: "jan@1.2.3.4", want: "domain such as example.nl"},
	{in: "jan@[1.2.3.4]", want: "domain such as example.nl"},
	{in: "jan..vries@example.nl", want: "not a plain address"},
	{in: ".jan@example.nl", want: "not a plain address"},
	{in: `"jan"@example.nl`, want: "not a plain address"},
	{in: "jan,piet@example.nl", want: "not a plain address"},
}

func TestCheckEmail(t *testing.T) {
	for _, tc := range emailTests {
		t.Run(tc.in, func(t *testing.T) { checkIDCase(t, CheckEmail, tc) })
	}
}

func checkIDCase(t *testing.T, check func(string) error, tc idCase) {
	t.Helper()
	err := check(tc.in)
	switch {
	case tc.ok && err != nil:
		t.Errorf("(%q) = %v, want nil", tc.in, err)
	case !tc.ok && err == nil:
		t.Errorf("(%q) = nil, want an error containing %q", tc.in, tc.want)
	case !tc.ok && !strings.Contains(err.Error(), tc.want):
		t.Errorf("(%q) = %q, want it to contain %q", tc.in, err, tc.want)
	}
}

// slowIBANMod97 is the textbook computation, for cross-checking mod97: move
// the first four characters to the end, spell letters as numbers, and reduce
// the decimal string in chunks of 9 digits.
func slowIBANMod97(iban string) int {
	var digits strings.Builder
	for _, c := range iban[4:] + iban[:4] {
		if c >= 'A' && c <= 'Z' {
			digits.WriteString(strconv.Itoa(int(c-'A') + 10))
		} else {
			digits.WriteRune(c)
		}
	}
	r, s := 0, digits.String()
	for len(s) > 0 {
		n := min(9, len(s))
		v := r
		for _, c := range s[:n] {
			v = v*10 + int(c-'0')
		}
		r, s = v%97, s[n:]
	}
	return r
}

// checkDigits computes the two check digits of an IBAN: 98 minus the
// remainder of BBAN + country + "00".
func checkDigits(country, bban string) string {
	return fmt.Sprintf("%02d", 98-mod97(bban+country+"00"))
}
