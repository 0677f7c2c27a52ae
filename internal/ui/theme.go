package ui

import (
	"fmt"
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// brandTheme is the app's theme with the firm's brand colour as the accent.
// It wraps the theme the app had, so light and dark still follow the system
// (and tests keep Fyne's fixed test theme).
type brandTheme struct {
	fyne.Theme

	mu      sync.RWMutex
	primary color.Color // nil: the wrapped theme's own
}

func newBrandTheme(base fyne.Theme) *brandTheme {
	if base == nil {
		base = theme.DefaultTheme()
	}
	return &brandTheme{Theme: base}
}

// Color returns the brand colour for the accent names and the wrapped theme's
// colour for the rest. On a dark background a dark brand colour is lightened
// so focus lines and selected items stay visible.
func (t *brandTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	t.mu.RLock()
	p := t.primary
	t.mu.RUnlock()
	if p == nil {
		return t.Theme.Color(n, v)
	}
	if v == theme.VariantDark {
		p = lightenForDark(p)
	}
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return p
	case theme.ColorNameFocus:
		return withAlpha(p, 0x7f)
	case theme.ColorNameSelection:
		return withAlpha(p, 0x40)
	case theme.ColorNameForegroundOnPrimary:
		// Text on an accent button: black on a light brand colour, white
		// on a dark one, whatever the variant.
		if luminance(p) > 0.55 {
			return color.Black
		}
		return color.White
	}
	return t.Theme.Color(n, v)
}

// setBrandColour sets the accent from "#RRGGBB"; "" or a malformed value
// goes back to the wrapped theme's accent. It reports whether the value was
// understood.
func (t *brandTheme) setBrandColour(hex string) bool {
	c, ok := parseHexColour(hex)
	t.mu.Lock()
	if ok {
		t.primary = c
	} else {
		t.primary = nil
	}
	t.mu.Unlock()
	return ok
}

// parseHexColour reads "#1F3A5F".
func parseHexColour(s string) (color.Color, bool) {
	var r, g, b uint8
	if len(s) != 7 || s[0] != '#' {
		return nil, false
	}
	if n, err := fmt.Sscanf(s, "#%02x%02x%02x", &r, &g, &b); err != nil || n != 3 {
		return nil, false
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xff}, true
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}

// luminance is the perceived brightness of c between 0 and 1.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.2126*float64(r>>8) + 0.7152*float64(g>>8) + 0.0722*float64(b>>8)) / 255
}

// lightenForDark mixes a dark colour with white until it stands out on a
// dark background; light colours are returned as they are.
func lightenForDark(c color.Color) color.Color {
	lum := luminance(c)
	if lum >= 0.45 {
		return c
	}
	// Mix towards white just enough to reach the luminance threshold.
	f := (0.45 - lum) / (1 - lum)
	r, g, b, _ := c.RGBA()
	r8, g8, b8 := float64(r>>8), float64(g>>8), float64(b>>8)
	mix := func(v float64) uint8 { return uint8(v + (255-v)*f) }
	return color.NRGBA{R: mix(r8), G: mix(g8), B: mix(b8), A: 0xff}
}

// applyBrand sets the accent and redraws the window with it.
func (u *App) applyBrand(hex string) {
	u.theme.setBrandColour(hex)
	u.fyneApp.Settings().SetTheme(u.theme)
}
