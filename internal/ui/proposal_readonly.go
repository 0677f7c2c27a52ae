package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalLock shows an issued, expired, accepted or declined proposal
// read-only. Its fields used to accept typing and light Save up, and the
// refusal came only after Save. Now the fields are locked, a line under
// the form says why, and one button makes the change that is allowed:
//
//   - issued or expired: "Make a new version" unlocks the form; saving it
//     makes the draft of the next version (the store turns the proposal
//     back into a draft, and issuing it gives version N+1);
//   - accepted or declined: the store changes it no more, so "Copy into a
//     new proposal" opens a new unsaved draft with the same content.
type proposalLock struct {
	s          *proposalsScreen
	notice     *widget.Label
	newVersion *widget.Button
	copyNew    *widget.Button
	row        *fyne.Container
	// extra are the controls of the form the editor does not know (the
	// pickers, the phases' rows and buttons) that lock disabled, and only
	// those, so unlocking gives back what was enabled.
	extra []fyne.Disableable
}

func newProposalLock(s *proposalsScreen) *proposalLock {
	l := &proposalLock{s: s}
	l.notice = widget.NewLabel("")
	l.notice.Wrapping = fyne.TextWrapWord
	l.notice.Importance = widget.WarningImportance
	l.newVersion = widget.NewButtonWithIcon(lang.L("Make a new version"), theme.DocumentCreateIcon(), l.unlock)
	l.copyNew = widget.NewButtonWithIcon(lang.L("Copy into a new proposal"), theme.ContentCopyIcon(), l.copyIntoNew)
	l.row = container.NewBorder(nil, nil, nil, container.NewHBox(l.newVersion, l.copyNew), l.notice)
	l.row.Hide()
	return l
}

// lockedStatus reports whether p is shown read-only: anything but a
// draft has been issued and is as the client has it.
func lockedStatus(p *domain.Proposal) bool {
	return p.ID != 0 && p.Status != domain.ProposalDraft
}

// apply locks or unlocks the form for p, which show has just filled in.
func (l *proposalLock) apply(p *domain.Proposal) {
	l.release()
	locked := lockedStatus(p)
	l.s.ed.setReadOnly(locked)
	if !locked {
		l.row.Hide()
		return
	}
	l.hold()
	l.newVersion.Hide()
	l.copyNew.Hide()
	switch p.Status {
	case domain.ProposalIssued:
		l.notice.SetText(lang.L("This version is with the client and stays as issued."))
		l.newVersion.Show()
	case domain.ProposalExpired:
		l.notice.SetText(lang.L("This version expired and stays as issued."))
		l.newVersion.Show()
	default: // accepted, declined
		l.notice.SetText(lang.L("The client answered; this proposal stays as it is."))
		l.copyNew.Show()
	}
	l.row.Show()
	l.row.Refresh()
}

// hold disables every control of the form the editor did not lock,
// except the issued versions' Open and Save as…, which change nothing.
func (l *proposalLock) hold() {
	skip := l.s.docs.history.root
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || o == skip {
			return
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
			return
		case *widget.Form:
			for _, it := range v.Items {
				walk(it.Widget)
			}
			return
		case *container.Scroll:
			walk(v.Content)
			return
		}
		if d, ok := o.(fyne.Disableable); ok && !d.Disabled() {
			d.Disable()
			l.extra = append(l.extra, d)
		}
	}
	walk(l.s.pane.scroll.Content)
}

// release enables again what hold disabled.
func (l *proposalLock) release() {
	for _, d := range l.extra {
		d.Enable()
	}
	l.extra = nil
}

// unlock lets an issued or expired proposal be changed; saving makes the
// draft of its next version. Discarding the changes locks it again.
func (l *proposalLock) unlock() {
	p := l.s.loaded
	if p == nil || !lockedStatus(p) {
		return
	}
	l.release()
	l.s.ed.setReadOnly(false)
	l.newVersion.Hide()
	l.copyNew.Hide()
	l.notice.SetText(lang.X("proposal.lock.newversion",
		"Saving makes these changes the draft of version {{.Next}}; version {{.Last}} stays as issued.",
		map[string]any{"Next": p.Version + 1, "Last": p.Version}))
	l.row.Refresh()
	l.s.parts.win.Canvas().Focus(l.s.titleEntry)
}

// copyIntoNew opens a new draft with the content of the answered proposal
// in the form, ready to save: a fresh validity from the firm's profile,
// and no number until it is issued.
func (l *proposalLock) copyIntoNew() {
	s := l.s
	if s.loaded == nil {
		return
	}
	p := s.loaded.CopyAsDraft()
	if f := s.firm(); f != nil {
		p.ValidityDays = f.ProposalValidityDays
	}
	s.list.clearSelection()
	// The client and the manager stay as the pickers show them.
	s.show(p, s.clientInfo, nil)
	s.ed.markUnsaved()
	s.parts.win.Canvas().Focus(s.titleEntry)
}
