package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalDelete offers to delete a draft that was never issued: a
// proposal started by mistake or twice. Once issued, a proposal keeps its
// number in the firm's gapless sequence and is never deleted; the store
// refuses it too.
type proposalDelete struct {
	s      *proposalsScreen
	button *widget.Button
}

func newProposalDelete(s *proposalsScreen) *proposalDelete {
	d := &proposalDelete{s: s}
	d.button = widget.NewButtonWithIcon(lang.L("Delete draft…"), theme.DeleteIcon(), d.ask)
	d.button.Importance = widget.DangerImportance
	d.button.Hide()
	return d
}

// update shows the button for a saved draft that was never issued.
func (d *proposalDelete) update(p *domain.Proposal) {
	if p != nil && p.ID != 0 && p.Number == "" && p.Status == domain.ProposalDraft {
		d.button.Show()
	} else {
		d.button.Hide()
	}
}

func (d *proposalDelete) ask() {
	p := d.s.loaded
	if p == nil || p.ID == 0 {
		return
	}
	ask := &question{lang.L("Delete draft"),
		lang.L("Delete this draft? It was never issued and is removed with its history. This cannot be undone."),
		lang.L("Delete")}
	id, rev := p.ID, p.Rev
	setFlag(d.s.parts, ask, func(ctx context.Context) error {
		return d.s.svc.Proposals.DeleteProposal(ctx, id, rev)
	}, func() {
		d.s.loaded = nil
		d.button.Hide()
		d.s.list.clearSelection()
		d.s.pane.close()
		d.s.list.reload()
		d.s.changes.publish(screenProposals, recordChanged{proposalRecord, id})
	})
}
