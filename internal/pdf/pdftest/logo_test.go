package pdftest

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// TestLogo checks that logo.png shows the firm's mark as drawLogo draws
// it: regenerate the file with png.Encode(drawLogo()) after changing either.
func TestLogo(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(Logo()))
	if err != nil {
		t.Fatal(err)
	}
	want := drawLogo()
	if img.Bounds() != want.Bounds() {
		t.Fatalf("logo.png is %v, drawLogo %v", img.Bounds(), want.Bounds())
	}
	for y := range want.Bounds().Dy() {
		for x := range want.Bounds().Dx() {
			if color.NRGBAModel.Convert(img.At(x, y)) != want.At(x, y) {
				t.Fatalf("logo.png differs from drawLogo at (%d, %d)", x, y)
			}
		}
	}
}

// drawLogo draws the sample firm's mark: a square with a diagonal band and
// two bars, on a transparent background.
func drawLogo() *image.NRGBA {
	const w, h = 360, 120
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	navy := color.NRGBA{31, 58, 95, 255}
	gold := color.NRGBA{217, 130, 43, 255}
	for y := range h {
		for x := range w {
			switch {
			case x >= 8 && x < 112 && y >= 8 && y < 112:
				if d := x - y; d > -18 && d < 18 {
					img.SetNRGBA(x, y, gold)
				} else {
					img.SetNRGBA(x, y, navy)
				}
			case x >= 132 && y >= 34 && y < 52 && x < 340:
				img.SetNRGBA(x, y, navy)
			case x >= 132 && y >= 68 && y < 80 && x < 280:
				img.SetNRGBA(x, y, gold)
			}
		}
	}
	return img
}
