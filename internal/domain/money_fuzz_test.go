package domain

import (
	"math"
	"math/big"
	"testing"
)

// FuzzParseMoney: whatever ParseMoney accepts, it reads back from its own
// Format and FormatNumber in every language, with spaces around.
func FuzzParseMoney(f *testing.F) {
	for _, tc := range parseMoneyTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("ParseMoney(%q) returned an empty message", s)
			}
			return
		}
		if again, err := ParseMoney("  " + s + " "); err != nil || again != m {
			t.Fatalf("ParseMoney(%q) = %d but with spaces around = %d, %v", s, m, again, err)
		}
		assertMoneyRoundTrip(t, m)
	})
}

// FuzzMoneyFormat: every amount survives Format and ParseMoney.
func FuzzMoneyFormat(f *testing.F) {
	for _, tc := range moneyFormatTests {
		f.Add(int64(tc.m))
	}
	f.Fuzz(func(t *testing.T, cents int64) { assertMoneyRoundTrip(t, Money(cents)) })
}

func assertMoneyRoundTrip(t *testing.T, m Money) {
	t.Helper()
	for _, l := range Langs {
		for _, s := range []string{m.Format(l), m.FormatNumber(l)} {
			if got, err := ParseMoney(s); err != nil || got != m {
				t.Fatalf("ParseMoney(%q) = %d, %v, want %d", s, got, err, m)
			}
		}
	}
}

// FuzzMulDiv compares MulDiv with the same sum done in math/big.
func FuzzMulDiv(f *testing.F) {
	for _, tc := range mulDivTests {
		f.Add(int64(tc.m), tc.num, tc.den)
	}
	f.Fuzz(func(t *testing.T, m, num, den int64) {
		if den == 0 {
			return
		}
		got := Money(m).MulDiv(num, den)
		if want := bigMulDiv(m, num, den); got != want {
			t.Fatalf("Money(%d).MulDiv(%d, %d) = %d, want %d", m, num, den, got, want)
		}
	})
}

// bigMulDiv is m·num/den rounded half away from zero, clamped to int64.
func bigMulDiv(m, num, den int64) Money {
	p := new(big.Int).Mul(big.NewInt(m), big.NewInt(num))
	d := big.NewInt(den)
	negative := p.Sign()*d.Sign() < 0
	p.Abs(p)
	d.Abs(d)
	q, r := new(big.Int).QuoRem(p, d, new(big.Int))
	if r.Lsh(r, 1).Cmp(d) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	if negative {
		q.Neg(q)
	}
	switch {
	case q.Cmp(big.NewInt(math.MaxInt64)) > 0:
		return math.MaxInt64
	case q.Cmp(big.NewInt(math.MinInt64)) < 0:
		return math.MinInt64
	}
	return Money(q.Int64())
}
