// Package fynecache sets how long Fyne keeps what it drew for objects no
// longer on screen: import it (blank) from the desktop's main package.
//
// Fyne keeps the renderers of widgets it stopped drawing, and the textures
// of their text, for a minute (FYNE_CACHE, read once by Fyne's internal
// cache package when the program starts). The desktop shows one screen at
// a time, so after a visit to every screen a minute's worth of hidden
// lists, forms and their text textures stayed resident: 12-20 MB of the
// window's memory target (docs/PERFORMANCE.md, "Desktop memory"). Ten
// seconds frees them soon after a screen is left; coming back costs a few
// milliseconds to build its renderers again.
//
// Fyne reads the variable in its own package initialisation, so this one
// must run first. Go initialises the packages in the order of their import
// paths wherever imports allow: this package imports only os, Fyne's root
// package imports net/url, which sorts after this path, so this package
// always comes first (TestInitOrder checks it with GODEBUG=inittrace=1).
package fynecache

import "os"

// Duration is how long Fyne keeps what it no longer draws.
const Duration = "10s"

func init() {
	// A value the person running the desktop chose wins.
	if os.Getenv("FYNE_CACHE") == "" {
		os.Setenv("FYNE_CACHE", Duration)
	}
}
