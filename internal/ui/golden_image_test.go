package ui

import (
	"bytes"
	"image"
	"image/color/palette"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The golden images are the main screens as a person sees them at
// 1366 × 768, in each screen language, on the sample data and the test
// clock: a French title cut to "Interi…", two headers drawn over each
// other or a button pushed off screen changes the picture. The markup
// goldens (golden_test.go) say what is there; these say whether it can be
// read. They are drawn by Fyne's software painter with the test theme's
// bundled fonts, so neither the machine's fonts, time zone nor locale
// enter them. A failing run writes what it drew to testdata/failed/;
// look at both, and copy it over when the change is intended.
func TestGoldenImages(t *testing.T) {
	screens := []struct {
		name  string
		setUp func(u *App)
	}{
		{"roster", func(u *App) {
			press(u, fyne.Key1)
			u.managers.list.selectRow(0)
		}},
		{"proposal", func(u *App) {
			press(u, fyne.Key3)
			u.proposals.list.selectRow(0)
		}},
		{"engagements", func(u *App) {
			press(u, fyne.Key4)
			u.engagements.list.selectRow(0)
		}},
	}
	for _, l := range []domain.Lang{domain.LangEN, domain.LangNL, domain.LangFR} {
		for _, sc := range screens {
			t.Run(string(l)+"/"+sc.name, func(t *testing.T) {
				u, w := demoWindowIn(t, l, fyne.NewSize(1366, 768))
				sc.setUp(u)
				u.waitIdle()
				assertGoldenImage(t, "images/"+sc.name+"_"+string(l)+".png", goldenCapture(w))
			})
		}
	}
}

// goldenCapture draws the window as the desktop driver would show it after
// its next frame, in 256 colours.
//
// The desktop driver lays a container out again when a child's size
// changes (a section shown once its lines are loaded); the test canvas
// never does, and drew such a section at 0,0 over the form. Refreshing
// the content from the top does what the driver's frame does.
//
// The colours are mapped to the Plan 9 palette, nearest colour, no
// dithering, so each image is a third of its size in full colour and the
// mapping is the same on every machine; text and edges stay sharp enough
// to see a cut word or two texts drawn over each other.
//
// Fyne's software painter clips the text of a multi-line field to the
// field only, not to the scrolled form around it: such a field half out of
// view shows its lines over the totals or buttons below the form. The
// desktop window clips them; that is not a fault of the screen.
func goldenCapture(w fyne.Window) *image.Paletted {
	for range 2 {
		w.Content().Refresh()
	}
	img := w.Canvas().Capture()
	out := image.NewPaletted(img.Bounds(), palette.Plan9)
	draw.Draw(out, out.Bounds(), img, img.Bounds().Min, draw.Src)
	return out
}

// assertGoldenImage compares img with testdata/name pixel by pixel. When
// they differ, or there is no such file yet, img is written to
// testdata/failed/name and the test says where the pictures differ.
// (Fyne's test.AssertImageMatches reads back only full-colour images.)
func assertGoldenImage(t *testing.T, name string, img *image.Paletted) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	fail := func(format string, args ...any) {
		t.Helper()
		failed := filepath.Join("testdata", "failed", name)
		if err := os.MkdirAll(filepath.Dir(failed), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(failed, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Errorf(format+"; what was drawn is in %s", append(args, failed)...)
	}
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		fail("no golden image %s", name)
		return
	}
	want, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		fail("golden image %s: %v", name, err)
		return
	}
	if want.Bounds() != img.Bounds() {
		fail("%s is %v, the window drew %v", name, want.Bounds(), img.Bounds())
		return
	}
	n, diff := 0, image.Rectangle{}
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := img.At(x, y).RGBA()
			r2, g2, b2, a2 := want.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				n++
				diff = diff.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if n > 0 {
		fail("%s differs in %d pixels, within %v", name, n, diff)
	}
}
