// Package assets holds the files the program ships inside its binaries, as
// plain bytes. It imports no Fyne and no PDF library, so every package that
// needs a picture or a font can use it without pulling either in.
package assets

import _ "embed"

// Icon is the 512×512 application icon (PNG), drawn by icon_gen.go.
//
//go:embed icon.png
var Icon []byte
