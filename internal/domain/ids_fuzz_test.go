package domain

import (
	"net/mail"
	"strings"
	"testing"
)

// The fuzz tests are seeded from the tables in ids_test.go. Besides "does not
// panic", each asserts that the verdict does not depend on how the number was
// typed: normalising (and formatting) and checking again gives the same answer.

func seedIDs(f *testing.F, cases []idCase) {
	for _, tc := range cases {
		f.Add(tc.in)
	}
}

func FuzzCheckVATID(f *testing.F) {
	seedIDs(f, vatTests)
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeVATID(s)
		if NormalizeVATID(n) != n {
			t.Fatalf("NormalizeVATID not idempotent: %q → %q → %q", s, n, NormalizeVATID(n))
		}
		if sameVerdict(t, CheckVATID, s, n) != nil {
			return
		}
		if !isAlnum(n) || !vatCountries[n[:2]] {
			t.Fatalf("CheckVATID accepted %q, normalised %q", s, n)
		}
		if spaced := strings.ToLower(n[:2]) + " " + dotted(n[2:]); CheckVATID(spaced) != nil {
			t.Fatalf("CheckVATID(%q) accepted but %q not", n, spaced)
		}
		if n[:2] == "BE" && CheckBelgianEnterpriseNumber(n) != nil {
			t.Fatalf("Belgian VAT number %q is not an enterprise number", n)
		}
	})
}

func FuzzCheckBelgianEnterpriseNumber(f *testing.F) {
	seedIDs(f, enterpriseTests)
	f.Fuzz(func(t *testing.T, s string) {
		formatted := FormatBelgianEnterpriseNumber(s)
		if FormatBelgianEnterpriseNumber(formatted) != formatted {
			t.Fatalf("Format not idempotent: %q → %q → %q", s, formatted, FormatBelgianEnterpriseNumber(formatted))
		}
		if sameVerdict(t, CheckBelgianEnterpriseNumber, s, formatted) != nil {
			return
		}
		if len(formatted) != 12 || formatted[4] != '.' || formatted[8] != '.' || !isDigits(strings.ReplaceAll(formatted, ".", "")) {
			t.Fatalf("Format(%q) = %q, want 0123.456.749", s, formatted)
		}
		if vat := "BE" + NormalizeID(formatted); CheckVATID(vat) != nil {
			t.Fatalf("enterprise number %q accepted but VAT number %q not", s, vat)
		}
	})
}

func FuzzCheckKvK(f *testing.F) {
	seedIDs(f, kvkTests)
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeID(s)
		if sameVerdict(t, CheckKvK, s, n) == nil && (len(n) != 8 || !isDigits(n)) {
			t.Fatalf("CheckKvK accepted %q", s)
		}
	})
}

func FuzzCheckIBAN(f *testing.F) {
	seedIDs(f, ibanTests)
	f.Fuzz(func(t *testing.T, s string) {
		n, formatted := NormalizeIBAN(s), FormatIBAN(s)
		if NormalizeIBAN(formatted) != n {
			t.Fatalf("NormalizeIBAN(FormatIBAN(%q)) = %q, want %q", s, NormalizeIBAN(formatted), n)
		}
		if isAlnum(n) && len(n) >= 4 {
			if fast, slow := mod97(n[4:]+n[:4]), slowIBANMod97(n); fast != slow {
				t.Fatalf("mod97 of %q: %d, textbook %d", n, fast, slow)
			}
		}
		if sameVerdict(t, CheckIBAN, s, formatted) != nil {
			return
		}
		// Mod 97 catches every single-digit typo.
		for i := 4; i < len(n); i++ {
			if !isDigits(n[i : i+1]) {
				continue
			}
			typo := n[:i] + string('0'+(n[i]-'0'+1)%10) + n[i+1:]
			if CheckIBAN(typo) == nil {
				t.Fatalf("CheckIBAN accepted %q and the typo %q", n, typo)
			}
		}
	})
}

func FuzzCheckBIC(f *testing.F) {
	seedIDs(f, bicTests)
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeID(s)
		if sameVerdict(t, CheckBIC, s, n) == nil && (len(n) != 8 && len(n) != 11 || !isAlnum(n)) {
			t.Fatalf("CheckBIC accepted %q", s)
		}
	})
}

func FuzzCheckEmail(f *testing.F) {
	seedIDs(f, emailTests)
	f.Fuzz(func(t *testing.T, s string) {
		if CheckEmail(s) != nil {
			return
		}
		if strings.Count(s, "@") != 1 || strings.ContainsAny(s, " \t\r\n<>") {
			t.Fatalf("CheckEmail accepted %q", s)
		}
		if a, err := mail.ParseAddress(s); err != nil || a.Address != s || a.Name != "" {
			t.Fatalf("CheckEmail accepted %q, which net/mail reads as %v, %v", s, a, err)
		}
		if _, domain, _ := strings.Cut(s, "@"); !strings.Contains(domain, ".") {
			t.Fatalf("CheckEmail accepted %q without a dot in the domain", s)
		}
	})
}

// sameVerdict checks s and its rewritten form, and fails if one passes and
// the other does not, or if an error has no sentence. It returns the verdict
// on s.
func sameVerdict(t *testing.T, check func(string) error, s, rewritten string) error {
	t.Helper()
	err, err2 := check(s), check(rewritten)
	if (err == nil) != (err2 == nil) {
		t.Fatalf("check(%q) = %v but check(%q) = %v", s, err, rewritten, err2)
	}
	if err != nil && err.Error() == "" {
		t.Fatalf("check(%q) returned an empty message", s)
	}
	return err
}

// dotted writes s in groups of three separated by dots, the way people make
// numbers readable.
func dotted(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && i%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
