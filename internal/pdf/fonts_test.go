package pdf

import (
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/assets"
)

func TestFitsCP1252(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"plain ASCII", true},
		{"€ 75.000,00 – “quoted” ‘single’ — dash … •", true},
		{"Zoë, naïve, café, façade, Müller, Œuvre, Ÿ, š, ž", true},
		{"line\nbreak\ttab\r\n", true},
		{"Łukasz", false},
		{"Ayşe Yılmaz", false},
		{"Ελλάδα", false},
		{"≤ 8 ms", false},
		{"emoji 🙂", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := fitsCP1252(tt.in); got != tt.want {
				t.Errorf("fitsCP1252 = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestToCP1252(t *testing.T) {
	got := toCP1252("€ é ë ç “x” – — ™ Ÿ")
	want := "\x80 \xe9 \xeb \xe7 \x93x\x94 \x96 \x97 \x99 \x9f"
	if got != want {
		t.Errorf("toCP1252 = %q, want %q", got, want)
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"as typed", "as typed"},
		{"windows\r\nline\rends", "windows\nline\nends"},
		{"tab\there", "tab here"},
		{"soft\u00adhyphen and zero\u200bwidth\ufeff", "softhyphen and zerowidth"},
		{"€\u00a075\u202f000", "€\u00a075\u00a0000"},
		{"bell\a and nul\x00 and C1\u0085", "bell and nul and C1"},
		{"broken \xff utf-8", "broken ? utf-8"},
		{"line\u2028separator", "line\nseparator"},
		{"thin\u2009space", "thin space"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestEncode checks what reaches gofpdf for each form of the fonts.
func TestEncode(t *testing.T) {
	if got := encodeCP1252("€\u00a0é"); got != "\x80 \xe9" {
		t.Errorf("encodeCP1252 = %q", got)
	}
	tests := []struct{ in, want string }{
		{"Łukasz € ş ı", "Łukasz € ş ı"},
		{"no\u00a0break", "no break"},
		{"中文", "??"},           // Carlito has no CJK glyphs
		{"smile 🙂", "smile ?"}, // beyond gofpdf's 16-bit glyph map
	}
	for _, tt := range tests {
		if got := encodeUTF8(tt.in); got != tt.want {
			t.Errorf("encodeUTF8(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCarlitoRunes reads the font's cmap: Latin, Greek and Cyrillic, but not
// CJK.
func TestCarlitoRunes(t *testing.T) {
	runes := carlitoRunes()
	for _, r := range "AzŁłşğıİ€“”–—ΑωЖж" {
		if !runes[r] {
			t.Errorf("%q should be in Carlito", r)
		}
	}
	for _, r := range "中\uFFFD\u4E01" {
		if runes[r] {
			t.Errorf("%q should not be in Carlito", r)
		}
	}
	bold, err := cmapRunes(assets.CarlitoBold)
	if err != nil {
		t.Fatal(err)
	}
	for r := range runes {
		if !bold[r] {
			t.Errorf("%q is in the regular style but not in bold", r)
		}
	}
	for _, bad := range [][]byte{nil, []byte("not a font"), assets.CarlitoRegular[:200]} {
		if _, err := cmapRunes(bad); err == nil {
			t.Errorf("cmapRunes(%d bytes of junk) gave no error", len(bad))
		}
	}
}

// TestWrap breaks lines at spaces, keeps no-break spaces, cuts words too
// long for a line and keeps empty lines.
func TestWrap(t *testing.T) {
	d := NewDoc(Setup{})
	d.font("", sizeBody)
	tests := []struct {
		name  string
		in    string
		width float64
		want  []string
	}{
		{"fits", "short line", 100, []string{"short line"}},
		{"breaks at spaces", "alpha beta gamma delta", 25, []string{"alpha beta", "gamma delta"}},
		{"no-break space holds", "pay € 75.000,00 now", 20, []string{"pay", "€ 75.000,00", "now"}},
		{"hard breaks and empty lines", "one\n\ntwo", 100, []string{"one", "", "two"}},
		{"runs of spaces", "a    b", 100, []string{"a    b"}},
		{"word longer than the line", strings.Repeat("x", 40), 20, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.wrap(clean(strings.ReplaceAll(tt.in, "€ ", "€\u00a0")), tt.width)
			for _, l := range got {
				if w := d.width(l); w > tt.width+0.01 && !strings.Contains(l, "    ") {
					t.Errorf("line %q is %.1f mm wide, more than %.1f", l, w, tt.width)
				}
			}
			if tt.want == nil {
				if strings.Join(got, "") != tt.in || len(got) < 2 {
					t.Errorf("long word wrapped to %q", got)
				}
				return
			}
			for i := range got {
				got[i] = strings.ReplaceAll(got[i], "\u00a0", " ")
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrap = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestListItems(t *testing.T) {
	got := ListItems("- one\r\n\n* two\n  • three  \n– four\n")
	if strings.Join(got, "|") != "one|two|three|four" {
		t.Errorf("ListItems = %q", got)
	}
}

func TestNiceStep(t *testing.T) {
	tests := []struct{ raw, want float64 }{
		{0, 1}, {0.7, 1}, {23417, 25000}, {30000, 50000}, {18000, 20000}, {9, 10}, {120, 200},
	}
	for _, tt := range tests {
		if got := niceStep(tt.raw); got != tt.want {
			t.Errorf("niceStep(%v) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}
