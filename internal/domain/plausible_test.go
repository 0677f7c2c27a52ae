package domain

import (
	"strings"
	"testing"
	"time"
)

func TestNormalizePhone(t *testing.T) {
	for _, tc := range []struct{ in, country, want string }{
		{"0475 12 34 56", "BE", "+32 475 12 34 56"},
		{"0475/12.34.56", "", "+32 475 12 34 56"},
		{"+32 (0)2 123 45 67", "", "+32 2 123 45 67"},
		{"02 123 45 67", "", "+32 2 123 45 67"},
		{"015 28 71 41", "BE", "+32 15 28 71 41"},
		{"0032 4 239 18 70", "", "+32 4 239 18 70"},
		{"06-12345678", "", "+31 6 1234 5678"},
		{"020 123 4567", "NL", "+31 20 123 45 67"},
		{"0223 615000", "NL", "+31 223 61 50 00"},
		{"0461 23 45 67", "", "0461 23 45 67"}, // Sittard or a Belgian mobile: kept as typed
		{"+33 1 23 45 67 89", "FR", "+33 1 23 45 67 89"},
		{"+44-20-7946-0958", "", "+44 20 7946 0958"},
		// The demo's numbers are already in this form.
		{"+32 56 21 44 10", "BE", "+32 56 21 44 10"},
		{"+32 4 239 18 70", "BE", "+32 4 239 18 70"},
		{"+31 13 543 21 90", "NL", "+31 13 543 21 90"},
		{"+31 223 61 50 00", "NL", "+31 223 61 50 00"},
		{"+31 6 2418 7730", "", "+31 6 2418 7730"},
		{"+32 475 21 33 90", "", "+32 475 21 33 90"},
		// Notes that address books add are dropped.
		{"+32 475 12 34 56 (gsm)", "", "+32 475 12 34 56"},
		{"0475 12 34 56 mobiel", "BE", "+32 475 12 34 56"},
		{"privé: 02 123 45 67", "", "+32 2 123 45 67"},
		{"GSM: 06-12345678", "", "+31 6 1234 5678"},
		{"+31 20 123 4567 (werk)", "NL", "+31 20 123 45 67"},
	} {
		got := NormalizePhone(tc.in, tc.country)
		if got != tc.want {
			t.Errorf("NormalizePhone(%q, %q) = %q, want %q", tc.in, tc.country, got, tc.want)
		}
		if err := CheckPhone(got); err != nil {
			t.Errorf("%q: %v", got, err)
		}
		if again := NormalizePhone(got, tc.country); again != got {
			t.Errorf("not stable: %q → %q", got, again)
		}
	}
}

// A note alone, or a number too short even without its note, stays as
// typed, and CheckPhone refuses it.
func TestPhoneNotesAloneAreRefused(t *testing.T) {
	for _, in := range []string{"gsm", "(gsm)", "mobiel: onbekend", "0475 12 (gsm)"} {
		got := NormalizePhone(in, "BE")
		if got != strings.TrimSpace(in) || CheckPhone(got) == nil {
			t.Errorf("NormalizePhone(%q) = %q, refused %v; want it kept as typed and refused", in, got, CheckPhone(got) != nil)
		}
	}
}

func TestImplausibleValuesAreRefused(t *testing.T) {
	client := func(edit func(*Client)) error {
		c := &Client{LegalName: "Acme NV", Address: Address{Country: "BE"}, Language: LangNL}
		edit(c)
		c.Normalize()
		return c.Validate()
	}
	manager := func(edit func(*Manager)) error {
		m := &Manager{Name: "An Peeters", MaxDaysPerWeek: 5}
		edit(m)
		m.Normalize()
		return m.Validate()
	}
	long := strings.Repeat("a", 250) + "@example.nl"
	for _, tc := range []struct {
		name  string
		err   error
		field string
	}{
		{"country not assigned", client(func(c *Client) { c.Address.Country = "XX" }), "Country"},
		{"UK is not a country code", client(func(c *Client) { c.Address.Country = "UK" }), "Country"},
		{"Belgian postcode of 5 digits", client(func(c *Client) { c.Address.Postcode = "90000" }), "Postcode"},
		{"Belgian postcode starting with 0", client(func(c *Client) { c.Address.Postcode = "0900" }), "Postcode"},
		{"Dutch postcode without letters", client(func(c *Client) { c.Address.Country, c.Address.Postcode = "NL", "1234" }), "Postcode"},
		{"phone with letters", client(func(c *Client) { c.Contact.Phone = "call me" }), "Contact phone"},
		{"Belgian phone too short", client(func(c *Client) { c.Contact.Phone = "+32 475 12 34" }), "Contact phone"},
		{"Dutch phone too long", manager(func(m *Manager) { m.Phone = "+31 6 1234 56789" }), "Phone"},
		{"e-mail over 254", manager(func(m *Manager) { m.Email = long }), "E-mail"},
		{"language not ISO 639-1", manager(func(m *Manager) { m.Languages = []string{"nl", "xx"} }), "Languages"},
		{"Excel's empty date", manager(func(m *Manager) { m.AvailableFrom = NewDate(1899, time.December, 30) }), "Available from"},
		{"year 2206", manager(func(m *Manager) { m.AvailableFrom = NewDate(2206, time.May, 1) }), "Available from"},
		{"notes too long", client(func(c *Client) { c.Notes = strings.Repeat("x", MaxNotes+1) }), "Notes"},
		{"manager notes too long", manager(func(m *Manager) { m.Notes = strings.Repeat("x", MaxNotes+1) }), "Notes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if ErrorCode(tc.err) != EINVALID || ErrorField(tc.err) != tc.field {
				t.Errorf("got %v (field %q), want a refusal of %s", tc.err, ErrorField(tc.err), tc.field)
			}
		})
	}
}

func TestPlausibleValuesAreKept(t *testing.T) {
	c := &Client{LegalName: "Acme BV", Address: Address{Country: "NL", Postcode: "1234ab"}, Language: LangNL,
		Contact: Contact{Phone: "020-1234567"}}
	c.Normalize()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Address.Postcode != "1234 AB" || c.Contact.Phone != "+31 20 123 45 67" {
		t.Errorf("postcode %q, phone %q", c.Address.Postcode, c.Contact.Phone)
	}
	m := &Manager{Name: "An", MaxDaysPerWeek: 5, Languages: []string{"NL", "fy", "lb"}, AvailableFrom: NewDate(2100, time.December, 31),
		Email: strings.Repeat("a", 64) + "@" + strings.Repeat("b", 63) + "." + strings.Repeat("c", 63) + ".nl"}
	m.Normalize()
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestPostcodes(t *testing.T) {
	for _, tc := range []struct{ in, country, want string }{
		{"9000", "BE", "9000"},
		{"B-9000", "BE", "9000"},
		{"be-2800", "BE", "2800"},
		{"1234ab", "NL", "1234 AB"},
		{"NL-1234 AB", "NL", "1234 AB"},
		{" 1234  AB ", "NL", "1234 AB"},
		{"75008", "FR", "75008"},
	} {
		if got := NormalizePostcode(tc.in, tc.country); got != tc.want {
			t.Errorf("NormalizePostcode(%q, %s) = %q, want %q", tc.in, tc.country, got, tc.want)
		}
		// A record stored before the rule, read back without Normalize
		// (a JSON restore), still validates.
		if err := validatePostcode("Postcode", tc.country, tc.in); err != nil {
			t.Errorf("%q: %v", tc.in, err)
		}
	}
}

func FuzzNormalizePhone(f *testing.F) {
	for _, s := range []string{"0475 12 34 56", "+32 (0)2 123 45 67", "06-12345678", "0223 615000", "+44-20-7946-0958", "call me", "00"} {
		f.Add(s, "BE")
		f.Add(s, "")
	}
	// Property: normalising is stable, and a number the check accepts
	// is still accepted once normalised.
	f.Fuzz(func(t *testing.T, s, country string) {
		n := NormalizePhone(s, country)
		if again := NormalizePhone(n, country); again != n {
			t.Fatalf("%q → %q → %q", s, n, again)
		}
		if CheckPhone(s) == nil && CheckPhone(n) != nil {
			t.Fatalf("%q is accepted but %q is not", s, n)
		}
	})
}

func TestParseDateRefusesSpreadsheetEmptyDates(t *testing.T) {
	for _, s := range []string{"1899-12-30", "1900-01-00", "30/12/1899", "0206-05-01", "2101-01-01"} {
		if _, err := ParseDate(s); ErrorCode(err) != EINVALID {
			t.Errorf("ParseDate(%q) = %v, want a refusal", s, err)
		}
	}
	for _, s := range []string{"1900-01-01", "2100-12-31", "09/05/2026"} {
		if _, err := ParseDate(s); err != nil {
			t.Errorf("ParseDate(%q): %v", s, err)
		}
	}
}
