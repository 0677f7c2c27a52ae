package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// detailPane is the right-hand side of a list/detail screen: a heading, the
// form in a scroller, the problem sentence and the buttons; or, while no
// record is open, a short hint what to do.
type detailPane struct {
	heading     *widget.Label
	placeholder *widget.Label
	footer      *fyne.Container // stays in view under the form, e.g. totals
	scroll      *container.Scroll
	id          int64 // the record shown, to know when another one opens
	body        fyne.CanvasObject
	root        *fyne.Container
}

func newDetailPane(ed *editor, hint string, form fyne.CanvasObject, buttons ...fyne.CanvasObject) *detailPane {
	p := &detailPane{}
	p.heading = widget.NewLabel("")
	p.heading.TextStyle = fyne.TextStyle{Bold: true}
	p.heading.SizeName = theme.SizeNameSubHeadingText
	p.heading.Truncation = fyne.TextTruncateEllipsis
	p.placeholder = widget.NewLabel(hint)
	p.placeholder.Wrapping = fyne.TextWrapWord
	p.placeholder.Alignment = fyne.TextAlignCenter

	bar := container.New(&wrapRow{})
	for _, b := range buttons {
		bar.Add(b)
	}
	bar.Add(ed.reloadBtn) // hidden unless a save found the record changed elsewhere
	bar.Add(ed.saveBtn)
	p.footer = container.NewVBox()
	bottom := container.NewVBox(p.footer, ed.message, bar)
	p.scroll = container.NewVScroll(container.NewPadded(form))
	p.body = container.NewBorder(p.heading, bottom, nil, nil, p.scroll)
	// Not centred with NewCenter: a wrapping label there gets no width and
	// wraps after every letter.
	p.root = container.NewStack(container.NewVBox(layout.NewSpacer(), p.placeholder, layout.NewSpacer()), p.body)
	p.close()
	return p
}

// open shows the form of record id (0 for a new one) under the given
// heading. Another record starts at the top of the form; the same one, saved
// again, stays where the user was.
func (p *detailPane) open(id int64, heading string) {
	if id == 0 || id != p.id || !p.isOpen() {
		p.scroll.ScrollToTop()
	}
	p.id = id
	p.heading.SetText(heading)
	p.placeholder.Hide()
	p.body.Show()
	p.root.Objects[0].Hide()
}

// close shows the hint instead of a form.
func (p *detailPane) close() {
	p.body.Hide()
	p.placeholder.Show()
	p.root.Objects[0].Show()
}

// isOpen reports whether a record is shown.
func (p *detailPane) isOpen() bool { return p.body.Visible() }

// listDetail puts the list beside the detail pane, the list a bit narrower.
func listDetail(list, detail fyne.CanvasObject) fyne.CanvasObject {
	s := container.NewHSplit(list, detail)
	s.Offset = 0.5
	return s
}

// confirm asks a yes/no question before something that is hard to undo.
func confirm(w fyne.Window, title, msg, yes string, then func()) *dialog.ConfirmDialog {
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, yes, cancelText(), l, func(ok bool) {
		if ok {
			then()
		}
	}, w)
	d.Resize(fyne.NewSize(440, 0))
	d.Show()
	return d
}

// section is a titled part of a long form, lighter than a card.
func section(title, subtitle string, content fyne.CanvasObject) fyne.CanvasObject {
	head := widget.NewLabel(title)
	head.TextStyle = fyne.TextStyle{Bold: true}
	head.SizeName = theme.SizeNameSubHeadingText
	box := container.NewVBox(widget.NewSeparator(), head)
	if subtitle != "" {
		sub := widget.NewLabel(subtitle)
		sub.Wrapping = fyne.TextWrapWord
		asHint(sub)
		box.Add(sub)
	}
	box.Add(content)
	return box
}

// stackedForm is a form with each label above its field, for narrow columns.
func stackedForm(items ...*widget.FormItem) fyne.CanvasObject {
	box := container.NewVBox()
	for _, it := range items {
		if it.Text == "" {
			box.Add(it.Widget)
			continue
		}
		box.Add(labelled(it.Text, it.Widget))
	}
	return box
}

// labelled puts a bold label above a field.
func labelled(label string, field fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabel(label)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewVBox(l, field)
}
