package ui

import (
	"os"
	"strings"
)

// Fyne wraps a label only at spaces; a path has none, or too few, so a
// long one was cut wherever the line ended ("….d / b."). wrappablePath
// puts a hair space (U+200A, a space to Fyne and nearly invisible) after
// each separator, so a path in a sentence wraps between its folders and
// its file name is kept whole.
const pathBreak = "\u200a"

// wrappablePath is path for a wrapping label; never for an entry or a
// file name, whose text must stay the path itself.
func wrappablePath(path string) string {
	sep := string(os.PathSeparator)
	return strings.ReplaceAll(path, sep, sep+pathBreak)
}
