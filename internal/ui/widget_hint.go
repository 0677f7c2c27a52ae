package ui

import (
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// asHint makes l a hint or a note beside the figures, in the smaller size of
// Fyne's own form hints. Not italics: an italic face is one more font Fyne
// parses and keeps for the whole session, about 9.5 MB of resident memory
// for a dozen short lines (docs/PERFORMANCE.md, "Desktop memory").
func asHint(l *widget.Label) *widget.Label {
	l.SizeName = theme.SizeNameCaptionText
	return l
}
