package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The proposal form is long, and parts of it come and go: the reason for
// a VAT treatment, the issued versions, the permanent-hire comparison.
// One that appeared above the field being typed in pushed that field away
// under the hand (the permanent-hire row jumped in once a salary was
// typed; two clicks landed in the wrong field). So every part that shows
// or hides sits below the fields that make it do so, or at the end, and
// the permanent hire's fields keep their place, disabled while it is not
// compared.

// formBody stacks the parts of the proposal form, top to bottom.
func (s *proposalsScreen) formBody(general, offers, closing fyne.CanvasObject) *fyne.Container {
	return container.NewVBox(
		general,
		// Shown by the rate and reverse charge just above it, and by the
		// client; nothing that moves it is typed below it.
		s.promised.vatBox,
		offers,
		section(lang.L("Totals"), "", s.totals.root),
		section(lang.L("Margin"), lang.L("The firm's own figures: never in a document the client receives."), s.margin.root),
		section(lang.L("Permanent hire"), lang.L("What hiring someone for the position would cost instead."),
			container.NewVBox(s.comparePermanent, s.permanentBox)),
		closing,
		// Read in the background after the form is shown: arriving above
		// the offers, it moved them as the first click landed.
		s.docs.history.root,
	)
}

// buildFooter fills what stays in view under the form: why the proposal
// cannot be changed and what to do (only for an issued or answered one),
// and the totals on one line.
func (s *proposalsScreen) buildFooter() {
	s.pane.footer.Add(s.lock.row)
	s.pane.footer.Add(widget.NewSeparator())
	s.pane.footer.Add(s.totals.summary)
}

// enablePermanent lets the permanent hire's fields be typed in while the
// comparison is ticked and the form may be changed; they stay in place
// either way.
func (s *proposalsScreen) enablePermanent() {
	on := s.comparePermanent.Checked && !s.ed.readOnly
	for _, e := range []*textField{s.salary, s.employerCost, s.recruitmentFee, s.noticeMonths} {
		if on {
			e.Enable()
		} else {
			e.Disable()
		}
	}
}
