package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// relayoutScrolled places the children of box, a box inside scroll, again
// after one of them was shown, hidden or changed height.
//
// Fyne lays a box out when it is resized or refreshed; Show and Hide of a
// child do neither to its parent, and a box that keeps its size is not laid
// out again. So a part shown after the form was laid out without it got no
// room and was drawn over the rows below it (the contract's text and
// button over Soort, Manager and Voorstel) until something else resized
// the form. The scroll first takes the new height of its content, then the
// box places its children.
func relayoutScrolled(scroll *container.Scroll, box *fyne.Container) {
	scroll.Refresh()
	if scroll.Content != nil {
		scroll.Content.Refresh()
	}
	box.Refresh()
}
