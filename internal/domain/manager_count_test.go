package domain

import (
	"slices"
	"testing"
)

func TestManagerCountLimit_isTheNextThousandPastThePage(t *testing.T) {
	for _, tc := range []struct{ end, want int }{
		{0, 1000}, {50, 1000}, {999, 1000}, {1000, 2000}, {1050, 2000}, {25_050, 26_000}, {-5, 1000},
	} {
		if got := ManagerCountLimit(tc.end); got != tc.want {
			t.Errorf("ManagerCountLimit(%d) = %d, want %d", tc.end, got, tc.want)
		}
	}
	for _, tc := range []struct {
		total, end, n int
		more          bool
	}{
		{0, 50, 0, false}, {1000, 50, 1000, false}, {1001, 50, 1000, true}, {1001, 1050, 1001, false}, {2001, 1050, 2000, true},
	} {
		if n, more := MoreThan("cfo", tc.total, tc.end); n != tc.n || more != tc.more {
			t.Errorf("MoreThan(cfo, %d, %d) = %d, %v; want %d, %v", tc.total, tc.end, n, more, tc.n, tc.more)
		}
	}
	// The roster without words is counted whole, and so is a search of
	// nothing a store can search for.
	for _, q := range []string{"", "  ", "- *", "\x00"} {
		if n, more := MoreThan(q, 100_000, 50); n != 100_000 || more {
			t.Errorf("MoreThan(%q, 100000, 50) = %d, %v; want 100000, false", q, n, more)
		}
	}
}

func TestSearchWords_dropsWhatNoStoreCanSearch(t *testing.T) {
	for q, want := range map[string][]string{
		"":                nil,
		" - * ":           nil,
		"cfo":             {"cfo"},
		"  Interim\tCFO ": {"Interim", "CFO"},
		"fin\x00ance":     {"fin", "ance"},
		"\"quoted\" -neg": {"\"quoted\"", "-neg"},
		"Émile 2024 ++":   {"Émile", "2024"},
	} {
		if got := SearchWords(q); !slices.Equal(got, want) {
			t.Errorf("SearchWords(%q) = %q, want %q", q, got, want)
		}
	}
}
