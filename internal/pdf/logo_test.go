package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// TestLogo prints every kind of PNG a firm may upload: the ones gofpdf reads
// as they are go in unchanged, the others are flattened onto white first, and
// a file that is no image leaves the firm's name in its place. The logo is
// always one opaque image: no soft mask for gofpdf to split off per document.
func TestLogo(t *testing.T) {
	encode := func(img image.Image) []byte {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	rgb := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for i := range rgb.Pix {
		rgb.Pix[i] = 200
		if i%4 == 3 {
			rgb.Pix[i] = 255 // opaque, so png writes RGB without alpha
		}
	}
	deep := image.NewNRGBA64(image.Rect(0, 0, 40, 20))
	deep.SetNRGBA64(3, 3, color.NRGBA64{R: 0xFFFF, A: 0x8000})
	pal := image.NewPaletted(image.Rect(0, 0, 40, 20), color.Palette{color.NRGBA{}, color.NRGBA{31, 58, 95, 255}})
	pal.SetColorIndex(5, 5, 1)

	tests := []struct {
		name    string
		logo    []byte
		fast    bool // gofpdf can take the file as it is
		printed bool
	}{
		{"transparent RGBA", pdftest.Logo(), false, true},
		{"opaque RGB", encode(rgb), true, true},
		{"16-bit", encode(deep), false, true},
		{"palette with transparency", encode(pal), false, true},
		{"not a PNG", []byte("\x89PNG\r\n\x1a\nthis is not an image at all"), false, false},
		{"JPEG bytes", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}, false, false},
		{"none", nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pngFastForGofpdf(tt.logo); got != tt.fast {
				t.Errorf("pngFastForGofpdf = %v, want %v", got, tt.fast)
			}
			d := pdftest.Proposal(domain.LangEN)
			d.Firm.Logo = tt.logo
			pdf := render(t, d)
			qpdfCheck(t, pdf)
			images := tool(t, "pdfimages", "-list", writeTemp(t, pdf))
			lines := strings.Split(strings.TrimSpace(images), "\n")[2:]
			if tt.printed {
				if len(lines) != 1 || !strings.Contains(lines[0], " image ") {
					t.Errorf("want one opaque image, pdfimages lists:\n%s", images)
				}
			} else if len(lines) != 0 {
				t.Errorf("want no image, pdfimages lists:\n%s", images)
			}
			// With or without a logo, the letterhead names the firm.
			mustContain(t, pdfText(t, pdf), "Van Damme & Partners BV")
		})
	}
}
