package ui

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
)

// pngFile writes a small PNG into dir and returns its path and bytes.
func pngFile(t *testing.T, dir string) (string, []byte) {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 40, 20))
	for x := 0; x < 40; x++ {
		for y := 0; y < 20; y++ {
			img.Set(x, y, color.NRGBA{R: 0x1f, G: 0x3a, B: 0x5f, A: 0xff})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "logo.png")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, buf.Bytes()
}

// chooseFile does what the file dialog does with the file the user chose.
func chooseFile(t *testing.T, u *App, path string) {
	t.Helper()
	r, err := storage.Reader(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	u.firm.readLogo(r)
	u.waitIdle()
}

func TestFirmSettings_setUpSavesAndAppliesTheBrand(t *testing.T) {
	store := &fakeStore{}
	u, _ := newTestUI(t, store.services(), Options{})
	s := u.firm
	press(u, fyne.Key5)
	if s.pane.heading.Text != "Set up your firm" || s.prefix.Text != "OFF" || s.vatRate.Text != "21" {
		t.Fatalf("a new firm is not shown with the defaults: %q %q %q", s.pane.heading.Text, s.prefix.Text, s.vatRate.Text)
	}
	if !s.ed.saveBtn.Disabled() {
		t.Error("the defaults alone can be saved, without a name")
	}
	typeText(u, s.legalName, "Van Hecke Interim")
	typeText(u, s.legalForm, "BV")
	typeText(u, s.companyNumber, "0417.497.106")
	typeText(u, s.rprCourt, "Gent, afdeling Gent")
	typeText(u, s.vat, "BE0417497106")
	typeText(u, s.iban, "BE68 5390 0754 7034")
	typeText(u, s.bic, "GKCCBEBB")
	typeText(u, s.brandColour, "#7A1F3D")
	path, data := pngFile(t, t.TempDir())
	chooseFile(t, u, path)
	if !s.logoPreview.Visible() || s.logoNone.Visible() {
		t.Error("the chosen logo is not previewed")
	}
	wine := color.NRGBA{R: 0x7a, G: 0x1f, B: 0x3d, A: 0xff}
	if got := u.theme.Color(theme.ColorNamePrimary, theme.VariantLight); got != wine {
		t.Errorf("the accent while typing the colour = %v, want %v", got, wine)
	}
	if s.ed.saveBtn.Disabled() {
		t.Fatalf("the firm cannot be saved: %q", s.ed.message.Text)
	}
	press(u, fyne.KeyS)
	f := store.firm
	if f == nil {
		t.Fatalf("the firm was not saved: %q", s.ed.message.Text)
	}
	if f.LegalName != "Van Hecke Interim" || f.IBAN != "BE68539007547034" || f.BrandColour != "#7A1F3D" ||
		!bytes.Equal(f.Logo, data) || f.Address.Country != "BE" || f.ProposalValidityDays != 30 {
		t.Errorf("stored firm = %+v", f)
	}
	if u.firmProfile == nil || s.pane.heading.Text != "Van Hecke Interim" {
		t.Errorf("after saving the heading is %q", s.pane.heading.Text)
	}
}

func TestFirmSettings_invalidInput(t *testing.T) {
	tests := []struct {
		name    string
		change  func(u *App, s *firmScreen)
		message string
	}{
		{"colour", func(u *App, s *firmScreen) { typeText(u, s.brandColour, "navy") }, "Brand colour: must be written as #RRGGBB"},
		{"prefix", func(u *App, s *firmScreen) { typeText(u, s.prefix, "offer-") }, "Proposal number prefix:"},
		{"IBAN", func(u *App, s *firmScreen) { typeText(u, s.iban, "BE68 5390 0754 7035") }, "IBAN:"},
		{"VAT rate", func(u *App, s *firmScreen) { typeText(u, s.vatRate, "21,5") }, "Default VAT rate:"},
		{"logo not a PNG", func(u *App, s *firmScreen) {
			path := filepath.Join(t.TempDir(), "logo.png")
			if err := os.WriteFile(path, []byte("GIF89a not really"), 0o600); err != nil {
				t.Fatal(err)
			}
			chooseFile(t, u, path)
		}, "Logo: must be a PNG image."},
		{"KvK number in the Netherlands", func(u *App, s *firmScreen) {
			s.country.SetSelected("NL")
			typeText(u, s.companyNumber, "1234")
		}, "KvK number:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := &fakeStore{}
			u, _ := newTestUI(t, store.services(), Options{})
			press(u, fyne.Key5)
			typeText(u, u.firm.legalName, "Van Hecke Interim")
			tt.change(u, u.firm)
			if !strings.Contains(u.firm.ed.message.Text, tt.message) {
				t.Errorf("message = %q, want %q", u.firm.ed.message.Text, tt.message)
			}
			press(u, fyne.KeyS)
			if store.firm != nil {
				t.Errorf("an invalid firm was saved: %+v", store.firm)
			}
		})
	}
}
