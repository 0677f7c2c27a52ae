//go:build ignore

// icon_gen draws assets/icon.png: a navy rounded square holding a white
// briefcase with a gold seam. It is kept so the icon can be redrawn at
// another size or colour instead of being edited by hand:
//
//	go run assets/icon_gen.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const size = 512

var (
	navy      = rgb(0x1F, 0x3A, 0x5F)
	navyLight = rgb(0x2B, 0x4E, 0x7C)
	white     = rgb(0xFF, 0xFF, 0xFF)
	gold      = rgb(0xE0, 0xA5, 0x26)
)

type rgba struct{ r, g, b, a float64 }

func rgb(r, g, b uint8) rgba {
	return rgba{float64(r) / 255, float64(g) / 255, float64(b) / 255, 1}
}

// roundBox is the signed distance from (x, y) to a rounded rectangle centred
// on (cx, cy) with half sizes hw, hh and corner radius r: negative inside.
func roundBox(x, y, cx, cy, hw, hh, r float64) float64 {
	qx := math.Abs(x-cx) - hw + r
	qy := math.Abs(y-cy) - hh + r
	outside := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
	return outside + math.Min(math.Max(qx, qy), 0) - r
}

// cover turns a signed distance into pixel coverage with a one-pixel
// anti-aliased edge.
func cover(d float64) float64 { return math.Max(0, math.Min(1, 0.5-d)) }

// over paints src with coverage c over dst (straight alpha).
func over(dst, src rgba, c float64) rgba {
	a := src.a * c
	outA := a + dst.a*(1-a)
	if outA == 0 {
		return rgba{}
	}
	mix := func(s, d float64) float64 { return (s*a + d*dst.a*(1-a)) / outA }
	return rgba{mix(src.r, dst.r), mix(src.g, dst.g), mix(src.b, dst.b), outA}
}

func lerp(a, b rgba, t float64) rgba {
	return rgba{a.r + (b.r-a.r)*t, a.g + (b.g-a.g)*t, a.b + (b.b-a.b)*t, 1}
}

func pixel(x, y float64) rgba {
	var p rgba

	// Tile: navy, a little lighter towards the top-left.
	tile := roundBox(x, y, 256, 256, 240, 240, 108)
	t := math.Min(1, math.Max(0, (x+y-32)/896))
	p = over(p, lerp(navyLight, navy, t), cover(tile))

	// Handle: a rounded ring above the case.
	ring := math.Abs(roundBox(x, y, 256, 178, 72, 38, 26)) - 13
	p = over(p, white, cover(ring))

	// Case body.
	body := roundBox(x, y, 256, 300, 156, 104, 30)
	p = over(p, white, cover(body))

	// Seam between lid and base: the gold accent line.
	seam := math.Max(body, math.Abs(y-268)-9)
	p = over(p, gold, cover(seam))

	// Clasp: navy plate with a gold rim, sitting on the seam.
	clasp := roundBox(x, y, 256, 268, 36, 28, 10)
	p = over(p, gold, cover(clasp))
	p = over(p, navy, cover(clasp+8))

	return p
}

func main() {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			c := pixel(float64(px)+0.5, float64(py)+0.5)
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(c.r * 255)),
				G: uint8(math.Round(c.g * 255)),
				B: uint8(math.Round(c.b * 255)),
				A: uint8(math.Round(c.a * 255)),
			})
		}
	}
	f, err := os.Create("assets/icon.png")
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
