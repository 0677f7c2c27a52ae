package pdf

//go:generate go run ./internal/fontgen -src ../../assets/fonts -out ../../assets/fonts

import (
	"bytes"
	"sync"

	"github.com/interimdesk/interimdesk/assets"
	"github.com/jung-kurt/gofpdf"
)

// The typeface comes in two forms (see assets/fonts.go and
// docs/PERFORMANCE.md). The single-byte form, DeskSans, loads in well under a
// millisecond but only knows Windows-1252; the UTF-8 form, Carlito itself,
// knows every glyph but gofpdf parses, hashes and subsets it for each
// document, which costs several milliseconds per style. Every document loads
// the single-byte form, and a line is printed with it whenever all its
// characters fit Windows-1252, which is nearly always the case for Dutch,
// French and English text. A line that does not ("Łukasz Kowalczyk") is
// printed with the UTF-8 form of the same style, loaded the first time such a
// line needs it; both forms have the same glyphs and widths, so the reader
// sees one typeface.

// fontFamilyUTF8 is the family the UTF-8 form is loaded under.
const fontFamilyUTF8 = "body-utf8"

// loadFonts adds the regular and bold style of the single-byte form.
func loadFonts(f *gofpdf.Fpdf) {
	f.AddFontFromBytes(fontFamily, "", assets.DeskSansRegularJSON, assets.DeskSansRegularZ)
	f.AddFontFromBytes(fontFamily, "B", assets.DeskSansBoldJSON, assets.DeskSansBoldZ)
}

// utf8TTF is the TrueType file of a style's UTF-8 form, a copy for one
// document: gofpdf writes into the bytes it is given when it cuts the
// subset (checksums, metrics), so two documents rendered at once on the
// embedded bytes raced, and a document could get another's subset.
func utf8TTF(style string) []byte {
	if style == "B" {
		return bytes.Clone(assets.CarlitoBold)
	}
	return bytes.Clone(assets.CarlitoRegular)
}

// carlitoRunes is the set of characters the UTF-8 fonts have a glyph for,
// read once from the regular style's cmap (bold covers the same set).
var carlitoRunes = sync.OnceValue(func() map[rune]bool {
	m, err := cmapRunes(assets.CarlitoRegular)
	if err != nil {
		// The font is compiled in and tested; should it ever be unreadable,
		// printing characters as they are beats refusing every document.
		return nil
	}
	return m
})
