package domain

import (
	"math"
	"strings"
	"testing"
)

var moneyFormatTests = []struct {
	m          Money
	nl, en, fr string
}{
	{0, "€ 0,00", "€0.00", "0,00\u00a0€"},
	{1, "€ 0,01", "€0.01", "0,01\u00a0€"},
	{50, "€ 0,50", "€0.50", "0,50\u00a0€"},
	{100, "€ 1,00", "€1.00", "1,00\u00a0€"},
	{99999, "€ 999,99", "€999.99", "999,99\u00a0€"},
	{100000, "€ 1.000,00", "€1,000.00", "1\u00a0000,00\u00a0€"},
	{125000, "€ 1.250,00", "€1,250.00", "1\u00a0250,00\u00a0€"},
	{7500000, "€ 75.000,00", "€75,000.00", "75\u00a0000,00\u00a0€"},
	{123456789, "€ 1.234.567,89", "€1,234,567.89", "1\u00a0234\u00a0567,89\u00a0€"},
	{-125000, "-€ 1.250,00", "-€1,250.00", "-1\u00a0250,00\u00a0€"},
	{-1, "-€ 0,01", "-€0.01", "-0,01\u00a0€"},
	{math.MaxInt64, "€ 92.233.720.368.547.758,07", "€92,233,720,368,547,758.07", "92\u00a0233\u00a0720\u00a0368\u00a0547\u00a0758,07\u00a0€"},
	{math.MinInt64, "-€ 92.233.720.368.547.758,08", "-€92,233,720,368,547,758.08", "-92\u00a0233\u00a0720\u00a0368\u00a0547\u00a0758,08\u00a0€"},
}

func TestMoneyFormat(t *testing.T) {
	for _, tc := range moneyFormatTests {
		t.Run(tc.nl, func(t *testing.T) {
			for l, want := range map[Lang]string{LangNL: tc.nl, LangEN: tc.en, LangFR: tc.fr, "": tc.nl} {
				if got := tc.m.Format(l); got != want {
					t.Errorf("Money(%d).Format(%q) = %q, want %q", int64(tc.m), l, got, want)
				}
				wantNumber := strings.Replace(strings.Replace(strings.Replace(want, "\u00a0€", "", 1), "€ ", "", 1), "€", "", 1)
				if got := tc.m.FormatNumber(l); got != wantNumber {
					t.Errorf("Money(%d).FormatNumber(%q) = %q, want %q", int64(tc.m), l, got, wantNumber)
				}
			}
		})
	}
}

// TestMoneyFormatRoundTrip: whatever Format writes, in any language,
// ParseMoney reads back, the French no-break spaces included.
func TestMoneyFormatRoundTrip(t *testing.T) {
	for _, tc := range moneyFormatTests {
		for _, l := range []Lang{LangNL, LangEN, LangFR} {
			got, err := ParseMoney(tc.m.Format(l))
			if err != nil || got != tc.m {
				t.Errorf("ParseMoney(%q) = %d, %v; want %d", tc.m.Format(l), got, err, tc.m)
			}
		}
	}
}

// parseMoneyTests: want is in cents; err, if set, is a piece of the message.
var parseMoneyTests = []struct {
	in   string
	want Money
	err  string
}{
	{in: "1250", want: 125000},
	{in: "1250.5", want: 125050},
	{in: "1250,5", want: 125050},
	{in: "1250.50", want: 125050},
	{in: "1.250,00", want: 125000},
	{in: "1,250.00", want: 125000},
	{in: "€ 1.250", want: 125000},
	{in: "€1.250,50", want: 125050},
	{in: "EUR 1250", want: 125000},
	{in: "eur1250", want: 125000},
	{in: "1250 EUR", want: 125000},
	{in: "1 250,00", want: 125000},
	{in: "1\u00a0250,00 €", want: 125000},
	{in: "1\u202f250,00\u00a0€", want: 125000},
	{in: "  -12,5 ", want: -1250},
	{in: "-€ 1.250,00", want: -125000},
	{in: "€ -1.250,00", want: -125000},
	{in: "-€1,250.00", want: -125000},
	{in: "−12,50", want: -1250},
	{in: "+12", want: 1200},
	{in: "1.250", want: 125000},
	{in: "1,250", want: 125000},
	{in: "12,505", want: 1250500}, // one separator followed by three digits: thousands
	{in: "1.250.000", want: 125000000},
	{in: "1,250,000", want: 125000000},
	{in: "1.250.000,5", want: 125000050},
	{in: "75.000,00", want: 7500000},
	{in: "€ 1.250,-", want: 125000},
	{in: "1250,--", want: 125000},
	{in: "0,01", want: 1},
	{in: ",5", want: 50},
	{in: ".05", want: 5},
	{in: "0", want: 0},
	{in: "-0", want: 0},
	{in: "007", want: 700},
	{in: "92233720368547758.07", want: math.MaxInt64},
	{in: "-92233720368547758.08", want: math.MinInt64},
	{in: "12,5x", err: "“12,5x” is not an amount; write it like 1.250,00 or 1250"},
	{in: "", err: "is not an amount"},
	{in: "€", err: "is not an amount"},
	{in: "-", err: "is not an amount"},
	{in: ".", err: "is not an amount"},
	{in: "1250.", err: "is not an amount"},
	{in: "abc", err: "is not an amount"},
	{in: "1.2,5", err: "is not an amount"},
	{in: "1.25.000", err: "is not an amount"},
	{in: "1,250.000,00", err: "is not an amount"},
	{in: "1.250.5", err: "is not an amount"},
	{in: "1.250,5,0", err: "is not an amount"},
	{in: "0.250", err: "more than two decimals"},
	{in: "1 250.000", err: "more than two decimals"},
	{in: "12 5", err: "is not an amount"},
	{in: "12,5 0", err: "is not an amount"},
	{in: "--5", err: "is not an amount"},
	{in: "€ € 5", err: "is not an amount"},
	{in: "€ 5 €", err: "is not an amount"},
	{in: "5 USD", err: "is not an amount"},
	{in: "1e3", err: "is not an amount"},
	{in: "١٢", err: "is not an amount"}, // Arabic-Indic digits
	{in: "12,5055", err: "more than two decimals"},
	{in: "0.001", err: "more than two decimals"},
	{in: "92233720368547758.08", err: "too large"},
	{in: "-92233720368547758.09", err: "too large"},
	{in: "99999999999999999999999", err: "too large"},
}

func TestParseMoney(t *testing.T) {
	for _, tc := range parseMoneyTests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseMoney(tc.in)
			switch {
			case tc.err == "" && err != nil:
				t.Errorf("ParseMoney(%q) = %v, want %d", tc.in, err, tc.want)
			case tc.err == "" && got != tc.want:
				t.Errorf("ParseMoney(%q) = %d, want %d", tc.in, got, tc.want)
			case tc.err != "" && err == nil:
				t.Errorf("ParseMoney(%q) = %d, want an error containing %q", tc.in, got, tc.err)
			case tc.err != "" && !strings.Contains(err.Error(), tc.err):
				t.Errorf("ParseMoney(%q) = %q, want it to contain %q", tc.in, err, tc.err)
			}
		})
	}
}

func TestParseMoneyReadsFormat(t *testing.T) {
	for _, tc := range moneyFormatTests {
		for _, l := range Langs {
			for _, s := range []string{tc.m.Format(l), tc.m.FormatNumber(l)} {
				t.Run(s, func(t *testing.T) {
					if got, err := ParseMoney(s); err != nil || got != tc.m {
						t.Errorf("ParseMoney(%q) = %d, %v, want %d", s, got, err, tc.m)
					}
				})
			}
		}
	}
}

var mulDivTests = []struct {
	name     string
	m        Money
	num, den int64
	want     Money
	pct      bool // also m.Percent(num) when den is 100
}{
	{name: "21% VAT", m: 7500000, num: 21, den: 100, want: 1575000, pct: true},
	{name: "21% of 0,10 rounds 2,1 down", m: 10, num: 21, den: 100, want: 2, pct: true},
	{name: "21% of 0,50 rounds 10,5 up", m: 50, num: 21, den: 100, want: 11, pct: true},
	{name: "21% of -0,50 rounds -10,5 away from zero", m: -50, num: 21, den: 100, want: -11, pct: true},
	{name: "half a cent up", m: 1, num: 1, den: 2, want: 1},
	{name: "half a cent down when negative", m: -1, num: 1, den: 2, want: -1},
	{name: "a third", m: 100, num: 1, den: 3, want: 33},
	{name: "two thirds", m: 100, num: 2, den: 3, want: 67},
	{name: "negative denominator", m: 100, num: 2, den: -3, want: -67},
	{name: "both negative", m: -100, num: -2, den: 3, want: 67},
	{name: "0%", m: 7500000, num: 0, den: 100, want: 0, pct: true},
	{name: "100%", m: 7500000, num: 100, den: 100, want: 7500000, pct: true},
	{name: "day rate × days, no overflow in between", m: math.MaxInt64 / 2, num: 4, den: 4, want: math.MaxInt64 / 2},
	{name: "MaxInt64 × 1", m: math.MaxInt64, num: 1, den: 1, want: math.MaxInt64},
	{name: "MinInt64 × 1", m: math.MinInt64, num: 1, den: 1, want: math.MinInt64},
	{name: "MinInt64 × -1 saturates", m: math.MinInt64, num: -1, den: 1, want: math.MaxInt64},
	{name: "overflow saturates up", m: math.MaxInt64, num: 3, den: 2, want: math.MaxInt64},
	{name: "overflow saturates down", m: math.MinInt64, num: 3, den: 2, want: math.MinInt64},
	{name: "huge product, small result", m: math.MaxInt64, num: math.MaxInt64, den: math.MaxInt64, want: math.MaxInt64},
}

func TestMulDiv(t *testing.T) {
	for _, tc := range mulDivTests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.m.MulDiv(tc.num, tc.den); got != tc.want {
				t.Errorf("Money(%d).MulDiv(%d, %d) = %d, want %d", tc.m, tc.num, tc.den, got, tc.want)
			}
			if tc.pct {
				if got := tc.m.Percent(int(tc.num)); got != tc.want {
					t.Errorf("Money(%d).Percent(%d) = %d, want %d", tc.m, tc.num, got, tc.want)
				}
			}
		})
	}
}

func TestMulDivByZeroPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MulDiv(1, 0) did not panic")
		}
	}()
	Money(100).MulDiv(1, 0)
}

func TestEuros(t *testing.T) {
	for _, tc := range []struct {
		e    int64
		want Money
	}{{0, 0}, {1, 100}, {1250, 125000}, {-3, -300}} {
		t.Run(tc.want.FormatNumber(LangEN), func(t *testing.T) {
			if got := Euros(tc.e); got != tc.want {
				t.Errorf("Euros(%d) = %d, want %d", tc.e, got, tc.want)
			}
			if got := tc.want.Euros(); got != float64(tc.e) {
				t.Errorf("Money(%d).Euros() = %v, want %v", tc.want, got, float64(tc.e))
			}
		})
	}
	if got := Money(125050).Euros(); got != 1250.5 {
		t.Errorf("Money(125050).Euros() = %v, want 1250.5", got)
	}
}
