//go:build cgo

// Command barefyne is the baseline of the desktop's memory target: a bare
// Fyne window with one label, measured on the same display as the
// application (docs/PERFORMANCE.md, "Desktop memory"). With --styles it also
// shows a bold and an italic label, the text styles the screens use: each
// style makes Fyne parse its own font faces, a floor no screen can go under.
package main

import (
	"flag"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	styles := flag.Bool("styles", false, "also show bold and italic text")
	flag.Parse()
	a := app.NewWithID("eu.interimdesk.barefyne")
	w := a.NewWindow("Bare Fyne")
	box := container.NewVBox(widget.NewLabel("A bare Fyne window with one label."))
	if *styles {
		box.Add(widget.NewLabelWithStyle("Bold", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		box.Add(widget.NewLabelWithStyle("Italic", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
	}
	w.SetContent(box)
	w.Resize(fyne.NewSize(1280, 720))
	w.ShowAndRun()
}
